package fr.predemande.impression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecepisseTest {

    private static Recepisse avec(String numero, List<String> timbres) {
        Recepisse r = Recepisses.exemple();
        return new Recepisse(
                numero,
                r.deposeeLe(),
                r.mairie(),
                r.titresDemandes(),
                r.nomDuTitulaire(),
                null,
                r.montantAcquitte(),
                timbres,
                r.phraseDeSuivi(),
                r.urlDeSuivi());
    }

    @ParameterizedTest
    @ValueSource(strings = {"42260000012K", "2A27123456789", "974260000012", "97426000000123"})
    void unNumeroDeDemandeADouzeATreizeChiffresOuCapitales(String numero) {
        assertThat(avec(numero, List.of()).numeroDeDemande()).isEqualTo(numero);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4226000001K", "42260000012K000", "42260000012k", "4226 0000012K", "42260000012\u001B", ""})
    void unAutreNumeroNeFaitNiCodeBarresNiCommandeDImprimante(String numero) {
        assertThatThrownBy(() -> avec(numero, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012482", "12345678901248210", "1234 5678 9012 4821", "123456789012482A"})
    void unTimbreElectroniqueASeizeChiffres(String timbre) {
        assertThatThrownBy(() -> avec(Recepisses.NUMERO, List.of(timbre)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(timbre);
    }

    @Test
    void lesListesSontCopieesEtLesPrenomsAbsentsToleres() {
        var timbres = new ArrayList<>(List.of(Recepisses.TIMBRE));
        Recepisse recepisse = avec(Recepisses.NUMERO, timbres);
        timbres.add("9876543210980007");

        assertThat(recepisse.timbresElectroniques()).containsExactly(Recepisses.TIMBRE);
        assertThat(recepisse.prenomsDuTitulaire()).isEmpty();
    }
}
