package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReponsesSecretesProperties {

    private static final String ACCENTUEES = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿ"
            + "ÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ";
    private static final String SANS_ACCENT = "aaaaaaceeeeiiiinooooouuuuyy"
            + "AAAAAACEEEEIIIINOOOOOUUUUYY";

    /** Table écrite à la main, indépendante de la décomposition Unicode qu'utilise le code testé. */
    private static String retirerLesAccents(String texte) {
        StringBuilder resultat = new StringBuilder();
        for (char c : texte.toCharArray()) {
            int i = ACCENTUEES.indexOf(c);
            resultat.append(i >= 0 ? SANS_ACCENT.charAt(i) : c);
        }
        return resultat.toString();
    }

    @Provide
    Arbitrary<String> reponsesFrancaises() {
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars(ACCENTUEES.toCharArray())
                .withChars(" -'’.,!?()\t\u00a0".toCharArray())
                .ofMaxLength(60);
    }

    @Property
    void normaliserEstInsensibleALaCasse(@ForAll("reponsesFrancaises") String reponse) {
        String attendu = ReponsesSecretes.normaliser(reponse);

        assertThat(ReponsesSecretes.normaliser(reponse.toUpperCase(Locale.FRENCH))).isEqualTo(attendu);
        assertThat(ReponsesSecretes.normaliser(reponse.toLowerCase(Locale.FRENCH))).isEqualTo(attendu);
    }

    @Property
    void normaliserEstInsensibleAuxAccents(@ForAll("reponsesFrancaises") String reponse) {
        assertThat(ReponsesSecretes.normaliser(retirerLesAccents(reponse))).isEqualTo(ReponsesSecretes.normaliser(reponse));
    }

    @Property
    void normaliserEstInsensibleALaPonctuationEtAuxEspaces(@ForAll("reponsesFrancaises") String reponse) {
        String bruitee = "  " + reponse.replace(" ", " - ").replace("'", "’ ") + " !";

        assertThat(ReponsesSecretes.normaliser(bruitee)).isEqualTo(ReponsesSecretes.normaliser(reponse));
    }

    @Property
    void normaliserNeProduitQueDesMinusculesSansAccentEtDesEspacesSimples(@ForAll("reponsesFrancaises") String reponse) {
        assertThat(ReponsesSecretes.normaliser(reponse))
                .matches("([a-z0-9]+( [a-z0-9]+)*)?");
    }

    @Property
    void normaliserEstIdempotent(@ForAll String reponse) {
        String une = ReponsesSecretes.normaliser(reponse);
        assertThat(ReponsesSecretes.normaliser(une)).isEqualTo(une);
    }

    @Property
    void normaliserEstIdempotentSurLesReponsesFrancaises(@ForAll("reponsesFrancaises") String reponse) {
        String une = ReponsesSecretes.normaliser(reponse);
        assertThat(ReponsesSecretes.normaliser(une)).isEqualTo(une);
    }

    @Property
    void verifierNeLeveJamaisDException(@ForAll String reponse) {
        assertThat(ReponsesSecretes.verifier(reponse)).isNotNull();
    }
}
