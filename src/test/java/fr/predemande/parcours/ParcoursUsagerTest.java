package fr.predemande.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Le parcours d'un usager dans un vrai navigateur, de la création du compte à la reconnexion, avec le contrôle
 * automatique d'accessibilité (axe-core, WCAG 2.1 A et AA) de chaque page rencontrée : aucune violation admise.
 */
class ParcoursUsagerTest extends ApplicationEnTest {

    private static final String MOT_DE_PASSE_CHOISI = "voilier-cerise-tonnerre-83";
    private static final String TELEPHONE_INVALIDE = "06 12 34";
    private static final String TELEPHONE = "06 12 34 56 78";
    private static final String NOUVEAU_TELEPHONE = "07 98 76 54 32";

    private Navigateur navigateur;
    /** Page contrôlée → violations axe (liste vide si la page est conforme), dans l'ordre du parcours. */
    private final Map<String, List<String>> controles = new LinkedHashMap<>();

    @BeforeEach
    void ouvrirLeNavigateur() throws java.io.IOException {
        Navigateur.viderLesCaptures();
        navigateur = Navigateur.demarrer();
    }

    @AfterEach
    void fermerLeNavigateur() {
        controles.forEach((page, violations) -> System.out.println("axe-core — " + page + " : "
                + (violations.isEmpty() ? "aucune violation" : violations.size() + " violation(s)\n" + String.join("\n", violations))));
        if (navigateur != null) {
            navigateur.capture("derniere-page");
            navigateur.close();
        }
    }

