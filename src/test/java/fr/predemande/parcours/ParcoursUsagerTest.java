package fr.predemande.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Le parcours d'un usager dans un vrai navigateur, de la création du compte à la reconnexion, avec le contrôle
 * automatique d'accessibilité (axe-core, WCAG 2.1 A et AA) de chaque page rencontrée : aucune violation admise.
 *
 * <p>Découpé en étapes, une méthode {@code @Test} chacune, jouées dans l'ordre sur le même navigateur (voir
 * {@link ParcoursEnNavigateur}) : le rapport nomme l'étape qui échoue et marque les suivantes « ignorées » plutôt que de
 * les faire échouer en cascade, et chaque étape y a sa durée. Les étapes du formulaire d'inscription se suivent sur la
 * même page ; les autres naviguent par une adresse (lien d'activation, {@code /connexion}) ou un lien ou bouton nommé
 * (« Modifier mes informations », « Se déconnecter », « Se connecter » de l'en-tête).
 */
class ParcoursUsagerTest extends ParcoursEnNavigateur {

    private static final String MOT_DE_PASSE_CHOISI = "voilier-cerise-tonnerre-83";
    private static final String TELEPHONE_INVALIDE = "06 12 34";
    private static final String TELEPHONE = "06 12 34 56 78";
    private static final String NOUVEAU_TELEPHONE = "07 98 76 54 32";

    private final String suffixe = UUID.randomUUID().toString().substring(0, 8);
    private final String identifiant = "usager." + suffixe;
    private final String courriel = "usager-" + suffixe + "@exemple.fr";
    /** Le lien d'activation reçu par courriel. */
    private String lienDActivation;

    ParcoursUsagerTest() {
        super("usager-", 18);
    }

    /** Ce parcours ne contrôle pas les textes coupés (seulement axe-core), comme avant le découpage en étapes. */
    @Override
    protected boolean controlerAussiLesDebordements() {
        return false;
    }

    @Test
    @Order(1)
    void etape01_depuisLAccueilLUsagerOuvreLaCreationDeCompte() {
        navigateur.ouvrir(url("/"));
        page("accueil", "/", "Préparer sa demande de passeport ou de carte d’identité");
        navigateur.cliquerEtAttendre(navigateur.element(By.cssSelector("#contenu a[href='/compte/inscription']")));
        page("inscription", "/compte/inscription", "Créer un compte");
    }

    /** Chaque champ signale son erreur, et le résumé les reprend dans l'ordre de la page. */
    @Test
    @Order(2)
    void etape02_unEnvoiAVideSignaleChaqueChampDansLOrdreDeLaPage() {
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("inscription envoyée vide", "/compte/inscription", "Créer un compte");
        List<String> cibles = navigateur.elements(By.cssSelector("#resume-erreurs a")).stream()
                .map(lien -> lien.getDomAttribute("href"))
                .toList();
        assertThat(cibles)
                .containsExactly(
                        "#identifiant",
                        "#sexe",
                        "#nom",
                        "#prenoms",
                        "#courriel",
                        "#telephone",
                        "#questionSecrete",
                        "#reponseSecrete",
                        "#cgu",
                        "#altcha");
        for (String cible : cibles) {
            String champ = cible.substring(1);
            assertThat(navigateur.elements(By.cssSelector("#" + champ + "-messages .fr-message--error")))
                    .as("message d'erreur à côté du champ %s", champ)
                    .hasSize(1);
        }
        // le lien du résumé vers le code de sécurité mène à sa case à cocher
        navigateur.element(By.cssSelector("#resume-erreurs a[href='#altcha']")).click();
        assertThat(navigateur.js("return document.activeElement.matches('altcha-widget input[type=checkbox]')"))
                .as("focus sur la case du code de sécurité")
                .isEqualTo(true);
    }

    /** Une erreur volontaire : le numéro de téléphone est incomplet ; ce qui a été tapé est gardé. */
    @Test
    @Order(3)
    void etape03_unTelephoneIncompletEstSignaleEtLesAutresReponsesSontGardees() {
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

        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("inscription avec une erreur", "/compte/inscription", "Créer un compte");
        WebElement resume = navigateur.element(By.id("resume-erreurs"));
        assertThat(resume.getText()).contains("Le formulaire contient des erreurs");
        List<WebElement> liens = resume.findElements(By.tagName("a"));
        assertThat(liens).as("un seul lien d'erreur, vers le téléphone").hasSize(1);
        assertThat(liens.get(0).getDomAttribute("href")).isEqualTo("#telephone");
        assertThat(liens.get(0).getText()).startsWith("Le numéro de téléphone n’est pas valide.");
        assertThat(idDuFocus()).as("le résumé des erreurs prend le focus").isEqualTo("resume-erreurs");
        assertThat(navigateur
                        .element(By.cssSelector("#telephone-messages .fr-message--error"))
                        .getText())
                .isEqualTo(liens.get(0).getText());
        WebElement champTelephone = navigateur.element(By.id("telephone"));
        assertThat(champTelephone.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(champTelephone.getDomAttribute("aria-describedby")).isEqualTo("telephone-messages");
        assertThat(navigateur.elements(By.cssSelector(".fr-input-group--error #telephone")))
                .hasSize(1);
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
        assertThat(idDuFocus()).isEqualTo("telephone");
    }

    /** Correction, nouveau code de sécurité (chacun ne sert qu'une fois), envoi. */
    @Test
    @Order(4)
    void etape04_leTelephoneCorrigeLeCompteEstCree() {
        navigateur.saisir("telephone", TELEPHONE);
        resoudreLeCodeDeSecurite();
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("compte créé", "/compte/inscription/confirmation", "Votre compte est créé");
        assertThat(texteDeLaPage()).contains("Votre identifiant est : " + identifiant, courriel);
    }

    /** Le courriel d'activation, son lien à usage unique, le choix du mot de passe. */
    @Test
    @Order(5)
    void etape05_leLienDuCourrielDActivationMeneAuChoixDuMotDePasse() {
        MimeMessage activation = courrielPour(courriel);
        assertThat(sujet(activation)).isEqualTo("Prédemande — activez votre compte");
        String texte = texte(activation);
        assertThat(texte).contains(identifiant, "ne sert qu’une fois");
        lienDActivation = lienDans(activation);
        assertThat(lienDActivation)
                .as("lien d'activation du courriel")
                .matches(java.util.regex.Pattern.quote(url("/compte/activation?jeton=")) + "[A-Za-z0-9_-]{20,}");
        navigateur.ouvrir(lienDActivation);
        page("choix du mot de passe", "/compte/activation", "Choisir votre mot de passe");
        assertThat(texteDeLaPage()).contains("Identifiant : " + identifiant);
        navigateur.saisir("motDePasse", MOT_DE_PASSE_CHOISI);
        navigateur.saisir("confirmation", MOT_DE_PASSE_CHOISI);
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("connexion après activation", "/connexion", "Se connecter");
        assertThat(alerteDeSucces()).isEqualTo("Votre compte est activé. Vous pouvez maintenant vous connecter.");
    }

    @Test
    @Order(6)
    void etape06_leLienDActivationNeSertQuUneFois() {
        navigateur.ouvrir(lienDActivation);
        page("lien d'activation déjà utilisé", "/compte/activation", "Ce lien n’est plus valable");
        assertThat(texteDeLaPage()).contains("Ce lien a déjà été utilisé");
    }

    @Test
    @Order(7)
    void etape07_ilSeConnecteEtRetrouveSesInformationsDansMonCompte() {
        navigateur.ouvrir(url("/connexion"));
        page("connexion", "/connexion", "Se connecter");
        seConnecter(identifiant, MOT_DE_PASSE_CHOISI);
        page("mes pré-demandes", "/demandes", "Mes pré-demandes");
        lienDeLEnTete("Mon compte");
        page("mon compte", "/compte", "Mon compte");
        assertThat(ligne("Identifiant")).isEqualTo(identifiant);
        assertThat(ligne("Sexe")).isEqualTo("Masculin");
        assertThat(ligne("Nom de naissance")).isEqualTo("Dupré");
        assertThat(ligne("Prénom(s)")).isEqualTo("Jean, Élie");
        assertThat(ligne("Adresse électronique")).isEqualTo(courriel);
        assertThat(ligne("Téléphone portable")).isEqualTo(TELEPHONE);
    }

    @Test
    @Order(8)
    void etape08_ilChangeSonNumeroDeTelephone() {
        navigateur.cliquerEtAttendre(navigateur.element(By.linkText("Modifier mes informations")));
        page("modifier mes informations", "/compte/modifier", "Modifier mes informations");
        assertThat(navigateur.valeur("telephone")).isEqualTo(TELEPHONE);
        navigateur.saisir("telephone", NOUVEAU_TELEPHONE);
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        page("mon compte modifié", "/compte", "Mon compte");
        assertThat(alerteDeSucces()).isEqualTo("Vos modifications sont enregistrées.");
        assertThat(ligne("Téléphone portable")).isEqualTo(NOUVEAU_TELEPHONE);
        assertThat(ligne("Adresse électronique")).isEqualTo(courriel);
    }

    /** Déconnexion par le bouton de l'en-tête (formulaire POST) : « Mon compte » exige de nouveau une connexion. */
    @Test
    @Order(9)
    void etape09_ilSeDeconnecteEtMonCompteRedemandeUneConnexion() {
        seDeconnecter();
        page("accueil après déconnexion", "/?deconnexion", "Préparer sa demande de passeport ou de carte d’identité");
        assertThat(alerteDeSucces()).isEqualTo("Vous êtes déconnecté.");
        navigateur.pilote().get(url("/compte"));
        navigateur.attendreLaPage();
        assertThat(navigateur.chemin())
                .as("« Mon compte » exige de nouveau une connexion")
                .isEqualTo("/connexion");
    }

    /** Depuis l'en-tête ; une faute de frappe : message d'erreur, identifiant gardé, mot de passe effacé. */
    @Test
    @Order(10)
    void etape10_uneFauteDeFrappeDansLeMotDePasseEstSignalee() {
        navigateur.ouvrir(url("/"));
        lienDeLEnTete("Se connecter");
        page("connexion depuis l'en-tête", "/connexion", "Se connecter");
        seConnecter(identifiant, MOT_DE_PASSE_CHOISI + "x");
        page("connexion refusée", "/connexion?erreur", "Se connecter");
        assertThat(navigateur.element(By.id("resume-erreurs")).getText())
                .contains("La connexion a échoué", "Identifiant ou mot de passe incorrect");
        assertThat(idDuFocus()).isEqualTo("resume-erreurs");
        assertThat(navigateur.valeur("identifiant")).isEqualTo(identifiant);
        assertThat(navigateur.valeur("motDePasse")).isEmpty();
    }

    /** Sur la page de connexion refusée, le bon mot de passe. */
    @Test
    @Order(11)
    void etape11_ilSeReconnecteEtRetrouveSonNouveauNumero() {
        seConnecter(identifiant, MOT_DE_PASSE_CHOISI);
        // « Mon compte », demandé à l'étape 9 sans connexion, est la page où la connexion mène
        page("mon compte, de nouveau", "/compte", "Mon compte");
        assertThat(ligne("Identifiant")).isEqualTo(identifiant);
        assertThat(ligne("Téléphone portable")).isEqualTo(NOUVEAU_TELEPHONE);
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
        navigateur.attendre(
                "le widget du code de sécurité",
                p -> Boolean.TRUE.equals(
                        navigateur.js(
                                "return !!customElements.get('altcha-widget') && !!document.querySelector('altcha-widget input[type=checkbox]')")));
        WebElement caseAltcha = navigateur.element(By.cssSelector("altcha-widget input[type=checkbox]"));
        assertThat(etatDuCodeDeSecurite()).isEqualTo("unverified");
        caseAltcha.click();
        navigateur.attendre("le code de sécurité vérifié", p -> "verified".equals(etatDuCodeDeSecurite()));
        Object reponse = navigateur.js(
                "var r = document.querySelector('altcha-widget input[name=altcha]'); return r && r.value");
        assertThat(reponse)
                .as("réponse du code de sécurité")
                .isInstanceOf(String.class)
                .asString()
                .isNotBlank();
    }

    private String etatDuCodeDeSecurite() {
        return (String) navigateur.js(
                "var w = document.querySelector('altcha-widget .altcha'); return w && w.getAttribute('data-state')");
    }

    /** La valeur d'une ligne du tableau « Mon compte ». */
    private String ligne(String libelle) {
        return navigateur
                .element(By.xpath("//table//tr[th[normalize-space()='" + libelle + "']]/td"))
                .getText()
                .trim();
    }
}
