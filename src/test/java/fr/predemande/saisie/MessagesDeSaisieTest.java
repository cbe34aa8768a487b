package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chaque code d'erreur du module est atteignable par une saisie réelle, et a un message français qui se formate
 * correctement (apostrophes doublées là où MessageFormat s'applique, arguments bien insérés).
 */
class MessagesDeSaisieTest {

    private static final String[] FICHIERS = {"messages_fr.properties"};

    private static Properties messages;

    @BeforeAll
    static void chargerLesMessages() throws IOException {
        messages = new Properties();
        for (String fichier : FICHIERS) {
            try (InputStream flux = MessagesDeSaisieTest.class.getClassLoader().getResourceAsStream(fichier)) {
                if (flux != null) {
                    messages.load(new InputStreamReader(flux, StandardCharsets.UTF_8));
                }
            }
        }
    }

    static Stream<Arguments> codes() {
        return Stream.of(
                cas("saisie.nom.obligatoire", () -> Noms.verifierNom(" ")),
                cas("saisie.nom.caracteres", () -> Noms.verifierNom("Dupont2")),
                cas("saisie.nom.separateurs", () -> Noms.verifierNom("Dupont-")),
                cas("saisie.nom.longueur", () -> Noms.verifierNom("a".repeat(81))),
                cas("saisie.prenoms.obligatoire", () -> Noms.verifierPrenoms(" , ")),
                cas("saisie.prenoms.caracteres", () -> Noms.verifierPrenoms("Jean3")),
                cas("saisie.prenoms.separateurs", () -> Noms.verifierPrenoms("Jean--Pierre")),
                cas("saisie.prenoms.longueur", () -> Noms.verifierPrenoms("a".repeat(41))),
                cas(
                        "saisie.prenoms.nombre",
                        () -> Noms.verifierPrenoms(String.join(" ", Collections.nCopies(11, "Jean")))),
                cas("saisie.courriel.obligatoire", () -> Courriels.verifier("")),
                cas("saisie.courriel.format", () -> Courriels.verifier("jean.dupont")),
                cas("saisie.courriel.longueur", () -> Courriels.verifier("a".repeat(250) + "@b.fr")),
                cas("saisie.telephone.obligatoire", () -> Telephones.verifierMobile("")),
                cas("saisie.telephone.format", () -> Telephones.verifierMobile("12")),
                cas("saisie.telephone.pas-mobile", () -> Telephones.verifierMobile("01 23 45 67 89")),
                cas("saisie.mot-de-passe.obligatoire", () -> MotsDePasse.verifier("", null)),
                cas("saisie.mot-de-passe.longueur", () -> MotsDePasse.verifier("court", null)),
                cas("saisie.mot-de-passe.trop-long", () -> MotsDePasse.verifier("a".repeat(129), null)),
                cas("saisie.mot-de-passe.faible", () -> MotsDePasse.verifier("motdepasse123", null)),
                cas("saisie.reponse-secrete.obligatoire", () -> ReponsesSecretes.verifier("?!")),
                cas("saisie.reponse-secrete.longueur", () -> ReponsesSecretes.verifier("a")),
                cas("saisie.identifiant.obligatoire", () -> Identifiants.verifier(" ")),
                cas("saisie.identifiant.format", () -> Identifiants.verifier("_jean")),
                cas("saisie.identifiant.longueur", () -> Identifiants.verifier("abc")));
    }

    private static Arguments cas(String code, Supplier<Optional<ErreurDeSaisie>> saisie) {
        return Arguments.of(code, saisie);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void chaqueCodeEstAtteignableEtAUnMessageFrancais(String code, Supplier<Optional<ErreurDeSaisie>> saisie) {
        ErreurDeSaisie erreur = saisie.get().orElseThrow();
        assertThat(erreur.code()).isEqualTo(code);

        String modele = messages.getProperty(code);
        assertThat(modele).as("message de %s", code).isNotBlank();

        if (erreur.arguments().isEmpty()) {
            // Spring ne passe pas ces messages par MessageFormat : une apostrophe doublée s'afficherait doublée.
            assertThat(modele).doesNotContain("''").doesNotContain("{");
        } else {
            String texte = new MessageFormat(modele, Locale.FRENCH)
                    .format(erreur.arguments().toArray());
            for (Object argument : erreur.arguments()) {
                assertThat(texte).contains(String.valueOf(argument));
            }
            assertThat(texte).doesNotContain("{").doesNotContain("''");
            assertThat(texte.chars().filter(c -> c == '\'').count())
                    .as("apostrophes de %s", code)
                    .isEqualTo(modele.split("''", -1).length - 1L);
        }
    }
}
