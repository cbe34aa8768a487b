package fr.predemande.parcours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.predemande.support.ApplicationEnTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Le socle des parcours dans un vrai navigateur : l'application entière sur un port libre avec GreenMail
 * ({@link ApplicationEnTest}), un Chromium sans écran ({@link Navigateur}) ouvert pour tout le parcours, le contrôle
 * axe-core (WCAG 2.1 A et AA, aucune règle écartée) de chaque page vérifiée, et les gestes communs (se connecter, se
 * déconnecter, suivre un lien de l'en-tête).
 *
 * <h2>Un parcours = une classe, une étape = une méthode</h2>
 * Les méthodes {@code @Test} d'un parcours sont ses étapes, jouées dans l'ordre de leur {@link Order @Order} sur une
 * seule instance de la classe ({@link TestInstance.Lifecycle#PER_CLASS}) : elles partagent le navigateur (la session
 * de l'usager, la page affichée) et les champs de la classe (identifiant, adresse de la pré-demande, numéro…).
 * <ul>
 *   <li>Chaque étape dit d'où elle part : soit elle navigue elle-même (adresse ouverte, lien ou bouton nommé), soit
 *   elle commence par vérifier la page où l'a laissée l'action qui termine l'étape précédente ({@link #page}). Une
 *   étape ne suppose rien d'autre : un changement de navigation de l'application ne touche que l'étape qui la fait.</li>
 *   <li>Quand une étape échoue (assertion, délai dépassé…), les suivantes ne s'exécutent pas : elles sont
 *   <em>ignorées</em> (hypothèse JUnit non satisfaite) avec le nom de l'étape en cause, au lieu d'échouer à leur tour
 *   sur une page qui n'est pas la bonne. Le rapport montre donc une étape en échec, la cause, et la suite ignorée.</li>
 *   <li>Les fautes d'accessibilité font échouer l'étape qui a affiché la page fautive (à la fin de l'étape, avec la
 *   liste des fautes) mais n'interrompent pas le parcours : la page était la bonne, les étapes suivantes ont un sens et
 *   un seul passage relève les fautes de tout le parcours.</li>
 *   <li>Le bilan, dernière étape commune à tous les parcours, vérifie qu'assez de pages ont été contrôlées (un parcours
 *   raccourci par mégarde ne passe pas inaperçu) et récapitule les fautes de tout le parcours.</li>
 * </ul>
 * Une étape ne se lance pas seule : elle a besoin de celles qui la précèdent (lancer la classe entière).
 *
 * <h2>Écrire un parcours</h2>
 * Étendre cette classe, donner au constructeur le préfixe des captures d'écran et le nombre minimal de pages
 * contrôlées, écrire les étapes {@code @Test @Order(n) void etapeNN_ceQueFaitLUsager()}, et faire passer chaque page
 * affichée par {@link #page} (ou {@link #controler} pour un état de la page sans changement d'adresse). Les parcours de
 * la mairie (agents avec un second facteur, sous {@code /mairie}) s'écrivent de même : {@link #seConnecter} remplit et
 * envoie le formulaire d'identifiant et de mot de passe de la page affichée, l'étape suivante vérifie la page du second
 * facteur.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(ParcoursEnNavigateur.EtapesEnchainees.class)
abstract class ParcoursEnNavigateur extends ApplicationEnTest {

    /** Ce qui suit le titre de chaque page dans le titre du document. */
    static final String SUFFIXE_DU_TITRE = " — Prédemande";

    /** Une page (ou un état d'une page) contrôlée : ses violations axe, et ses textes coupés ; vide si conforme. */
    private record Controle(String etape, String page, List<String> fautes) {}

    private final String prefixeDesCaptures;
    private final int pagesControleesAuMoins;

    protected Navigateur navigateur;
    /** Les pages contrôlées, dans l'ordre du parcours. */
    private final List<Controle> controles = new ArrayList<>();

    private final Set<String> pagesVues = new HashSet<>();
    private boolean axeEprouve;
    private String etapeEnCours;
    private int controlesAvantLEtape;
    /** L'étape qui a échoué et interrompu le parcours ; {@code null} tant que tout va bien. */
    private String etapeEchouee;

    /**
     * @param prefixeDesCaptures début du nom des captures d'écran de ce parcours (dans {@code target/parcours})
     * @param pagesControleesAuMoins nombre de pages que le bilan exige d'avoir contrôlées
     */
    protected ParcoursEnNavigateur(String prefixeDesCaptures, int pagesControleesAuMoins) {
        this.prefixeDesCaptures = prefixeDesCaptures;
        this.pagesControleesAuMoins = pagesControleesAuMoins;
    }

    /**
     * Contrôler aussi, sur chaque page, les textes de boutons coupés et les tableaux qui débordent
     * ({@link Navigateur#debordements()}), que axe-core ne voit pas. Oui par défaut.
     */
    protected boolean controlerAussiLesDebordements() {
        return true;
    }

    /**
     * Les arguments de Chromium propres au parcours (par exemple une caméra simulée) ; aucun par défaut. Appelé avant le
     * démarrage du navigateur, l'application déjà prête : un parcours peut y préparer ce que Chromium lit au démarrage.
     */
    protected List<String> argumentsDeChromium() throws Exception {
        return List.of();
    }

    @BeforeAll
    void ouvrirLeNavigateur() throws Exception {
        Navigateur.viderLesCaptures(prefixeDesCaptures);
        navigateur = Navigateur.demarrer(argumentsDeChromium());
    }

    @AfterAll
    void fermerLeNavigateur() {
        if (navigateur != null) {
            navigateur.capture(prefixeDesCaptures + "derniere-page");
            navigateur.close();
        }
    }

    @BeforeEach
    void lEtapePrecedenteAReussi(TestInfo etape) {
        etapeEnCours =
                etape.getTestMethod().map(java.lang.reflect.Method::getName).orElse(etape.getDisplayName());
        controlesAvantLEtape = controles.size();
        assumeTrue(etapeEchouee == null, () -> "parcours interrompu : l'étape « " + etapeEchouee + " » a échoué");
    }

    /** Les pages contrôlées pendant l'étape : leur bilan à la console, et l'étape échoue si l'une a une faute. */
    @AfterEach
    void aucuneFauteSurLesPagesDeLEtape() {
        List<Controle> deLEtape = controles.subList(controlesAvantLEtape, controles.size());
        deLEtape.forEach(c -> System.out.println("axe-core — " + c.page() + " : "
                + (c.fautes().isEmpty()
                        ? "aucune violation"
                        : c.fautes().size() + " violation(s)\n" + String.join("\n", c.fautes()))));
        List<String> fautives = fautives(deLEtape, false);
        if (!fautives.isEmpty()) {
            fail(libelleDesControles() + " : fautes sur " + fautives.size() + " des " + deLEtape.size()
                    + " pages de l'étape " + etapeEnCours + "\n\n" + String.join("\n\n", fautives) + "\n");
        }
    }

    /** Dernière étape de tout parcours : assez de pages contrôlées, et aucune faute sur aucune. */
    @Test
    @Order(Integer.MAX_VALUE)
    void bilan_chaquePageDuParcoursEstControleeEtAccessible() {
        assertThat(controles).as("pages contrôlées par axe-core").hasSizeGreaterThanOrEqualTo(pagesControleesAuMoins);
        List<String> fautives = fautives(controles, true);
        if (!fautives.isEmpty()) {
            fail(libelleDesControles() + " : fautes sur " + fautives.size() + " des " + controles.size()
                    + " pages du parcours\n\n" + String.join("\n\n", fautives) + "\n");
        }
    }

    private String libelleDesControles() {
        return controlerAussiLesDebordements()
                ? "axe-core (WCAG 2.1 A/AA) et textes coupés"
                : "axe-core (WCAG 2.1 A/AA)";
    }

    /** Une entrée par page fautive : son nom (et l'étape qui l'a affichée), puis ses fautes. */
    private static List<String> fautives(List<Controle> controles, boolean avecLEtape) {
        List<String> fautives = new ArrayList<>();
        for (Controle c : controles) {
            if (!c.fautes().isEmpty()) {
                fautives.add("Page « " + c.page() + " »" + (avecLEtape ? " (" + c.etape() + ")" : "") + " : "
                        + c.fautes().size() + " violation(s)\n" + String.join("\n", c.fautes()));
            }
        }
        return fautives;
    }

    /** Vérifie la page affichée (adresse, titre, titre du document) et la fait contrôler par axe-core. */
    protected void page(String nom, String chemin, String titre) {
        navigateur.attendreLaPage();
        String adresse = navigateur.chemin();
        List<WebElement> titres = navigateur.elements(By.tagName("h1"));
        String affiche = (chemin.contains("?") ? adresse : adresse.replaceFirst("\\?.*", "")) + " « "
                + (titres.isEmpty() ? "(pas de h1)" : titres.get(0).getText()) + " »";
        assertThat(affiche).as("page « %s » (adresse et titre h1)", nom).isEqualTo(chemin + " « " + titre + " »");
        assertThat(titres).as("un seul titre h1 sur la page « %s »", nom).hasSize(1);
        assertThat(navigateur.pilote().getTitle())
                .as("titre du document « %s »", nom)
                .isEqualTo(titreDuDocument(titre));
        controler(nom);
    }

    /** Le titre du document : celui de la page, précédé de « Erreur : » quand elle montre un résumé d'erreurs. */
    protected String titreDuDocument(String titre) {
        boolean enErreur = !navigateur.elements(By.id("resume-erreurs")).isEmpty();
        return (enErreur ? "Erreur : " : "") + titre + SUFFIXE_DU_TITRE;
    }

    /**
     * Fait contrôler la page affichée par axe-core (et, selon le parcours, les textes coupés), en garde une capture
     * d'écran. La toute première fois, vérifie aussi qu'axe-core voit bien une faute posée exprès.
     */
    protected void controler(String nom) {
        if (!pagesVues.add(nom)) {
            throw new AssertionError("Page « " + nom + " » déjà contrôlée : chaque page du parcours a un nom à elle");
        }
        List<String> fautes = new ArrayList<>(navigateur.violationsAxe());
        if (controlerAussiLesDebordements()) {
            fautes.addAll(navigateur.debordements());
        }
        navigateur.capture(String.format(
                "%s%02d-%s", prefixeDesCaptures, controles.size() + 1, nom.replaceAll("[^\\p{L}\\p{N}]+", "-")));
        controles.add(new Controle(etapeEnCours, nom, fautes));
        if (!axeEprouve) {
            navigateur.verifierQueAxeDetecteUneFaute();
            axeEprouve = true;
        }
    }

    /** Remplit le formulaire de connexion de la page affichée et l'envoie ; la page d'arrivée reste à vérifier. */
    protected void seConnecter(String identifiant, String motDePasse) {
        navigateur.saisir("identifiant", identifiant);
        navigateur.saisir("motDePasse", motDePasse);
        navigateur.cliquerEtAttendre(boutonEnvoyer());
    }

    /** Le bouton « Se déconnecter » de l'en-tête (un formulaire POST) ; la page d'arrivée reste à vérifier. */
    protected void seDeconnecter() {
        navigateur.cliquerEtAttendre(
                navigateur.element(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
    }

    /** Suit le lien de l'en-tête qui porte ce libellé ; la page d'arrivée reste à vérifier. */
    protected void lienDeLEnTete(String libelle) {
        navigateur.cliquerEtAttendre(navigateur.element(By.xpath("//header//a[normalize-space()='" + libelle + "']")));
    }

    /** Le bouton d'envoi du formulaire de la page. */
    protected WebElement boutonEnvoyer() {
        return navigateur.element(By.cssSelector("#contenu form button[type=submit]"));
    }

    /** Le texte du message de succès de la page. */
    protected String alerteDeSucces() {
        return navigateur.element(By.cssSelector("#contenu .fr-alert--success")).getText();
    }

    /** L'{@code id} de l'élément qui a le focus. */
    protected Object idDuFocus() {
        return navigateur.js("return document.activeElement && document.activeElement.id");
    }

    protected String texteDeLaPage() {
        return navigateur.element(By.id("contenu")).getText();
    }

    protected static String sujet(MimeMessage courriel) {
        try {
            return courriel.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Retient l'étape dont le code a échoué, pour que les suivantes soient ignorées (voir
     * {@link #lEtapePrecedenteAReussi}). Seules les erreurs de l'étape elle-même comptent : une faute d'accessibilité,
     * relevée après l'étape, ne l'interrompt pas.
     */
    static final class EtapesEnchainees implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext contexte, Throwable erreur) throws Throwable {
            if (contexte.getTestInstance().orElse(null) instanceof ParcoursEnNavigateur parcours) {
                parcours.etapeEchouee = contexte.getRequiredTestMethod().getName();
            }
            throw erreur;
        }
    }
}
