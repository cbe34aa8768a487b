package fr.predemande.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ce que pèse une page pour un poste sur une ligne lente, mesuré par Chromium lui-même (Resource Timing : octets
 * transférés, en-têtes compris, de la page et de chaque ressource) : première visite de la page de connexion, profil
 * vide, puis nouvelle visite où les ressources marquées de l'empreinte de leur contenu viennent du cache du navigateur
 * sans même une revalidation. Le détail est écrit dans {@code target/parcours/poids-des-pages.txt}.
 */
class PoidsDesPagesTest extends ApplicationEnTest {

    private static final long PREMIERE_VISITE_MAX = 300 * 1024;
    private static final long VISITE_SUIVANTE_MAX = 30 * 1024;

    private static final String MESURE = """
            return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                .map(e => ({nom: e.name, octets: e.transferSize, decodes: e.decodedBodySize}));
            """;

    @Test
    void laPageDeConnexionEstLegereALaPremiereVisiteEtPresqueGratuiteEnsuite() throws Exception {
        try (var navigateur = Navigateur.demarrer()) {
            var premiere = visiter(navigateur);
            var suivante = visiter(navigateur);

            long octetsPremiere = total(premiere);
            long octetsSuivante = total(suivante);
            var rapport = new StringBuilder()
                    .append("Page de connexion, octets transférés mesurés par Chromium (Resource Timing)\n")
                    .append("première visite : ")
                    .append(octetsPremiere)
                    .append(" o (objectif ≤ ")
                    .append(PREMIERE_VISITE_MAX)
                    .append(")\n")
                    .append("visite suivante : ")
                    .append(octetsSuivante)
                    .append(" o (objectif ≤ ")
                    .append(VISITE_SUIVANTE_MAX)
                    .append(")\n\npremière visite :\n");
            premiere.forEach(e -> rapport.append(
                    String.format("%8s o  %8s o décodés  %s%n", e.get("octets"), e.get("decodes"), e.get("nom"))));
            rapport.append("\nvisite suivante :\n");
            suivante.forEach(e -> rapport.append(
                    String.format("%8s o  %8s o décodés  %s%n", e.get("octets"), e.get("decodes"), e.get("nom"))));
            Files.createDirectories(Path.of("target/parcours"));
            Files.writeString(Path.of("target/parcours/poids-des-pages.txt"), rapport);

            // la mesure a un sens : la feuille DSFR (plus de 700 Ko décodés) est bien chargée à la première visite
            assertThat(premiere).anySatisfy(e -> {
                assertThat((String) e.get("nom")).contains("/dsfr/dsfr.min-");
                assertThat(((Number) e.get("decodes")).longValue()).isGreaterThan(500_000);
            });
            assertThat(suivante)
                    .as("la visite suivante recharge bien la page et ses ressources")
                    .hasSizeGreaterThan(3);
            assertThat(octetsPremiere).as(rapport.toString()).isLessThanOrEqualTo(PREMIERE_VISITE_MAX);
            assertThat(octetsSuivante).as(rapport.toString()).isLessThanOrEqualTo(VISITE_SUIVANTE_MAX);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> visiter(Navigateur navigateur) {
        navigateur.ouvrir(url("/connexion"));
        navigateur.attendre(
                "les polices chargées",
                p -> Boolean.TRUE.equals(navigateur.js("return document.fonts.status === 'loaded'")));
        return (List<Map<String, Object>>) navigateur.js(MESURE);
    }

    private static long total(List<Map<String, Object>> entrees) {
        return entrees.stream()
                .mapToLong(e -> ((Number) e.get("octets")).longValue())
                .sum();
    }
}
