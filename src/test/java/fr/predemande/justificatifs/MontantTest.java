package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MontantTest {

    /** « _ » note l’espace insécable, pour qu’un montant ne se coupe jamais en fin de ligne. */
    @ParameterizedTest(name = "{0} centimes : {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0      | 0_€",
                "5      | 0,05_€",
                "850    | 8,50_€",
                "1700   | 17_€",
                "2500   | 25_€",
                "8600   | 86_€",
                "11100  | 111_€",
                "123405 | 1_234,05_€",
                "100000000 | 1_000_000_€"
            })
    void unMontantSEcritALaFrancaise(long centimes, String attendu) {
        assertThat(new Montant(centimes).enEuros()).isEqualTo(attendu.replace("_", "\u00a0"));
    }

    @Test
    void lesEurosEtLesCentimesSeComposent() {
        assertThat(Montant.euros(86)).isEqualTo(new Montant(8600));
        assertThat(Montant.euros(8, 50)).isEqualTo(new Montant(850));
        assertThat(Montant.euros(25).plus(Montant.euros(86))).isEqualTo(Montant.euros(111));
        assertThat(Montant.GRATUIT.plus(Montant.GRATUIT)).isEqualTo(Montant.GRATUIT);
    }

    @Test
    void gratuitVeutDireZero() {
        assertThat(Montant.GRATUIT.gratuit()).isTrue();
        assertThat(Montant.GRATUIT.centimes()).isZero();
        assertThat(new Montant(1).gratuit()).isFalse();
    }

    @Test
    void unMontantNegatifOuDesCentimesHorsDe0A99SontRefuses() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Montant(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> Montant.euros(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> Montant.euros(8, 100));
        assertThatIllegalArgumentException().isThrownBy(() -> Montant.euros(8, -1));
    }
}
