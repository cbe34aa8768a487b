package fr.predemande.impression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecapitulatifTest {

    private static final LocalDate FIN = LocalDate.of(2027, 5, 29);

    @Test
    void leQrCodeDoitDesignerLaPreDemandeDontLeNumeroEstImprime() {
        assertThatThrownBy(() -> new Recapitulatif(
                        "7K3M9Q2XTB",
                        "7K3M 9Q2X TB",
                        FIN,
                        "https://predemande.fr/p/AAAAAAAAAA",
                        "Passeport",
                        "DUPONT Camille",
                        List.of(),
                        List.of(),
                        "86 €",
                        ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7K3M9Q2XTB");
    }

    @Test
    void unNumeroDePreDemandeADixCaracteres() {
        assertThatThrownBy(() -> new Recapitulatif(
                        "7K3M9Q2X",
                        "7K3M 9Q2X",
                        FIN,
                        "https://predemande.fr/p/7K3M9Q2X",
                        "Passeport",
                        "DUPONT Camille",
                        List.of(),
                        List.of(),
                        "86 €",
                        ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lesListesSontCopieesEtLesVidesTolerees() {
        var justificatifs = new ArrayList<>(List.of("Photo"));
        var recapitulatif = new Recapitulatif(
                "7K3M9Q2XTB",
                "7K3M 9Q2X TB",
                FIN,
                "https://predemande.fr/p/7K3M9Q2XTB",
                "Passeport",
                "DUPONT Camille",
                List.of(new Rubrique("Contact", List.of(new Ligne("Téléphone", null)))),
                justificatifs,
                "Gratuit",
                null);
        justificatifs.add("ajout après coup");

        assertThat(recapitulatif.justificatifs()).containsExactly("Photo");
        assertThat(recapitulatif.detailDesTimbres()).isEmpty();
        assertThat(recapitulatif.rubriques().get(0).lignes().get(0).valeur()).isEmpty();
    }
}
