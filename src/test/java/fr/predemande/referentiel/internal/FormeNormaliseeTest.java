package fr.predemande.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormeNormaliseeTest {

    @Test
    void accentsLigaturesCasseEtPonctuationDisparaissent() {
        assertThat(FormeNormalisee.de("Saint-Étienne")).isEqualTo("saint etienne");
        assertThat(FormeNormalisee.de("L'Haÿ-les-Roses")).isEqualTo("l hay les roses");
        assertThat(FormeNormalisee.de("L’Haÿ-les-Roses")).isEqualTo("l hay les roses");
        assertThat(FormeNormalisee.de("Œuilly")).isEqualTo("oeuilly");
        assertThat(FormeNormalisee.de("  Paris   1er  Arrondissement ")).isEqualTo("paris 1er arrondissement");
        assertThat(FormeNormalisee.de("Åland")).isEqualTo("aland");
        assertThat(FormeNormalisee.de("%_'")).isEmpty();
        assertThat(FormeNormalisee.de(null)).isEmpty();
    }

    @Test
    void stEtSteDevantUnMotValentSaintEtSainte() {
        assertThat(FormeNormalisee.deSaisie("St-Étienne")).isEqualTo("saint etienne");
        assertThat(FormeNormalisee.deSaisie("ste marie")).isEqualTo("sainte marie");
        assertThat(FormeNormalisee.deSaisie("Vic st martin")).isEqualTo("vic saint martin");
        assertThat(FormeNormalisee.deSaisie("st")).isEqualTo("st");
        assertThat(FormeNormalisee.deSaisie("Ste ")).isEqualTo("ste");
        assertThat(FormeNormalisee.deSaisie("stains")).isEqualTo("stains");
    }
}
