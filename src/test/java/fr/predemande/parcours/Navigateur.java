package fr.predemande.parcours;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Un vrai Chromium sans écran piloté par chromedriver, tous deux pris du système (paquets Debian) : Selenium Manager
 * ne télécharge jamais rien. Chaque page visitée peut être contrôlée par axe-core (WCAG 2.1 A et AA).
 */
final class Navigateur implements AutoCloseable {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Les critères contrôlés : WCAG 2.0 et 2.1, niveaux A et AA. */
    static final List<String> REGLES_WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Règles axe écartées, avec la raison. Vide : toute violation fait échouer le parcours ; écarter une règle doit
     * rester l'exception, justifiée ici, plutôt que corriger le balisage.
     */
    static final List<String> REGLES_ECARTEES = List.of();

    private static final Duration ATTENTE = Duration.ofSeconds(20);

    private final WebDriver pilote;
    private final Path profil;
    private final String axe;
    private final Path telechargements;

    private Navigateur(WebDriver pilote, Path profil, String axe, Path telechargements) {
        this.pilote = pilote;
        this.profil = profil;
        this.axe = axe;
        this.telechargements = telechargements;
    }

    static Navigateur demarrer() {
        return demarrer(List.of());
    }

    /**
     * @param argumentsEnPlus des arguments de Chromium propres à un parcours (une caméra simulée, par exemple), ajoutés
     *     à ceux de tous les parcours
     */
    static Navigateur demarrer(List<String> argumentsEnPlus) {
        if (!Files.isExecutable(CHROMEDRIVER)) {
            throw new AssertionError(
                    CHROMEDRIVER + " est introuvable ou non exécutable : le parcours navigateur en a besoin"
                            + " (paquet Debian « chromium-driver », qui amène aussi « chromium »).");
        }
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError(
                    CHROMIUM + " est introuvable ou non exécutable : installez le paquet Debian « chromium ».");
        }
        String axe = ressource("axe/axe.min.js");
        Path profil;
        Path telechargements;
        try {
            profil = Files.createTempDirectory("predemande-chromium-");
            telechargements = Files.createDirectories(profil.resolve("telechargements"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // les fichiers téléchargés vont, sans question, dans un dossier du profil temporaire
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                                telechargements.toAbsolutePath().toString(),
                        "download.prompt_for_download", false,
                        "download.directory_upgrade", true));
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
        options.addArguments(argumentsEnPlus);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        WebDriver pilote = new ChromeDriver(service, options);
        pilote.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        pilote.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Navigateur(pilote, profil, axe, telechargements);
    }

    WebDriver pilote() {
        return pilote;
    }

    /** Ouvre une adresse et attend que la page et le DSFR soient prêts. */
    void ouvrir(String adresse) {
        pilote.get(adresse);
        attendreLaPage();
    }

    /** Attend la fin du chargement et le démarrage du JavaScript du DSFR (qui complète le balisage). */
    void attendreLaPage() {
        attendre("la page chargée", p -> "complete".equals(js("return document.readyState")));
        attendre(
                "le DSFR démarré",
                p -> Boolean.TRUE.equals(js("return document.documentElement.getAttribute('data-fr-js') === 'true'")));
    }

    /** Clique (lien ou bouton d'envoi) et attend la page suivante. */
    void cliquerEtAttendre(WebElement cible) {
        WebElement page = pilote.findElement(By.tagName("html"));
        cible.click();
        attendre("la page suivante", p -> estPerime(page));
        attendreLaPage();
    }

