package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TelephonesTest {

    private static String code(Optional<ErreurDeSaisie> erreur) {
        return erreur.map(ErreurDeSaisie::code).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "06 12 34 56 78",
                "0612345678",
                "06.12.34.56.78",
                "+33 6 12 34 56 78",
                "0033612345678",
                "06-12-34-56-78",
                "+33 (0)6 12 34 56 78",
                "  06 12 34 56 78  ",
                "06\u00a012\u00a034\u00a056\u00a078",
                "+33612345678"
            })
    void accepteLesFormesFrancaisesDUnMemePortable(String saisie) {
        assertThat(Telephones.verifierMobile(saisie)).isEmpty();
        assertThat(Telephones.versE164(saisie)).isEqualTo("+33612345678");
    }

    @ParameterizedTest
    @CsvSource({
        "+44 7400 123456,    +447400123456", // Royaume-Uni
        "+41 79 123 45 67,   +41791234567", // Suisse
        "0041791234567,      +41791234567", // Suisse, préfixe international « 00 »
        "+1 650 253 0000,    +16502530000", // États-Unis : fixe ou portable, indiscernables
        "07 55 12 34 56,     +33755123456",
        "0692 12 34 56,      +262692123456", // La Réunion, sans indicatif
        "0690 00 12 34,      +590690001234", // Guadeloupe, sans indicatif
        "0696 20 12 34,      +596696201234", // Martinique, sans indicatif
        "+262 692 12 34 56,  +262692123456"
    })
    void accepteLesPortablesEtrangersEtDOutreMer(String saisie, String e164) {
        assertThat(Telephones.verifierMobile(saisie)).isEmpty();
        assertThat(Telephones.versE164(saisie)).isEqualTo(e164);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refuseUnNumeroVide(String saisie) {
        assertThat(code(Telephones.verifierMobile(saisie))).isEqualTo("saisie.telephone.obligatoire");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "06 12 34 56 7",
                "06 12 34 56 78 9",
                "0612345678abc",
                "06a12345678",
                "06 12 34 56 78 poste 12",
                "06 12 34 56 78 ext 12",
                "+33 6 12",
                "abc",
                "0700000000",
                "+",
                "++33612345678",
                "06+12345678",
                "12",
                "0800-FLEURS",
                "+999 612345678",
                "06 12 34 56 78 / 06 12 34 56 79"
            })
    void refuseCeQuiNEstPasUnNumeroValide(String saisie) {
        assertThat(code(Telephones.verifierMobile(saisie))).isEqualTo("saisie.telephone.format");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"01 23 45 67 89", "+33 1 23 45 67 89", "09 51 23 45 67", "0 800 12 34 56", "+44 20 7946 0018"})
    void refuseLesNumerosValidesQuiNeSontPasDesPortables(String saisie) {
        assertThat(code(Telephones.verifierMobile(saisie))).isEqualTo("saisie.telephone.pas-mobile");
    }

    @Test
    void versE164AccepteToutNumeroValideEtRefuseLeReste() {
        assertThat(Telephones.versE164("01 23 45 67 89")).isEqualTo("+33123456789");
        assertThatIllegalArgumentException().isThrownBy(() -> Telephones.versE164("06 12 34 56 7"));
        assertThatIllegalArgumentException().isThrownBy(() -> Telephones.versE164("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> Telephones.versE164(null));
    }

    @ParameterizedTest
    @CsvSource({
        "+33612345678,  06 12 34 56 78",
        "+33123456789,  01 23 45 67 89",
        "+262692123456, 0692 12 34 56",
        "+447400123456, +44 7400 123456",
        "+41791234567,  +41 79 123 45 67"
    })
    void pourAffichageEcritLesNumerosFrancaisEnFormeNationale(String e164, String affichage) {
        assertThat(Telephones.pourAffichage(e164)).isEqualTo(affichage);
    }

    @Test
    void pourAffichageRefuseCeQuiNEstPasUnNumero() {
        assertThatIllegalArgumentException().isThrownBy(() -> Telephones.pourAffichage("pas un numéro"));
        assertThatIllegalArgumentException().isThrownBy(() -> Telephones.pourAffichage(null));
    }

    @Test
    void pourAffichageMontreQuandMemeUnNumeroDevenuInvalide() {
        // Un numéro enregistré ne doit pas faire échouer une page si les métadonnées changent.
        assertThat(Telephones.pourAffichage("+33700000000")).isEqualTo("+33 7 00 00 00 00");
    }
}
