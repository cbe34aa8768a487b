package fr.predemande.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.predemande.support.ApplicationEnTest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * L'autocomplétion dans un vrai Chromium, au clavier, telle qu'un lecteur d'écran la perçoit (rôles et états ARIA),
 * et contrôlée par axe-core. La page de recherche de commune sert de banc d'essai : elle utilise le fragment
 * {@code fragments/lieu.html} et le script. Un petit serveur local relaie les requêtes du navigateur à l'application
 * (MockMvc) et sert les fichiers statiques : le test ne dépend pas de la chaîne de sécurité.
 */
class AutocompletionNavigateurTest extends ApplicationEnTest {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration ATTENTE = Duration.ofSeconds(20);

    private HttpServer serveur;
    private WebDriver pilote;
    private Path profil;

    @BeforeEach
    void demarrer() throws IOException {
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Chromium et chromedriver (paquets Debian) sont nécessaires");
        serveur = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serveur.setExecutor(Executors.newSingleThreadExecutor());
        serveur.createContext("/", this::servir);
        serveur.start();
        profil = Files.createTempDirectory("predemande-referentiel-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1024",
                "--lang=fr-FR",
                "--user-data-dir=" + profil.toAbsolutePath());
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        pilote = new ChromeDriver(service, options);
        pilote.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void arreter() throws IOException {
        if (pilote != null) {
            pilote.quit();
        }
        if (serveur != null) {
            serveur.stop(0);
            ((java.util.concurrent.ExecutorService) serveur.getExecutor()).shutdownNow();
        }
        if (profil != null) {
            try (var chemins = Files.walk(profil)) {
                chemins.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            }
        }
    }

    @Test
    void auClavierOnParcourtLesSuggestionsEtOnChoisitSansEnvoyerLeFormulaire() {
        ouvrir("/referentiel/communes/recherche?retour=/demandes&champ=naissance.commune");
        WebElement champ = pilote.findElement(By.id("q"));
        assertThat(champ.getDomAttribute("role")).isEqualTo("combobox");
        assertThat(champ.getDomAttribute("aria-autocomplete")).isEqualTo("list");
        assertThat(champ.getDomAttribute("aria-expanded")).isEqualTo("false");
        String idListe = champ.getDomAttribute("aria-controls");
        WebElement liste = pilote.findElement(By.id(idListe));
        assertThat(liste.getDomAttribute("role")).isEqualTo("listbox");
        assertThat(champ.getDomAttribute("aria-describedby")).contains("q-messages", "q-consigne");

        champ.sendKeys("saint eti");
        attendre("la liste ouverte", p -> "true".equals(champ.getDomAttribute("aria-expanded")));
        List<WebElement> options = liste.findElements(By.cssSelector("[role=option]"));
        assertThat(options).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(options.get(0).getText()).isEqualTo("Saint-Étienne (42000)");
        assertThat(texte(By.cssSelector("[role=status]")))
                .as("annonce du nombre de suggestions")
                .isNotBlank();
        assertThat(champ.getDomAttribute("aria-activedescendant")).isNull();

        champ.sendKeys(Keys.ARROW_DOWN);
        assertThat(champ.getDomAttribute("aria-activedescendant"))
                .isEqualTo(options.get(0).getDomAttribute("id"));
        assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("true");
        champ.sendKeys(Keys.ARROW_DOWN);
        assertThat(champ.getDomAttribute("aria-activedescendant"))
                .isEqualTo(options.get(1).getDomAttribute("id"));
        assertThat(options.get(0).getDomAttribute("aria-selected")).isEqualTo("false");
        champ.sendKeys(Keys.ARROW_UP);
        assertThat(champ.getDomAttribute("aria-activedescendant"))
                .isEqualTo(options.get(0).getDomAttribute("id"));
        // le focus n'a pas quitté le champ
        assertThat(js("return document.activeElement.id")).isEqualTo("q");

        String adresse = pilote.getCurrentUrl();
        champ.sendKeys(Keys.ENTER);

        assertThat(champ.getDomProperty("value")).isEqualTo("Saint-Étienne (42000)");
        assertThat(champ.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(champ.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(pilote.getCurrentUrl())
                .as("Entrée sur une suggestion n'envoie pas le formulaire")
                .isEqualTo(adresse);
    }

    @Test
    void echapFermeLaListeEtEntreeSansSuggestionActiveEnvoieLeFormulaire() {
        ouvrir("/referentiel/communes/recherche?retour=/demandes");
        WebElement champ = pilote.findElement(By.id("q"));
        champ.sendKeys("42100");
        attendre("la liste ouverte", p -> "true".equals(champ.getDomAttribute("aria-expanded")));
        assertThat(pilote.findElement(By.cssSelector("[role=option]")).getText())
                .isEqualTo("Saint-Étienne (42100)");

        champ.sendKeys(Keys.ESCAPE);
        assertThat(champ.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(champ.getDomProperty("value")).isEqualTo("42100");

        champ.sendKeys(Keys.ENTER);
        attendre("la page de résultats", p -> p.getCurrentUrl().contains("q=42100"));
        attendre("les résultats", p -> !p.findElements(By.id("resultats")).isEmpty());
        assertThat(pilote.findElements(By.cssSelector("#page ul a")))
                .extracting(WebElement::getText)
                .contains("Saint-Étienne (42100) — Loire (42)");
    }

    @Test
    void entreeListeOuverteSansSuggestionActiveFermeLaListeSansEnvoyerLeFormulaire() {
        ouvrir("/referentiel/communes/recherche?retour=/demandes");
        WebElement champ = pilote.findElement(By.id("q"));
        champ.sendKeys("42100");
        attendre("la liste ouverte", p -> "true".equals(champ.getDomAttribute("aria-expanded")));
        assertThat(champ.getDomAttribute("aria-activedescendant")).isNull();
        // un rechargement de la page effacerait cette marque
        js("window.pageNonRechargee = true");
        String adresse = pilote.getCurrentUrl();

        champ.sendKeys(Keys.ENTER);

        // le temps qu'un envoi du formulaire, s'il avait lieu, charge la page de résultats
        pause(Duration.ofMillis(500));
        assertThat(js("return window.pageNonRechargee === true"))
                .as("Entrée ferme la liste sans envoyer le formulaire")
                .isEqualTo(true);
        assertThat(pilote.getCurrentUrl()).isEqualTo(adresse);
        assertThat(champ.getDomAttribute("aria-expanded"))
                .as("la liste est fermée")
                .isEqualTo("false");
        assertThat(champ.getDomProperty("value")).as("la saisie est gardée").isEqualTo("42100");
        assertThat(js("return document.activeElement.id"))
                .as("le focus reste dans le champ")
                .isEqualTo("q");

        // la liste fermée, Entrée envoie le formulaire comme d'habitude
        champ.sendKeys(Keys.ENTER);
        attendre("la page de résultats", p -> p.getCurrentUrl().contains("q=42100"));
    }

    @Test
    void laSuggestionActiveResteVisibleQuandOnParcourtLaListeAuClavier() {
        // une fenêtre basse : la liste déroulante dépasse le bas de l'écran
        pilote.manage().window().setSize(new Dimension(1280, 560));
        ouvrir("/referentiel/communes/recherche?retour=/demandes");
        WebElement champ = pilote.findElement(By.id("q"));
        champ.sendKeys("saint");
        attendre("la liste ouverte", p -> "true".equals(champ.getDomAttribute("aria-expanded")));
        WebElement liste = pilote.findElement(By.id(champ.getDomAttribute("aria-controls")));
        int nombre = liste.findElements(By.cssSelector("[role=option]")).size();
        assertThat(nombre)
                .as("assez de suggestions pour faire défiler la liste")
                .isGreaterThan(10);

        for (int rang = 0; rang < nombre; rang++) {
            champ.sendKeys(Keys.ARROW_DOWN);
            suggestionActiveVisible(champ, liste, "flèche bas, suggestion " + (rang + 1));
        }
        // retour en tête, puis en queue de liste par la flèche haut
        champ.sendKeys(Keys.ARROW_DOWN);
        suggestionActiveVisible(champ, liste, "retour à la première suggestion");
        champ.sendKeys(Keys.ARROW_UP);
        suggestionActiveVisible(champ, liste, "flèche haut depuis la première : la dernière");
    }

    /** La suggestion désignée par aria-activedescendant se voit : dans la partie visible de la liste et de la fenêtre. */
    private void suggestionActiveVisible(WebElement champ, WebElement liste, String etape) {
        String active = champ.getDomAttribute("aria-activedescendant");
        assertThat(active).as(etape).isNotNull();
        Object dehors = js("""
                var option = document.getElementById(arguments[0]).getBoundingClientRect();
                var liste = arguments[1].getBoundingClientRect();
                var fautes = [];
                if (option.top < liste.top - 1 || option.bottom > liste.bottom + 1) {
                  fautes.push('hors de la liste (' + Math.round(option.top) + '–' + Math.round(option.bottom)
                      + ' pour ' + Math.round(liste.top) + '–' + Math.round(liste.bottom) + ')');
                }
                if (option.top < -1 || option.bottom > window.innerHeight + 1) {
                  fautes.push('hors de la fenêtre (' + Math.round(option.top) + '–' + Math.round(option.bottom)
                      + ' pour 0–' + window.innerHeight + ')');
                }
                return fautes.join(', ');
                """, active, liste);
        assertThat(String.valueOf(dehors))
                .as("%s : suggestion active visible", etape)
                .isEmpty();
    }

    private static void pause(Duration duree) {
        try {
            Thread.sleep(duree.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void laSourisChoisitAussiEtLaPageOuverteResteAccessible() {
        ouvrir("/referentiel/communes/recherche?retour=/demandes");
        WebElement champ = pilote.findElement(By.id("q"));
        champ.sendKeys("ajacc");
        attendre("la liste ouverte", p -> "true".equals(champ.getDomAttribute("aria-expanded")));

        List<String> violations = violationsAxe();
        assertThat(violations).as("violations WCAG 2.1 A/AA, liste ouverte").isEmpty();

        pilote.findElements(By.cssSelector("[role=option]")).get(0).click();
        assertThat(champ.getDomProperty("value")).isEqualTo("Ajaccio (20000)");
        assertThat(champ.getDomAttribute("aria-expanded")).isEqualTo("false");
    }

    private void ouvrir(String chemin) {
        pilote.get("http://127.0.0.1:" + serveur.getAddress().getPort() + chemin);
        attendre("la page chargée", p -> "complete".equals(js("return document.readyState")));
        attendre(
                "le script démarré",
                p -> "combobox".equals(p.findElement(By.id("q")).getDomAttribute("role")));
    }

    /** Les pages et le JSON viennent de l'application (un usager connecté, en attendant l'accès public), le reste du classpath. */
    private void servir(HttpExchange echange) throws IOException {
        try {
            String chemin = echange.getRequestURI().getRawPath();
            String requete = echange.getRequestURI().getRawQuery();
            if (chemin.startsWith("/referentiel/")) {
                MockHttpServletResponse reponse = mvc.perform(
                                get(java.net.URI.create(chemin + (requete == null ? "" : "?" + requete)))
                                        .with(user("test.navigateur").roles("USAGER")))
                        .andReturn()
                        .getResponse();
                byte[] corps = reponse.getContentAsByteArray();
                echange.getResponseHeaders().set("Content-Type", String.valueOf(reponse.getContentType()));
                echange.sendResponseHeaders(reponse.getStatus(), corps.length == 0 ? -1 : corps.length);
                echange.getResponseBody().write(corps);
                return;
            }
            // les pages désignent les ressources par l'empreinte de leur contenu (/js/autocompletion-<md5>.js)
            var ressource = new ClassPathResource("static" + chemin.replaceFirst("-[0-9a-f]{32}(\\.[a-z0-9]+)$", "$1"));
            if (chemin.contains("..") || !ressource.exists() || !ressource.isReadable()) {
                echange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] corps;
            try (InputStream flux = ressource.getInputStream()) {
                corps = flux.readAllBytes();
            }
            echange.getResponseHeaders().set("Content-Type", type(chemin));
            echange.sendResponseHeaders(200, corps.length);
            echange.getResponseBody().write(corps);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        } finally {
            echange.close();
        }
    }

    private static String type(String chemin) {
        if (chemin.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (chemin.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (chemin.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (chemin.endsWith(".woff2")) {
            return "font/woff2";
        }
        if (chemin.endsWith(".woff")) {
            return "font/woff";
        }
        return "application/octet-stream";
    }

    private String texte(By selecteur) {
        return String.valueOf(js("return arguments[0].textContent", pilote.findElement(selecteur)));
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) pilote).executeScript(script, arguments);
    }

    private void attendre(String quoi, Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(pilote, ATTENTE).withMessage("attendu : " + quoi).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Délai dépassé en attendant " + quoi + " sur " + pilote.getCurrentUrl(), e);
        }
    }

    private List<String> violationsAxe() {
        String axe;
        try (InputStream flux = new ClassPathResource("axe/axe.min.js").getInputStream()) {
            axe = new String(flux.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        js(axe);
        Object resultat = ((JavascriptExecutor) pilote).executeAsyncScript("""
                var fini = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                  .then(function (r) {
                    fini(r.violations.map(function (v) {
                      return v.id + ' : ' + v.help + ' ' + v.nodes.map(function (n) { return n.html; }).join(' | ');
                    }));
                  })
                  .catch(function (e) { fini(['axe a échoué : ' + e]); });
                """);
        var violations = new ArrayList<String>();
        for (Object violation : (List<?>) resultat) {
            violations.add(String.valueOf(violation));
        }
        return violations;
    }
}