    static boolean estPerime(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            // la page change pendant la question : Chromium répond parfois « Node with given id does not belong to
            // the document » au lieu de « stale element » (vu quand les ressources viennent du cache)
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Clique un lien de téléchargement (la page reste affichée) et attend le fichier reçu par Chromium : le nouveau
     * fichier du dossier de téléchargement, complet (plus de « .crdownload ») et de taille stable.
     */
    Path telecharger(WebElement lien) {
        java.util.Set<Path> avant = fichiersTelecharges();
        lien.click();
        Path[] recu = new Path[1];
        attendre("le fichier téléchargé", p -> {
            var nouveaux = fichiersTelecharges().stream()
                    .filter(f -> !avant.contains(f))
                    .toList();
            if (nouveaux.size() != 1 || nouveaux.get(0).getFileName().toString().endsWith(".crdownload")) {
                return false;
            }
            try {
                long taille = Files.size(nouveaux.get(0));
                Thread.sleep(200);
                if (taille == 0 || taille != Files.size(nouveaux.get(0))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            recu[0] = nouveaux.get(0);
            return true;
        });
        return recu[0];
    }

    private java.util.Set<Path> fichiersTelecharges() {
        try (Stream<Path> fichiers = Files.list(telechargements)) {
            return fichiers.collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String chemin() {
        return (String) js("return location.pathname + location.search");
    }

    WebElement element(By selecteur) {
        return pilote.findElement(selecteur);
    }

    List<WebElement> elements(By selecteur) {
        return pilote.findElements(selecteur);
    }

    /** Remplace le contenu d'un champ par ce que tape l'usager. */
    void saisir(String id, String valeur) {
        WebElement champ = pilote.findElement(By.id(id));
        champ.clear();
        champ.sendKeys(valeur);
    }

    String valeur(String id) {
        return pilote.findElement(By.id(id)).getDomProperty("value");
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) pilote).executeScript(script, arguments);
    }

    void attendre(String quoi, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            new WebDriverWait(pilote, ATTENTE).withMessage("attendu : " + quoi).until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Délai dépassé en attendant " + quoi + " sur " + pilote.getCurrentUrl(), e);
        }
    }

    /**
     * Lance axe-core sur la page affichée et renvoie ses violations WCAG 2.1 A/AA, une par ligne lisible (règle, aide,
     * éléments fautifs). L'injection passe par le protocole du pilote : la politique de contenu de la page (scripts du
     * seul domaine) ne la bloque pas.
     */
    List<String> violationsAxe() {
        Object present = js("return typeof window.axe === 'object'");
        if (!Boolean.TRUE.equals(present)) {
            js(axe);
        }
        Object resultat = ((JavascriptExecutor) pilote).executeAsyncScript("""
                var fini = arguments[arguments.length - 1];
                var options = {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']};
                if (arguments[1].length) {
                  options.rules = {};
                  arguments[1].forEach(function (regle) { options.rules[regle] = {enabled: false}; });
                }
                axe.run(document, options).then(function (resultats) {
                  fini(resultats.violations.map(function (v) {
                    return {id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.map(function (n) {
                      return {target: JSON.stringify(n.target), html: n.html, resume: n.failureSummary || ''};
                    })};
                  }));
                }).catch(function (e) { fini('axe a échoué : ' + e); });
                """, REGLES_WCAG, REGLES_ECARTEES);
        if (resultat instanceof String erreur) {
            throw new AssertionError(erreur);
        }
        List<String> violations = new ArrayList<>();
        for (Object element : (List<?>) resultat) {
            Map<?, ?> violation = (Map<?, ?>) element;
            var ligne = new StringBuilder()
                    .append("- ")
                    .append(violation.get("id"))
                    .append(" (")
                    .append(violation.get("impact"))
                    .append(") : ")
                    .append(violation.get("help"));
            for (Object n : (List<?>) violation.get("nodes")) {
                Map<?, ?> noeud = (Map<?, ?>) n;
                ligne.append("\n    ").append(noeud.get("target")).append("  ").append(noeud.get("html"));
                String resume = String.valueOf(noeud.get("resume")).replace("\n", "\n      ");
                if (!resume.isBlank()) {
                    ligne.append("\n      ").append(resume);
                }
            }
            violations.add(ligne.toString());
        }
        return violations;
    }

    /**
     * Ce qu'axe-core ne voit pas : du texte visible coupé ou repoussé hors de la vue. Un bouton du DSFR dont le texte
     * déborde (un bouton à icône dans un groupe sans {@code fr-btns-group--icon-left} n'affiche que son icône) et un
     * tableau plus large que la page (cellules du DSFR sans retour à la ligne : les liens « Modifier » partent dans un
     * défilement horizontal). Une ligne par élément fautif ; seuls les éléments affichés comptent.
     */
    List<String> debordements() {
        Object resultat = js("""
                var fautes = [];
                function visible(e) { return e.offsetParent !== null && e.getClientRects().length > 0; }
                function decrire(e) { return e.outerHTML.substring(0, 160).replace(/\\s+/g, ' '); }
                document.querySelectorAll('#contenu .fr-btn').forEach(function (b) {
                  if (visible(b) && b.textContent.trim() && b.scrollWidth > b.clientWidth + 1) {
                    fautes.push('- bouton au texte coupé (' + b.clientWidth + ' px affichés sur ' + b.scrollWidth + ') : ' + decrire(b));
                  }
                });
                document.querySelectorAll('#contenu .fr-table__content').forEach(function (t) {
                  if (visible(t) && t.scrollWidth > t.clientWidth + 1) {
                    fautes.push('- tableau plus large que la page (' + t.scrollWidth + ' px pour ' + t.clientWidth
                        + ' affichés) : ' + decrire(t.querySelector('caption') || t));
                  }
                });
                return fautes;
                """);
        List<String> fautes = new ArrayList<>();
        for (Object faute : (List<?>) resultat) {
            fautes.add(String.valueOf(faute));
        }
        return fautes;
    }

    /**
     * Garde-fou : axe-core doit voir une faute qu'on vient de poser (une image sans texte alternatif), sinon un contrôle
     * muet (script non injecté, étiquettes de règles mal écrites) laisserait passer n'importe quelle page.
     */
    void verifierQueAxeDetecteUneFaute() {
        js(
                "var i = document.createElement('img'); i.id = 'faute-temoin-axe'; i.src = 'data:image/gif;base64,"
                        + "R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='; document.getElementById('contenu').appendChild(i);");
        try {
            List<String> violations = violationsAxe();
            if (violations.stream().noneMatch(v -> v.startsWith("- image-alt ") && v.contains("faute-temoin-axe"))) {
                throw new AssertionError("axe-core n'a pas signalé l'image témoin sans texte alternatif : le contrôle"
                        + " d'accessibilité ne fonctionne pas. Violations rapportées : " + violations);
            }
        } finally {
            js("var i = document.getElementById('faute-temoin-axe'); if (i) { i.remove(); }");
        }
    }

    /** Une capture d'écran de la page entière (target/parcours/…), pour relire le parcours ou comprendre un échec. */
    Path capture(String nom) {
        try {
            Path dossier = Files.createDirectories(Path.of("target", "parcours"));
            Path fichier = dossier.resolve(nom + ".png");
            var chrome = (ChromeDriver) pilote;
            Object hauteur = js("return Math.ceil(document.documentElement.scrollHeight)");
            Object largeur = js("return Math.ceil(document.documentElement.clientWidth)");
            Map<String, Object> image = chrome.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", largeur, "height", hauteur, "scale", 1)));
            Files.write(fichier, java.util.Base64.getDecoder().decode((String) image.get("data")));
            return fichier;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Efface les captures d'un parcours précédent (celles dont le nom commence par {@code prefixe}). */
    static void viderLesCaptures(String prefixe) throws IOException {
        Path dossier = Path.of("target", "parcours");
        if (Files.isDirectory(dossier)) {
            try (Stream<Path> fichiers = Files.list(dossier)) {
                for (Path fichier : fichiers.filter(
                                f -> f.getFileName().toString().startsWith(prefixe))
                        .toList()) {
                    Files.deleteIfExists(fichier);
                }
            }
        }
    }

    String source() {
        return pilote.getPageSource();
    }

    @Override
    public void close() {
        try {
            pilote.quit();
        } finally {
            supprimer(profil);
        }
    }

    private static void supprimer(Path dossier) {
        try (Stream<Path> fichiers = Files.walk(dossier)) {
            fichiers.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // un profil temporaire oublié n'est pas une erreur du parcours
        }
    }

    private static String ressource(String chemin) {
        try (InputStream flux = Navigateur.class.getClassLoader().getResourceAsStream(chemin)) {
            if (flux == null) {
                throw new AssertionError(
                        "Ressource de test " + chemin + " absente : le build Maven la copie depuis"
                                + " node_modules/axe-core (lancez « mvn process-test-resources », sans -Dnpm.skip la première fois).");
            }
            return new String(flux.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
