package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.PredemandeApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * Sous le profil prod, les sondes (santé, métriques Prometheus) ne sont pas sur le port de l'application : seulement
 * sur le leur (application-prod.yml), que l'orchestrateur et la supervision atteignent. L'application entière démarre
 * avec le profil prod, sur la base embarquée des tests donnée comme une base externe.
 */
class SondesEnProductionTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void lesSondesSontSurLeurProprePortEtPasSurCeluiDeLApplication() throws Exception {
        // la base partagée des tests de cette JVM (même dossier que src/test/resources/config/application.yml)
        String base = BaseEmbarquee.urlJdbc(
                Path.of("target/postgres-tests"),
                false,
                true,
                Duration.ofSeconds(2),
                LogFactory.getLog(SondesEnProductionTest.class));
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(PredemandeApplication.class)
                .profiles("prod")
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + base,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.mail.host=localhost",
                        "--predemande.sms.smpp.hote=smsc.invalid",
                        "--predemande.sms.smpp.identifiant=predemande",
                        "--predemande.antirobot.cle-hmac=une-cle-de-test-pour-le-profil-prod",
                        "--predemande.stockage.chiffrement.cles=2026:" + "A".repeat(43) + "=",
                        "--predemande.url-publique=https://predemande.example.fr")) {
            var environnement = application.getEnvironment();
            int portPublic = environnement.getRequiredProperty("local.server.port", Integer.class);
            int portDesSondes = environnement.getRequiredProperty("local.management.port", Integer.class);
            assertThat(portDesSondes).isNotEqualTo(portPublic);

            for (String chemin : new String[] {
                "/actuator/prometheus", "/actuator/health", "/actuator/health/readiness", "/actuator/info"
            }) {
                assertThat(obtenir(portPublic, chemin).statusCode())
                        .as("%s sur le port public", chemin)
                        .isEqualTo(404);
            }
            var metriques = obtenir(portDesSondes, "/actuator/prometheus");
            assertThat(metriques.statusCode()).isEqualTo(200);
            assertThat(metriques.body())
                    .contains("jvm_memory_used_bytes", "hikaricp_connections", "http_server_requests");
            var pret = obtenir(portDesSondes, "/actuator/health/readiness");
            assertThat(pret.statusCode()).isEqualTo(200);
            assertThat(pret.body()).contains("\"UP\"");
            assertThat(obtenir(portDesSondes, "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
            // la page d'accueil, elle, reste sur le port public
            assertThat(obtenir(portPublic, "/").statusCode()).isEqualTo(200);
        }
    }

    /** Le test ci-dessus choisit un port libre pour les sondes ; c'est application-prod.yml qui les y met en production. */
    @Test
    void leProfilProdMetLesSondesSurLePort8081() throws Exception {
        var prod = new YamlPropertySourceLoader()
                .load("prod", new ClassPathResource("application-prod.yml"))
                .get(0);
        assertThat(String.valueOf(prod.getProperty("management.server.port"))).isEqualTo("8081");
        var developpement = new YamlPropertySourceLoader()
                .load("defaut", new ClassPathResource("application.yml"))
                .get(0);
        assertThat(developpement.getProperty("management.server.port"))
                .as("en développement, les sondes restent sur le port de l'application")
                .isNull();
    }

    private HttpResponse<String> obtenir(int port, String chemin) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
