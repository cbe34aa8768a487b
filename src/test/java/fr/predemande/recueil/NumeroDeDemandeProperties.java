package fr.predemande.recueil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Le numéro de demande : département, année, séquence et caractère de contrôle ; relu tel qu'un agent le tape. */
class NumeroDeDemandeProperties {

    private static final List<String> DEPARTEMENTS =
            List.of("01", "13", "2A", "2B", "42", "69", "75", "95", "971", "974", "976");

    private static Gen<NumeroDeDemande> numeros() {
        return Generate.pick(DEPARTEMENTS)
                .zip(integers().between(2000, 2099), longs().between(1, 99_999_999L), NumeroDeDemande::de);
    }

    @Test
    void unNumeroPorteSonDepartementEtSeRelitSousSaFormeLisible() {
        qt().forAll(numeros()).checkAssert(numero -> {
            assertThat(DEPARTEMENTS).contains(numero.codeDepartement());
            assertThat(NumeroDeDemande.lire(numero.lisible())).contains(numero);
            assertThat(NumeroDeDemande.lire(numero.valeur().toLowerCase())).contains(numero);
            assertThat(numero.valeur()).hasSize(numero.codeDepartement().length() + 11);
        });
    }

    @Test
    void toutCaractereRemplaceEstRefuse() {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        qt().forAll(numeros(), integers().between(0, 12), integers().between(1, 31))
                .checkAssert((numero, position, decalage) -> {
                    char[] c = numero.valeur().toCharArray();
                    int p = position % c.length;
                    c[p] = alphabet.charAt((alphabet.indexOf(c[p]) + decalage) % 32);
                    assertThat(NumeroDeDemande.lire(new String(c))).isEmpty();
                });
    }

    @Test
    void deuxSequencesDifferentesDonnentDeuxNumerosDifferents() {
        qt().forAll(longs().between(1, 99_999_998L))
                .checkAssert(sequence -> assertThat(NumeroDeDemande.de("42", 2026, sequence))
                        .isNotEqualTo(NumeroDeDemande.de("42", 2026, sequence + 1)));
    }

    @Test
    void uneSequenceHorsDeHuitChiffresEstRefusee() {
        assertThatThrownBy(() -> NumeroDeDemande.de("42", 2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumeroDeDemande.de("42", 2026, 100_000_000L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NumeroDeDemande.de("42", 2026, 123).valeur()).startsWith("422600000123");
    }
}
