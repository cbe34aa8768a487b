package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiantsTest {

    private static String code(Optional<ErreurDeSaisie> erreur) {
        return erreur.map(ErreurDeSaisie::code).orElse(null);
    }

    @Test
    void normaliserRetireLesEspacesEtMetEnMinuscules() {
        assertThat(Identifiants.normaliser("  Jean.DUPONT ")).isEqualTo("jean.dupont");
        assertThat(Identifiants.normaliser(null)).isEmpty();
    }

    @Test
    void normaliserNeDependPasDeLaLangueDeLaMachine() {
        Locale avant = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Identifiants.normaliser("JULIE.MARTIN")).isEqualTo("julie.martin");
        } finally {
            Locale.setDefault(avant);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jean.dupont",
                "Jean.Dupont",
                "jean_dupont-75",
                "jean.dupont@exemple.fr",
                "1jean",
                "abcd",
                "  marie  ",
                "a...",
                "z9-_"
            })
    void accepteLesIdentifiantsBienFormes(String identifiant) {
        assertThat(Identifiants.verifier(identifiant)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refuseUnIdentifiantVide(String identifiant) {
        assertThat(code(Identifiants.verifier(identifiant))).isEqualTo("saisie.identifiant.obligatoire");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "_jean",
                ".jean",
                "-jean",
                "@jean",
                "jean dupont",
                "jéan.dupont",
                "jean!",
                "jean+x@a.fr",
                "jean/dupont",
                "ĳean",
                "_ab"
            })
    void refuseLesCaracteresNonAdmis(String identifiant) {
        assertThat(code(Identifiants.verifier(identifiant))).isEqualTo("saisie.identifiant.format");
    }

    @Test
    void exigeDeQuatreACinquanteCaracteres() {
        assertThat(Identifiants.verifier("abc")).contains(ErreurDeSaisie.de("saisie.identifiant.longueur", 4, 50));
        assertThat(Identifiants.verifier("a".repeat(50))).isEmpty();
        assertThat(Identifiants.verifier("a".repeat(51)))
                .contains(ErreurDeSaisie.de("saisie.identifiant.longueur", 4, 50));
    }
}
