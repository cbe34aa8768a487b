package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Le module reste pur : aucune dépendance au cadriciel, et une API publique réduite aux règles et à leurs valeurs. */
class ReglesSansCadricielTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/predemande/saisie");

    private static final Set<String> API_PUBLIQUE = Set.of(
            "ErreurDeSaisie",
            "Noms",
            "Courriels",
            "Telephones",
            "MotsDePasse",
            "ReponsesSecretes",
            "Identifiants",
            "Sexe",
            "CaracteresDeControle",
            "TextesLibres");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> fichiers = Files.list(SOURCES)) {
            return fichiers.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void aucuneDependanceAuCadriciel() throws IOException {
        List<Path> sources = sources();
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            assertThat(Files.readString(source, StandardCharsets.UTF_8))
                    .as(source.toString())
                    .doesNotContain("org.springframework", "jakarta.", "javax.");
        }
    }

    @Test
    void seulesLesReglesSontPubliques() throws IOException {
        for (Path source : sources()) {
            String nom = source.getFileName().toString().replace(".java", "");
            if (nom.equals("package-info")) {
                continue;
            }
            String texte = Files.readString(source, StandardCharsets.UTF_8);
            boolean publique = texte.contains("public final class " + nom)
                    || texte.contains("public record " + nom)
                    || texte.contains("public class " + nom)
                    || texte.contains("public interface " + nom)
                    || texte.contains("public enum " + nom);
            assertThat(publique).as(nom).isEqualTo(API_PUBLIQUE.contains(nom));
        }
    }

    @Test
    void lesReglesSontDesClassesFinalesNonInstanciables() {
        for (Class<?> regle : List.of(
                Noms.class,
                Courriels.class,
                Telephones.class,
                MotsDePasse.class,
                ReponsesSecretes.class,
                Identifiants.class,
                CaracteresDeControle.class,
                TextesLibres.class)) {
            assertThat(Modifier.isFinal(regle.getModifiers()))
                    .as(regle.getSimpleName())
                    .isTrue();
            assertThat(regle.getDeclaredConstructors())
                    .allSatisfy(constructeur -> assertThat(Modifier.isPrivate(constructeur.getModifiers()))
                            .isTrue());
        }
    }
}