    @Test
    void unUsagerCreeSonCompteLActiveSeConnecteEtChangeSonTelephone() {
        String suffixe = UUID.randomUUID().toString().substring(0, 8);
        String identifiant = "usager." + suffixe;
        String courriel = "usager-" + suffixe + "@exemple.fr";

        // 1. Accueil, puis création du compte
        navigateur.ouvrir(url("/"));
        page("accueil", "/", "Préparer sa demande de passeport ou de carte d’identité");
        navigateur.verifierQueAxeDetecteUneFaute();

        navigateur.cliquerEtAttendre(navigateur.element(By.cssSelector("#contenu a[href='/compte/inscription']")));
        page("inscription", "/compte/inscription", "Créer un compte");

        // un envoi à vide : chaque champ signale son erreur, et le résumé les reprend dans l'ordre de la page
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("inscription envoyée vide", "/compte/inscription", "Créer un compte");
        List<String> cibles = navigateur.elements(By.cssSelector("#resume-erreurs a")).stream()
                .map(lien -> lien.getDomAttribute("href"))
                .toList();
        assertThat(cibles).containsExactly("#identifiant", "#sexe", "#nom", "#prenoms", "#courriel", "#telephone",
                "#questionSecrete", "#reponseSecrete", "#cgu", "#altcha");
        for (String cible : cibles) {
            String champ = cible.substring(1);
            assertThat(navigateur.elements(By.cssSelector("#" + champ + "-messages .fr-message--error")))
                    .as("message d'erreur à côté du champ %s", champ).hasSize(1);
        }
        // le lien du résumé vers le code de sécurité mène à sa case à cocher
        navigateur.element(By.cssSelector("#resume-erreurs a[href='#altcha']")).click();
        assertThat(navigateur.js("return document.activeElement.matches('altcha-widget input[type=checkbox]')"))
                .as("focus sur la case du code de sécurité").isEqualTo(true);

        navigateur.saisir("identifiant", identifiant);
        navigateur.element(By.cssSelector("label[for='sexe-M']")).click();
        navigateur.saisir("nom", "Dupré");
        navigateur.saisir("prenoms", "Jean, Élie");
        navigateur.saisir("courriel", courriel);
        navigateur.saisir("telephone", TELEPHONE_INVALIDE);
        new Select(navigateur.element(By.id("questionSecrete"))).selectByValue("PREMIER_ANIMAL");
        navigateur.saisir("reponseSecrete", "Médor");
        cocherLesCgu();
        resoudreLeCodeDeSecurite();
        controler("inscription, code de sécurité vérifié");

        // une erreur volontaire : le numéro de téléphone est incomplet
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("inscription avec une erreur", "/compte/inscription", "Créer un compte");
        WebElement resume = navigateur.element(By.id("resume-erreurs"));
        assertThat(resume.getText()).contains("Le formulaire contient des erreurs");
        List<WebElement> liens = resume.findElements(By.tagName("a"));
        assertThat(liens).as("un seul lien d'erreur, vers le téléphone").hasSize(1);
        assertThat(liens.get(0).getDomAttribute("href")).isEqualTo("#telephone");
        assertThat(liens.get(0).getText()).startsWith("Le numéro de téléphone n’est pas valide.");
        assertThat(navigateur.js("return document.activeElement && document.activeElement.id"))
                .as("le résumé des erreurs prend le focus").isEqualTo("resume-erreurs");
        assertThat(navigateur.element(By.cssSelector("#telephone-messages .fr-message--error")).getText())
                .isEqualTo(liens.get(0).getText());
        WebElement champTelephone = navigateur.element(By.id("telephone"));
        assertThat(champTelephone.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(champTelephone.getDomAttribute("aria-describedby")).isEqualTo("telephone-messages");
        assertThat(navigateur.elements(By.cssSelector(".fr-input-group--error #telephone"))).hasSize(1);
        // ce qui a été tapé est gardé
        assertThat(navigateur.valeur("identifiant")).isEqualTo(identifiant);
        assertThat(navigateur.element(By.id("sexe-M")).isSelected()).isTrue();
        assertThat(navigateur.valeur("nom")).isEqualTo("Dupré");
        assertThat(navigateur.valeur("prenoms")).isEqualTo("Jean, Élie");
        assertThat(navigateur.valeur("courriel")).isEqualTo(courriel);
        assertThat(navigateur.valeur("telephone")).isEqualTo(TELEPHONE_INVALIDE);
        assertThat(navigateur.valeur("questionSecrete")).isEqualTo("PREMIER_ANIMAL");
        assertThat(navigateur.valeur("reponseSecrete")).isEqualTo("Médor");
        assertThat(navigateur.element(By.id("cgu")).isSelected()).isTrue();
        // le lien du résumé mène au champ
        liens.get(0).click();
        assertThat(navigateur.js("return document.activeElement && document.activeElement.id")).isEqualTo("telephone");

        // correction, nouveau code de sécurité (chacun ne sert qu'une fois), envoi
        navigateur.saisir("telephone", TELEPHONE);
        resoudreLeCodeDeSecurite();
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("compte créé", "/compte/inscription/confirmation", "Votre compte est créé");
        assertThat(texteDeLaPage()).contains("Votre identifiant est : " + identifiant, courriel);

        // 2. Le courriel d'activation, son lien à usage unique, le choix du mot de passe
        MimeMessage activation = courrielPour(courriel);
        assertThat(sujet(activation)).isEqualTo("Prédemande — activez votre compte");
        String texte = texte(activation);
        assertThat(texte).contains(identifiant, "ne sert qu’une fois");
        String lien = lienDans(activation);
        assertThat(lien).as("lien d'activation du courriel").matches(java.util.regex.Pattern.quote(
                url("/compte/activation?jeton=")) + "[A-Za-z0-9_-]{20,}");
        navigateur.ouvrir(lien);
        page("choix du mot de passe", "/compte/activation", "Choisir votre mot de passe");
        assertThat(texteDeLaPage()).contains("Identifiant : " + identifiant);
        navigateur.saisir("motDePasse", MOT_DE_PASSE_CHOISI);
        navigateur.saisir("confirmation", MOT_DE_PASSE_CHOISI);
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("connexion après activation", "/connexion", "Se connecter");
        assertThat(navigateur.element(By.cssSelector("#contenu .fr-alert--success")).getText())
                .isEqualTo("Votre compte est activé. Vous pouvez maintenant vous connecter.");

        // le lien a servi : il ne sert plus
        navigateur.ouvrir(lien);
        page("lien d'activation déjà utilisé", "/compte/activation", "Ce lien n’est plus valable");
        assertThat(texteDeLaPage()).contains("Ce lien a déjà été utilisé");

        // 3. Connexion → « Mon compte »
        navigateur.ouvrir(url("/connexion"));
        page("connexion", "/connexion", "Se connecter");
        seConnecter(identifiant);
        page("mon compte", "/compte", "Mon compte");
        assertThat(ligne("Identifiant")).isEqualTo(identifiant);
        assertThat(ligne("Sexe")).isEqualTo("Masculin");
        assertThat(ligne("Nom de naissance")).isEqualTo("Dupré");
        assertThat(ligne("Prénom(s)")).isEqualTo("Jean, Élie");
        assertThat(ligne("Adresse électronique")).isEqualTo(courriel);
        assertThat(ligne("Téléphone portable")).isEqualTo(TELEPHONE);

        // 4. Changer de numéro de téléphone
        navigateur.cliquerEtAttendre(navigateur.element(By.linkText("Modifier mes informations")));
        page("modifier mes informations", "/compte/modifier", "Modifier mes informations");
        assertThat(navigateur.valeur("telephone")).isEqualTo(TELEPHONE);
        navigateur.saisir("telephone", NOUVEAU_TELEPHONE);
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("mon compte modifié", "/compte", "Mon compte");
        assertThat(navigateur.element(By.cssSelector("#contenu .fr-alert--success")).getText())
                .isEqualTo("Vos modifications sont enregistrées.");
        assertThat(ligne("Téléphone portable")).isEqualTo(NOUVEAU_TELEPHONE);
        assertThat(ligne("Adresse électronique")).isEqualTo(courriel);

        // 5. Déconnexion par le bouton de l'en-tête (formulaire POST)
        WebElement deconnexion = navigateur.element(By.xpath("//header//button[normalize-space()='Se déconnecter']"));
        navigateur.cliquerEtAttendre(deconnexion);
        page("accueil après déconnexion", "/?deconnexion", "Préparer sa demande de passeport ou de carte d’identité");
        assertThat(navigateur.element(By.cssSelector("#contenu .fr-alert--success")).getText())
                .isEqualTo("Vous êtes déconnecté.");
        navigateur.pilote().get(url("/compte"));
        navigateur.attendreLaPage();
        assertThat(navigateur.chemin()).as("« Mon compte » exige de nouveau une connexion").isEqualTo("/connexion");

        // 6. Nouvelle connexion, depuis l'en-tête
        navigateur.ouvrir(url("/"));
        navigateur.cliquerEtAttendre(navigateur.element(By.xpath("//header//a[normalize-space()='Se connecter']")));
        page("connexion depuis l'en-tête", "/connexion", "Se connecter");
        // une faute de frappe dans le mot de passe : message d'erreur, identifiant gardé, mot de passe effacé
        navigateur.saisir("identifiant", identifiant);
        navigateur.saisir("motDePasse", MOT_DE_PASSE_CHOISI + "x");
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("connexion refusée", "/connexion?erreur", "Se connecter");
        assertThat(navigateur.element(By.id("resume-erreurs")).getText())
                .contains("La connexion a échoué", "Identifiant ou mot de passe incorrect");
        assertThat(navigateur.js("return document.activeElement && document.activeElement.id")).isEqualTo("resume-erreurs");
        assertThat(navigateur.valeur("identifiant")).isEqualTo(identifiant);
        assertThat(navigateur.valeur("motDePasse")).isEmpty();
        seConnecter(identifiant);
        page("mon compte, de nouveau", "/compte", "Mon compte");
        assertThat(ligne("Identifiant")).isEqualTo(identifiant);
        assertThat(ligne("Téléphone portable")).isEqualTo(NOUVEAU_TELEPHONE);

        // Bilan d'accessibilité de tout le parcours
        List<String> fautives = new ArrayList<>();
        controles.forEach((page, violations) -> {
            if (!violations.isEmpty()) {
                fautives.add("Page « " + page + " » : " + violations.size() + " violation(s)\n" + String.join("\n", violations));
            }
        });
        assertThat(controles).as("pages contrôlées par axe-core").hasSizeGreaterThanOrEqualTo(17);
        assertThat(fautives)
                .as("axe-core " + "(WCAG 2.1 A/AA) : violations sur " + fautives.size() + " des " + controles.size()
                        + " pages du parcours\n\n" + String.join("\n\n", fautives) + "\n")
                .isEmpty();
    }

    /** Vérifie la page affichée (adresse, titre, titre du document) et la fait contrôler par axe-core. */
    private void page(String nom, String chemin, String titre) {
        navigateur.attendreLaPage();
        String adresse = navigateur.chemin();
        List<WebElement> titres = navigateur.elements(By.tagName("h1"));
        String affiche = (chemin.contains("?") ? adresse : adresse.replaceFirst("\\?.*", "")) + " « "
                + (titres.isEmpty() ? "(pas de h1)" : titres.get(0).getText()) + " »";
        assertThat(affiche).as("page « %s » (adresse et titre h1)", nom).isEqualTo(chemin + " « " + titre + " »");
        assertThat(titres).as("un seul titre h1 sur la page « %s »", nom).hasSize(1);
        assertThat(navigateur.pilote().getTitle()).as("titre du document « %s »", nom).isEqualTo(titre + " — Prédemande");
        controler(nom);
    }

    private void controler(String nom) {
        List<String> violations = navigateur.violationsAxe();
        navigateur.capture(String.format("%02d-%s", controles.size() + 1, nom.replaceAll("[^\\p{L}\\p{N}]+", "-")));
        controles.put(nom, violations);
    }

    private void cocherLesCgu() {
        WebElement cgu = navigateur.element(By.id("cgu"));
        if (!cgu.isSelected()) {
            cgu.sendKeys(Keys.SPACE);
        }
        assertThat(cgu.isSelected()).as("CGU acceptées").isTrue();
    }

    /** Coche la case du widget ALTCHA et attend la fin de la preuve de travail (calculée dans un worker). */
    private void resoudreLeCodeDeSecurite() {
        navigateur.attendre("le widget du code de sécurité", p -> Boolean.TRUE.equals(navigateur.js(
                "return !!customElements.get('altcha-widget') && !!document.querySelector('altcha-widget input[type=checkbox]')")));
        WebElement caseAltcha = navigateur.element(By.cssSelector("altcha-widget input[type=checkbox]"));
        assertThat(etatDuCodeDeSecurite()).isEqualTo("unverified");
        caseAltcha.click();
        navigateur.attendre("le code de sécurité vérifié", p -> "verified".equals(etatDuCodeDeSecurite()));
        Object reponse = navigateur.js("var r = document.querySelector('altcha-widget input[name=altcha]'); return r && r.value");
        assertThat(reponse).as("réponse du code de sécurité").isInstanceOf(String.class).asString().isNotBlank();
    }

    private String etatDuCodeDeSecurite() {
        return (String) navigateur.js("var w = document.querySelector('altcha-widget .altcha'); return w && w.getAttribute('data-state')");
    }

    private void seConnecter(String identifiant) {
        navigateur.saisir("identifiant", identifiant);
        navigateur.saisir("motDePasse", MOT_DE_PASSE_CHOISI);
        navigateur.cliquerEtAttendre(boutonEnvoyer());
    }

    private WebElement boutonEnvoyer() {
        return navigateur.element(By.cssSelector("#contenu form button[type=submit]"));
    }

    /** La valeur d'une ligne du tableau « Mon compte ». */
    private String ligne(String libelle) {
        return navigateur.element(By.xpath("//table//tr[th[normalize-space()='" + libelle + "']]/td")).getText().trim();
    }

    private static String sujet(MimeMessage courriel) {
        try {
            return courriel.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private String texteDeLaPage() {
        return navigateur.element(By.id("contenu")).getText();
    }
}
