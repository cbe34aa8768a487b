package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MotsDePasseTest {

    private static final List<String> AUCUNE_DONNEE = List.of();

    private static String code(Optional<ErreurDeSaisie> erreur) {
        return erreur.map(ErreurDeSaisie::code).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cheval-agrafe-pile-batterie",
                "marcassin tuba vieux",
                "kjh4-Lm9q-XpzW",
                "Vercingetorix2024!",
                "tout en minuscules sans chiffre ni symbole"
            })
    void accepteLesMotsDePasseDifficilesADeviner(String motDePasse) {
        assertThat(MotsDePasse.verifier(motDePasse, AUCUNE_DONNEE)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refuseUnMotDePasseVide(String motDePasse) {
        assertThat(code(MotsDePasse.verifier(motDePasse, AUCUNE_DONNEE))).isEqualTo("saisie.mot-de-passe.obligatoire");
    }

    @Test
    void exigeAuMoinsDouzeCaracteres() {
        assertThat(MotsDePasse.verifier("kjh4-Lm9q-X", AUCUNE_DONNEE))
                .contains(ErreurDeSaisie.de("saisie.mot-de-passe.longueur", 12));
        assertThat(MotsDePasse.verifier("kjh4-Lm9q-Xp", AUCUNE_DONNEE)).isEmpty();
    }

    @Test
    void compteLesCaracteresEtNonLesUnitesUtf16() {
        String onzeEmojis = "\uD83D\uDD12".repeat(11);
        assertThat(onzeEmojis).hasSize(22);

        assertThat(code(MotsDePasse.verifier(onzeEmojis, AUCUNE_DONNEE))).isEqualTo("saisie.mot-de-passe.longueur");
    }

    @Test
    void limiteA128Caracteres() {
        String base = "kjh4-Lm9q-XpzW-";
        String cent28 = base.repeat(9).substring(0, 128);
        assertThat(MotsDePasse.verifier(cent28, AUCUNE_DONNEE)).isEmpty();
        assertThat(MotsDePasse.verifier(cent28 + "x", AUCUNE_DONNEE))
                .contains(ErreurDeSaisie.de("saisie.mot-de-passe.trop-long", 128));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "motdepasse123",
                "azertyuiop12",
                "aaaaaaaaaaaa",
                "123456789012",
                "Motdepasse1!",
                "abcdefghijklmnop",
                "qwertyuiopasdf",
                "password1234"
            })
    void refuseLesMotsDePasseFaciles(String motDePasse) {
        assertThat(code(MotsDePasse.verifier(motDePasse, AUCUNE_DONNEE))).isEqualTo("saisie.mot-de-passe.faible");
    }

    @Test
    void lesDonneesPersonnellesAffaiblissentLeMotDePasse() {
        String motDePasse = "vercingetorix2024";
        assertThat(MotsDePasse.verifier(motDePasse, AUCUNE_DONNEE)).isEmpty();

        // Accentué dans la fiche, tapé sans accent dans le mot de passe.
        assertThat(code(MotsDePasse.verifier(motDePasse, List.of("Vercingétorix", "Gaulois"))))
                .isEqualTo("saisie.mot-de-passe.faible");
    }

    @Test
    void lesFragmentsEtConcatenationsDesDonneesComptent() {
        List<String> donnees = List.of("Jean-Pierre", "de Hautecloque", "1980-05-12");
        for (String motDePasse : List.of("jeanpierrehautecloque", "hautecloque1980")) {
            assertThat(MotsDePasse.verifier(motDePasse, AUCUNE_DONNEE))
                    .as(motDePasse)
                    .isEmpty();
            assertThat(code(MotsDePasse.verifier(motDePasse, donnees)))
                    .as(motDePasse)
                    .isEqualTo("saisie.mot-de-passe.faible");
        }
    }

    @Test
    void toleLesDonneesAbsentesOuNulles() {
        assertThat(MotsDePasse.verifier("cheval-agrafe-pile-batterie", null)).isEmpty();
        assertThat(MotsDePasse.verifier("cheval-agrafe-pile-batterie", Arrays.asList(null, "", "  ")))
                .isEmpty();
    }

    @Test
    void motsPersonnelsDecoupeEtRetireLesAccents() {
        assertThat(MotsDePasse.motsPersonnels(List.of("Jean-Pierre Lefèvre", "12/05/1980")))
                .contains(
                        "jean-pierre lefèvre",
                        "jean",
                        "pierre",
                        "lefèvre",
                        "lefevre",
                        "jeanpierrelefevre",
                        "1980",
                        "12051980")
                .doesNotContain("12", "05");
    }

    /**
     * L'instance zxcvbn est partagée : des appels simultanés, chacun avec d'autres données personnelles, doivent
     * donner le même verdict qu'un par un.
     */
    @Test
    void lInstancePartageeResisteAuxAppelsSimultanes() throws Exception {
        List<String> motsDePasse = List.of(
                "vercingetorix2024",
                "jeanpierrehautecloque",
                "hautecloque1980",
                "cheval-agrafe-pile-batterie",
                "motdepasse123");
        List<List<String>> donnees =
                List.of(List.of(), List.of("Vercingétorix"), List.of("Jean-Pierre", "de Hautecloque", "1980-05-12"));
        List<Callable<Boolean>> appels = new ArrayList<>();
        for (String motDePasse : motsDePasse) {
            for (List<String> donneesDeLUsager : donnees) {
                Optional<ErreurDeSaisie> attendu = MotsDePasse.verifier(motDePasse, donneesDeLUsager);
                for (int i = 0; i < 20; i++) {
                    appels.add(() ->
                            MotsDePasse.verifier(motDePasse, donneesDeLUsager).equals(attendu));
                }
            }
        }
        ExecutorService fils = Executors.newFixedThreadPool(8);
        try {
            for (Future<Boolean> appel : fils.invokeAll(appels)) {
                assertThat(appel.get()).isTrue();
            }
        } finally {
            fils.shutdownNow();
        }
    }
}
