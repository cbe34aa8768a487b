package fr.predemande.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Les textes des gabarits du référentiel sont tous écrits dans messages_fr.properties, avec l’apostrophe typographique
 * seulement.
 */
class TextesDuReferentielTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages_fr.properties");
    private static final List<Path> GABARITS = List.of(
            Path.of("src/main/resources/templates/fragments/lieu.html"),
            Path.of("src/main/resources/templates/referentiel/recherche-commune.html"));
    private static final Pattern CLE = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
    /** Clés calculées par le fragment : champ.{champ}, referentiel.lieu.aide.{nature}. */
    private static final List<String> CLES_CALCULEES =
            List.of("champ.q", "referentiel.lieu.aide.communes", "referentiel.lieu.aide.pays");

    @Test
    void chaqueCleDesGabaritsDuReferentielEstEcrite() throws IOException {
        Properties textes = lire(MESSAGES);
        var manquantes = new TreeSet<String>();
        for (Path gabarit : GABARITS) {
            Matcher cle = CLE.matcher(Files.readString(gabarit));
            while (cle.find()) {
                if (!textes.containsKey(cle.group(1))) {
                    manquantes.add(gabarit.getFileName() + " : " + cle.group(1));
                }
            }
        }
        CLES_CALCULEES.stream().filter(cle -> !textes.containsKey(cle)).forEach(manquantes::add);
        assertThat(manquantes).isEmpty();
    }

    @Test
    void lesTextesDuReferentielNEmploientQueLApostropheTypographique() throws IOException {
        Properties textes = lire(MESSAGES);
        var cles = textes.stringPropertyNames().stream()
                .filter(cle -> cle.startsWith("referentiel."))
                .toList();
        assertThat(cles).isNotEmpty();
        assertThat(cles)
                .filteredOn(cle -> textes.getProperty(cle).contains("'"))
                .isEmpty();
    }

    private static Properties lire(Path fichier) throws IOException {
        var textes = new Properties();
        try (var lecteur = new InputStreamReader(Files.newInputStream(fichier), StandardCharsets.UTF_8)) {
            textes.load(lecteur);
        }
        return textes;
    }
}
