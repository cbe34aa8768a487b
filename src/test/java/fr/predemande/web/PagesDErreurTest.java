package fr.predemande.web;

import static fr.predemande.support.Balisage.titre;
import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Les erreurs, servies par le vrai serveur : pages DSFR en français, jamais de trace technique. */
class PagesDErreurTest extends ApplicationEnTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> obtenir(String chemin) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url(chemin)))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unePanneDonneLaPageDErreurSansTraceTechnique() throws Exception {
        var reponse = obtenir("/dev/panne-de-test");
        assertThat(reponse.statusCode()).isEqualTo(500);
        assertThat(reponse.body())
                .contains(
                        "Erreur inattendue",
                        "fr-header",
                        "fr-footer",
                        "Vos données déjà enregistrées ne sont pas perdues")
                .contains("Erreur 500", "Désolé, le service rencontre un problème")
                .doesNotContain("Exception", "PSQL", "panne simulée", "at fr.predemande");
        assertThat(titre(reponse.body())).isEqualTo("Erreur inattendue — Prédemande");
    }

    @Test
    void uneBaseQuiNeRepondPasDonneLaPage503AvecRetryAfter() throws Exception {
        var reponse = obtenir("/dev/panne-de-test/base-indisponible");
        assertThat(reponse.statusCode()).isEqualTo(503);
        assertThat(reponse.headers().firstValue("Retry-After")).contains("30");
        assertThat(reponse.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(reponse.body())
                .contains(
                        "Service momentanément indisponible",
                        "Erreur 503",
                        "fr-header",
                        "fr-footer",
                        "Réessayez dans quelques instants",
                        "Page d’accueil")
                .doesNotContain("Exception", "Hikari", "JDBC", "at fr.predemande");
        assertThat(titre(reponse.body())).isEqualTo("Service momentanément indisponible — Prédemande");
    }

    @Test
    void unStatutSansTexteAttitreDonneLaPageGenerique() throws Exception {
        // le paramètre « retour » manque : 400
        var reponse = obtenir("/referentiel/communes/recherche?q=lyon");
        assertThat(reponse.statusCode()).isEqualTo(400);
        assertThat(reponse.body())
                .contains(
                        "La demande n’a pas pu aboutir",
                        "Erreur 400",
                        "Le service n’a pas pu traiter votre demande",
                        "Page d’accueil",
                        "fr-header")
                .doesNotContain("Exception", "retour", "Required");
        assertThat(titre(reponse.body())).isEqualTo("La demande n’a pas pu aboutir — Prédemande");
    }

    @Test
    void uneRessourceStatiqueAbsenteDonneLaPage404() throws Exception {
        var reponse = obtenir("/dsfr/inexistant.css");
        assertThat(reponse.statusCode()).isEqualTo(404);
        assertThat(reponse.body())
                .contains(
                        "Page non trouvée",
                        "Erreur 404",
                        "fr-header",
                        "La page que vous cherchez est introuvable",
                        "vérifiez qu’elle est correcte",
                        "Page d’accueil");
        assertThat(titre(reponse.body())).isEqualTo("Page non trouvée — Prédemande");
    }

    @Test
    void uneRequeteSansJetonCsrfDonneLaPage403() throws Exception {
        var reponse = client.send(
                HttpRequest.newBuilder(URI.create(url("/compte/mot-de-passe-oublie")))
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("identifiant=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isEqualTo(403);
        assertThat(reponse.body())
                .contains(
                        "Accès refusé",
                        "Erreur 403",
                        "Vous n’avez pas le droit d’accéder à cette page",
                        "connectez-vous avec le bon compte")
                .doesNotContain("Exception");
        assertThat(titre(reponse.body())).isEqualTo("Accès refusé — Prédemande");
    }
}
