package fr.predemande.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tous les textes de l'interface viennent de messages_fr.properties : une clé citée par un gabarit ou par le code doit
 * exister, et un gabarit ne contient aucun texte en dur (ni entre les balises, ni dans les attributs lus par les
 * lecteurs d'écran).
 */
class TextesDesPagesTest {

    private static final Path GABARITS = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    /** Clés littérales : #{cle} ou #{cle(arguments)}. Les clés calculées (#{${…}}) sont vérifiées par les parcours. */
    private static final Pattern CLE_DE_GABARIT = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
    /** Codes de message dans le Java : rejectValue(…, "code"), addFlashAttribute("succes", "code"), etc. */
    private static final Pattern CODE_JAVA = Pattern.compile(
            "\"((?:compte|connexion|saisie|courriel|formulaire|erreur)\\.[a-z0-9.-]+)\"");
    private static final Pattern ATTRIBUT_LU = Pattern.compile("\\s(title|alt|aria-label|placeholder)=\"([^\"]*)\"");

    private static Properties messages;

    @BeforeAll
    static void chargerLesMessages() throws IOException {
        messages = new Properties();
        try (var flux = TextesDesPagesTest.class.getClassLoader().getResourceAsStream("messages_fr.properties")) {
            messages.load(new InputStreamReader(flux, StandardCharsets.UTF_8));
        }
    }

    @Test
    void chaqueCleCiteeParUnGabaritExiste() throws IOException {
        var manquantes = new TreeSet<String>();
        for (Path gabarit : fichiers(GABARITS, ".html")) {
            Matcher cle = CLE_DE_GABARIT.matcher(Files.readString(gabarit));
            while (cle.find()) {
                if (!messages.containsKey(cle.group(1))) {
                    manquantes.add(GABARITS.relativize(gabarit) + " : " + cle.group(1));
                }
            }
        }
        assertThat(manquantes).as("clés absentes de messages_fr.properties").isEmpty();
    }

    @Test
    void chaqueCodeDeMessageDuJavaExiste() throws IOException {
        var manquants = new TreeSet<String>();
        for (Path source : fichiers(JAVA, ".java")) {
            Matcher code = CODE_JAVA.matcher(Files.readString(source));
            while (code.find()) {
                String cle = code.group(1);
                boolean prefixe = cle.endsWith(".") || messages.stringPropertyNames().stream().anyMatch(k -> k.startsWith(cle + "."));
                if (!messages.containsKey(cle) && !prefixe) {
                    manquants.add(JAVA.relativize(source) + " : " + cle);
                }
            }
        }
        assertThat(manquants).as("codes de message absents de messages_fr.properties").isEmpty();
    }

    @Test
    void aucunGabaritNeContientDeTexteEnDur() throws IOException {
        var fautes = new ArrayList<String>();
        for (Path gabarit : fichiers(GABARITS, ".html")) {
            String contenu = Files.readString(gabarit)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<(script|style)\\b.*?</\\1>", "");
            String texte = contenu.replaceAll("(?s)<[^>]*>", "\n");
            for (String ligne : texte.split("\n")) {
                // ce qui reste entre les balises : rien, ou de la ponctuation seule
                if (ligne.strip().codePoints().anyMatch(Character::isLetterOrDigit)) {
                    fautes.add(GABARITS.relativize(gabarit) + " : « " + ligne.strip() + " »");
                }
            }
            Matcher attribut = ATTRIBUT_LU.matcher(contenu);
            while (attribut.find()) {
                if (attribut.group(2).codePoints().anyMatch(Character::isLetter)) {
                    fautes.add(GABARITS.relativize(gabarit) + " : " + attribut.group(1) + "=\"" + attribut.group(2) + "\"");
                }
            }
        }
        assertThat(fautes).as("textes en dur dans les gabarits").isEmpty();
    }

    @Test
    void leControleSaitReconnaitreUnTexteEnDur() {
        // garde-fou : le test ci-dessus doit pouvoir échouer
        String contenu = "<p class=\"fr-text\">Bonjour</p><a title=\"Aide\" th:text=\"#{x}\"></a>";
        assertThat(contenu.replaceAll("(?s)<[^>]*>", "\n").lines().anyMatch(l -> l.strip().codePoints().anyMatch(Character::isLetterOrDigit)))
                .isTrue();
        assertThat(ATTRIBUT_LU.matcher(contenu).find()).isTrue();
    }

    private static List<Path> fichiers(Path racine, String extension) throws IOException {
        try (Stream<Path> chemins = Files.walk(racine)) {
            return chemins.filter(chemin -> chemin.toString().endsWith(extension)).sorted().toList();
        }
    }
}
