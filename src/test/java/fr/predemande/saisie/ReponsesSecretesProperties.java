package fr.predemande.saisie;

import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.chainesQuelconques;
import static fr.predemande.support.Generateurs.plage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReponsesSecretesProperties {

    private static final String ACCENTUEES = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ" + "ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ";
    private static final String SANS_ACCENT = "aaaaaaceeeeiiiinooooouuuuyy" + "AAAAAACEEEEIIIINOOOOOUUUUYY";

    /** Table écrite à la main, indépendante de la décomposition Unicode qu'utilise le code testé. */
    private static String retirerLesAccents(String texte) {
        StringBuilder resultat = new StringBuilder();
        for (char c : texte.toCharArray()) {
            int i = ACCENTUEES.indexOf(c);
            resultat.append(i >= 0 ? SANS_ACCENT.charAt(i) : c);
        }
        return resultat.toString();
    }

    private static Gen<String> reponsesFrancaises() {
        return chaines(plage('a', 'z') + plage('A', 'Z') + plage('0', '9') + ACCENTUEES + " -'’.,!?()\t\u00a0", 0, 60);
    }

    @Test
    void normaliserEstInsensibleALaCasse() {
        qt().forAll(reponsesFrancaises()).checkAssert(reponse -> {
            String attendu = ReponsesSecretes.normaliser(reponse);

            assertThat(ReponsesSecretes.normaliser(reponse.toUpperCase(Locale.FRENCH)))
                    .isEqualTo(attendu);
            assertThat(ReponsesSecretes.normaliser(reponse.toLowerCase(Locale.FRENCH)))
                    .isEqualTo(attendu);
        });
    }

    @Test
    void normaliserEstInsensibleAuxAccents() {
        qt().forAll(reponsesFrancaises())
                .checkAssert(reponse -> assertThat(ReponsesSecretes.normaliser(retirerLesAccents(reponse)))
                        .isEqualTo(ReponsesSecretes.normaliser(reponse)));
    }

    @Test
    void normaliserEstInsensibleALaPonctuationEtAuxEspaces() {
        qt().forAll(reponsesFrancaises()).checkAssert(reponse -> {
            String bruitee = "  " + reponse.replace(" ", " - ").replace("'", "’ ") + " !";

            assertThat(ReponsesSecretes.normaliser(bruitee)).isEqualTo(ReponsesSecretes.normaliser(reponse));
        });
    }

    @Test
    void normaliserNeProduitQueDesMinusculesSansAccentEtDesEspacesSimples() {
        qt().forAll(reponsesFrancaises())
                .checkAssert(reponse ->
                        assertThat(ReponsesSecretes.normaliser(reponse)).matches("([a-z0-9]+( [a-z0-9]+)*)?"));
    }

    @Test
    void normaliserEstIdempotent() {
        qt().forAll(chainesQuelconques()).checkAssert(reponse -> {
            String une = ReponsesSecretes.normaliser(reponse);
            assertThat(ReponsesSecretes.normaliser(une)).isEqualTo(une);
        });
    }

    @Test
    void normaliserEstIdempotentSurLesReponsesFrancaises() {
        qt().forAll(reponsesFrancaises()).checkAssert(reponse -> {
            String une = ReponsesSecretes.normaliser(reponse);
            assertThat(ReponsesSecretes.normaliser(une)).isEqualTo(une);
        });
    }

    @Test
    void verifierNeLeveJamaisDException() {
        qt().forAll(chainesQuelconques())
                .checkAssert(reponse ->
                        assertThat(ReponsesSecretes.verifier(reponse)).isNotNull());
    }
}
