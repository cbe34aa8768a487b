package fr.predemande.plateforme.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * « magasinDeDocuments » dans la santé et le groupe readiness : le magasin des documents (module stockage) est-il
 * joignable, en 2 s ? Sur disque : le dossier (ou, tant qu'aucun document n'y est déposé, son plus proche parent
 * existant) est un dossier où l'on peut écrire, ce que n'est plus un disque démonté ou remonté en lecture seule. En S3 :
 * le service répond à une requête HTTP sur le seau ; toute réponse qui n'est pas une erreur du serveur (5xx) compte,
 * même un refus (403) : il dit que le service est là, et ses droits se vérifient au premier document.
 *
 * <p>Les réglages du stockage sont lus ici par leur nom ({@code predemande.stockage.*}), comme le fait {@link
 * ControlesDeProduction} pour ceux des autres modules, sans rien demander au module stockage, que cette sonde n'a pas
 * à connaître de l'intérieur.
 */
@Component("magasinDeDocumentsHealthIndicator")
class SanteDuMagasin implements HealthIndicator, DisposableBean {

    static final Duration DELAI = Duration.ofSeconds(2);

    private final SondeAvecDelai sonde = new SondeAvecDelai("magasin", DELAI);
    private final Path dossier;
    private final URI seau;
    private final HttpClient http;

    SanteDuMagasin(Environment environnement) {
        String nomDuSeau = environnement.getProperty("predemande.stockage.s3.seau", "");
        this.dossier = Path.of(environnement.getProperty("predemande.stockage.dossier", "var/documents"))
                .toAbsolutePath()
                .normalize();
        if (StringUtils.hasText(nomDuSeau)) {
            String adresse = environnement.getProperty("predemande.stockage.s3.adresse", "");
            String region = environnement.getProperty("predemande.stockage.s3.region", "eu-west-3");
            String service = StringUtils.hasText(adresse) ? adresse : "https://s3." + region + ".amazonaws.com";
            this.seau = URI.create(service.replaceAll("/+$", "") + "/" + nomDuSeau);
            this.http = HttpClient.newBuilder().connectTimeout(DELAI).build();
        } else {
            this.seau = null;
            this.http = null;
        }
    }

    @Override
    public Health health() {
        return sonde.verifier(() -> {
            if (seau == null) {
                verifierLeDossier();
            } else {
                verifierLeSeau();
            }
            return null;
        });
    }

    private void verifierLeDossier() throws IOException {
        Path existant = dossier;
        while (existant != null && !Files.exists(existant)) {
            existant = existant.getParent();
        }
        if (existant == null || !Files.isDirectory(existant) || !Files.isWritable(existant)) {
            throw new IOException("Impossible d'écrire dans " + (existant == null ? dossier : existant));
        }
    }

    private void verifierLeSeau() throws IOException, InterruptedException {
        var requete = HttpRequest.newBuilder(seau)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(DELAI)
                .build();
        int statut = http.send(requete, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (statut >= 500) {
            throw new IOException("Le stockage S3 répond " + statut + " pour " + seau);
        }
    }

    @Override
    public void destroy() {
        sonde.close();
    }
}
