package fr.predemande.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Les ressources statiques, servies par le vrai serveur : adresse marquée de l'empreinte du contenu dans les pages,
 * gardées un an sans revalidation, compressées, sans session ni cookie.
 */
class RessourcesStatiquesTest extends ApplicationEnTest {

    private static final Pattern RESSOURCE = Pattern.compile("(?:href|src)=\"(/(?:dsfr|css|js|altcha|jsqr)/[^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> obtenir(String chemin, String encodages) throws Exception {
        var requete = HttpRequest.newBuilder(URI.create(url(chemin)));
        if (encodages != null) {
            requete.header("Accept-Encoding", encodages);
        }
        return client.send(requete.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> ressourcesDe(String page) throws Exception {
        var html = new String(obtenir(page, null).body(), StandardCharsets.UTF_8);
        var ressources = new ArrayList<String>();
        var trouvees = RESSOURCE.matcher(html);
        while (trouvees.find()) {
            ressources.add(trouvees.group(1));
        }
        return ressources;
    }

    @Test
    void lesPagesDesignentLesRessourcesParLEmpreinteDeLeurContenu() throws Exception {
        var ressources = ressourcesDe("/connexion");
        assertThat(ressources)
                .anyMatch(r -> r.startsWith("/dsfr/dsfr.min-"))
                .allSatisfy(r -> assertThat(r)
                        .as("adresse marquée de l'empreinte du contenu")
                        .matches(".*-[0-9a-f]{32}\\.[a-z0-9]+(\\?.*)?$"));
    }

    @Test
    void uneRessourceMarqueeEstGardeeUnAnCompresseeEtSansCookie() throws Exception {
        var ressources = ressourcesDe("/connexion");
        var script = ressources.stream()
                .filter(r -> r.startsWith("/dsfr/dsfr.module.min-"))
                .findFirst()
                .orElseThrow();

        // l'en-tête de Chromium : brotli y vient après gzip, le serveur le préfère quand même
        var brotli = obtenir(script, "gzip, deflate, br, zstd");
        assertThat(brotli.statusCode()).isEqualTo(200);
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(brotli.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(brotli.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable")
                .doesNotContain("no-store", "no-cache");
        assertThat(brotli.headers().allValues("Set-Cookie")).isEmpty();
        var brut = obtenir(script, null);
        assertThat(brut.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(brotli.body().length).isLessThan(brut.body().length / 3);
        assertThat(obtenir(script, "gzip").headers().firstValue("Content-Encoding"))
                .hasValue("gzip");
    }

    @Test
    void laFeuilleDeStyleDesigneSesPolicesParLeurEmpreinteCompresseeOuNon() throws Exception {
        var css = ressourcesDe("/connexion").stream()
                .filter(r -> r.startsWith("/dsfr/dsfr.min-"))
                .findFirst()
                .orElseThrow();
        var compressee = obtenir(css, "gzip, deflate, br, zstd");
        assertThat(compressee.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(compressee.headers().firstValue("Cache-Control").orElseThrow())
                .contains("immutable");
        assertThat(compressee.body().length).isLessThan(80_000);

        var brute = obtenir(css, null);
        assertThat(brute.headers().firstValue("Content-Encoding")).isEmpty();
        var texte = new String(brute.body(), StandardCharsets.UTF_8);
        var polices = Pattern.compile("url\\(\"?([^)\"]+\\.woff2)").matcher(texte);
        assertThat(polices.find()).as("la feuille DSFR charge ses polices").isTrue();
        assertThat(polices.group(1)).matches(".*-[0-9a-f]{32}\\.woff2");
        var police = obtenir("/dsfr/" + polices.group(1), null);
        assertThat(police.statusCode()).isEqualTo(200);
        assertThat(police.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
    }

    @Test
    void chaqueIconeEmployeeParLesGabaritsEstDansLaFeuilleDesIcones() throws Exception {
        var employees = new TreeSet<String>();
        try (var gabarits = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var gabarit :
                    gabarits.filter(f -> f.toString().endsWith(".html")).toList()) {
                var icones = Pattern.compile("fr-icon-[a-z0-9-]+").matcher(Files.readString(gabarit));
                while (icones.find()) {
                    employees.add(icones.group());
                }
            }
        }
        assertThat(employees).contains("fr-icon-camera-line", "fr-icon-account-circle-line");

        var feuille = ressourcesDe("/connexion").stream()
                .filter(r -> r.startsWith("/dsfr/utility/icons/"))
                .findFirst()
                .orElseThrow();
        var texte = new String(obtenir(feuille, null).body(), StandardCharsets.UTF_8);
        assertThat(employees).allSatisfy(icone -> assertThat(texte).contains("." + icone + ":before"));
        assertThat(texte.length()).as("seulement les icônes employées").isLessThan(50_000);
    }

    @Test
    void lesLiensDesPagesNeSontPasCherchesParmiLesRessources(@Autowired ResourceUrlProvider adresses) {
        // sous « /** », chaque lien d'une page (@{/compte}) était cherché en vain dans le jar à chaque rendu
        assertThat(adresses.getHandlerMap().keySet())
                .contains("/dsfr/**", "/js/**")
                .doesNotContain("/**");
        assertThat(adresses.getForLookupPath("/compte")).isNull();
        assertThat(adresses.getForLookupPath("/dsfr/dsfr.min.css")).matches("/dsfr/dsfr\\.min-[0-9a-f]{32}\\.css");
    }

    @Test
    void lesPagesElleMemesNeSontPasGardees() throws Exception {
        var page = obtenir("/connexion", "gzip");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }
}
