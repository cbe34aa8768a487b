package fr.predemande;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Les modules n'utilisent que l'API publique des autres, sans cycle ; leur documentation ({@code docs/modules}) est à
 * jour : elle est régénérée dans {@code target/} et comparée à celle du dépôt. Pour la récrire dans {@code docs/} :
 * {@code ./mvnw test -Dtest=ModularityTests -Dpredemande.docs.ecrire=true}.
 */
class ModularityTests {

    static final Path DOCS = Path.of("docs/modules");
    static final Path REGENEREE = Path.of("target/docs-modules");

    private final ApplicationModules modules = ApplicationModules.of(PredemandeApplication.class);

    @Test
    void lesModulesRespectentLeursFrontieres() {
        modules.verify();
    }

    /**
     * Le Documenter range certaines relations dans un ordre qui varie d'une exécution à l'autre : on compare le contenu
     * de chaque fichier ligne à ligne, sans l'ordre.
     */
    @Test
    void laDocumentationDesModulesEstAJour() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(REGENEREE.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        if (Boolean.getBoolean("predemande.docs.ecrire")) {
            Files.createDirectories(DOCS);
            try (Stream<Path> anciens = Files.list(DOCS)) {
                for (Path ancien : anciens.toList()) {
                    Files.delete(ancien);
                }
            }
            for (Path fichier : contenus(REGENEREE).keySet().stream()
                    .map(REGENEREE::resolve)
                    .toList()) {
                Files.copy(fichier, DOCS.resolve(fichier.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(contenus(DOCS))
                .as("docs/modules n'est plus à jour : ./mvnw test -Dtest=ModularityTests -Dpredemande.docs.ecrire=true")
                .isEqualTo(contenus(REGENEREE));
    }

    /** Chaque fichier, et ses lignes triées. */
    private static Map<String, List<String>> contenus(Path dossier) throws IOException {
        var contenus = new TreeMap<String, List<String>>();
        try (Stream<Path> fichiers = Files.list(dossier)) {
            for (Path fichier : fichiers.filter(Files::isRegularFile).toList()) {
                contenus.put(
                        fichier.getFileName().toString(),
                        Files.readAllLines(fichier).stream().sorted().toList());
            }
        }
        return contenus;
    }
}
