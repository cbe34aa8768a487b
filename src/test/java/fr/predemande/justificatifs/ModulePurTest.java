package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Le module reste une bibliothèque de règles : ni cadriciel, ni entrée-sortie, ni dépendance vers un autre module
 * (c’est le module demande qui dépend de lui), et une API publique réduite à ce que demande emploie.
 */
class ModulePurTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/predemande/justificatifs");

    private static final Set<String> API_PUBLIQUE = Set.of(
            "TypeDeTitre",
            "Motif",
            "LieuDeNaissance",
            "AcquisitionNationalite",
            "MentionNomUsage",
            "TypeAdresse",
            "ZoneTarifaire",
            "Situation",
            "PieceJustificative",
            "Montant",
            "DroitDeTimbre",
            "ListeDesJustificatifs",
            "ReglesDesJustificatifs");

    private static final Pattern AUTRE_MODULE = Pattern.compile("fr\\.predemande\\.(?!justificatifs\\b)\\w+");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> fichiers = Files.walk(SOURCES)) {
            return fichiers.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void aucunCadricielNiEntreeSortieNiAutreModule() throws IOException {
        List<Path> sources = sources();
        assertThat(sources).hasSizeGreaterThan(API_PUBLIQUE.size());
        for (Path source : sources) {
            String texte = Files.readString(source, StandardCharsets.UTF_8);
            assertThat(texte)
                    .as(source.toString())
                    .doesNotContain(
                            "org.springframework",
                            "jakarta.",
                            "javax.",
                            "java.io",
                            "java.nio",
                            "java.net",
                            "java.sql",
                            "System.",
                            "Clock",
                            "LocalDate.now");
            assertThat(AUTRE_MODULE.matcher(texte).find())
                    .as("%s cite un autre module", source)
                    .isFalse();
        }
    }

    @Test
    void seulesLesValeursEtLesReglesSontPubliques() throws IOException {
        for (Path source : sources()) {
            String nom = source.getFileName().toString().replace(".java", "");
            if (nom.equals("package-info")) {
                continue;
            }
            String texte = Files.readString(source, StandardCharsets.UTF_8);
            boolean publique = Stream.of("class", "final class", "record", "enum", "interface")
                    .anyMatch(sorte -> texte.contains("public " + sorte + " " + nom));
            assertThat(publique).as(nom).isEqualTo(API_PUBLIQUE.contains(nom));
        }
    }

    @Test
    void lesReglesSontUneClasseFinaleNonInstanciable() {
        assertThat(Modifier.isFinal(ReglesDesJustificatifs.class.getModifiers()))
                .isTrue();
        assertThat(ReglesDesJustificatifs.class.getDeclaredConstructors())
                .allSatisfy(constructeur -> assertThat(Modifier.isPrivate(constructeur.getModifiers()))
                        .isTrue());
    }
}
