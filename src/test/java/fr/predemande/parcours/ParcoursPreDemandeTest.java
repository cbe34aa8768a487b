package fr.predemande.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.impression.CodesQr;
import fr.predemande.support.ApplicationEnTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * La pré-demande dans un vrai navigateur : les six étapes, chacune avec une erreur corrigée, l'autocomplétion de la
 * commune au clavier, l'enregistrement pour plus tard et la reprise après reconnexion, la page de vérification et son
 * incohérence, la validation, puis tout ce que l'usager reçoit (numéro, PDF et son QR code, courriel, SMS). Chaque page
 * rencontrée est contrôlée par axe-core (WCAG 2.1 A et AA) : aucune violation admise.
 */
class ParcoursPreDemandeTest extends ApplicationEnTest {

    private static final String TELEPHONE = "06 12 34 56 78";
    private static final String TELEPHONE_E164 = "+33612345678";
    private static final String SAINT_ETIENNE = "Saint-Étienne (42000)";
    private static final Pattern NUMERO_LISIBLE = Pattern.compile("[0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{2}");

    @Autowired
    JdbcClient jdbc;

    private Navigateur navigateur;
    /** Page contrôlée → violations axe (liste vide si la page est conforme), dans l'ordre du parcours. */
    private final Map<String, List<String>> controles = new LinkedHashMap<>();

    @BeforeEach
    void ouvrirLeNavigateur() {
        navigateur = Navigateur.demarrer();
    }

    @AfterEach
    void fermerLeNavigateur() {
        controles.forEach((page, violations) -> System.out.println("axe-core — " + page + " : "
                + (violations.isEmpty() ? "aucune violation" : violations.size() + " violation(s)\n" + String.join("\n", violations))));
        if (navigateur != null) {
            navigateur.capture("pre-demande-derniere-page");
            navigateur.close();
        }
    }

    @Test
    void unUsagerPrepareSaPreDemandeLaValideEtRecoitSonNumero() throws Exception {
        String identifiant = compteActive();
        String courriel = identifiant + "@exemple.fr";

        // 1. Connexion par le formulaire, puis « Mes pré-demandes » depuis l'en-tête
        navigateur.ouvrir(url("/connexion"));
        page("connexion", "/connexion", "Se connecter");
        navigateur.verifierQueAxeDetecteUneFaute();
        seConnecter(identifiant);
        page("mon compte", "/compte", "Mon compte");
        mesPreDemandes();
        page("mes pré-demandes, aucune", "/demandes", "Mes pré-demandes");
        assertThat(texteDeLaPage()).contains("Vous n’avez encore aucune pré-demande.");

        navigateur.cliquerEtAttendre(navigateur.element(By.xpath(
                "//main//button[normalize-space()='Commencer une nouvelle pré-demande']")));
        Matcher adresse = Pattern.compile("/demandes/([0-9a-f-]{36})/motif").matcher(navigateur.chemin());
        assertThat(adresse.matches()).as("nouveau brouillon : %s", navigateur.chemin()).isTrue();
        String demande = "/demandes/" + adresse.group(1);

        // 2. Motif : carte d'identité et passeport ; « pages pleines » ne vaut que pour le passeport
        section("motif", demande, "motif", "Motif de la demande", 1);
        navigateur.element(By.cssSelector("label[for='titre-CNI_ET_PASSEPORT']")).click();
        choisir("motif", "PAGES_PLEINES");
        navigateur.element(By.cssSelector("label[for='titreSecurise']")).click();
        navigateur.element(By.cssSelector("label[for='ancienTitreType-PASSEPORT']")).click();
        navigateur.saisir("ancienTitreNumero", "15AB12345");
        navigateur.saisir("ancienTitreDateDelivrance", "14/07/2015");
        navigateur.saisir("ancienTitreDateExpiration", "13/07/2025");
        navigateur.saisir("ancienTitreAutorite", "Préfecture de la Loire");
        navigateur.element(By.cssSelector("label[for='ancienTitrePresentable']")).click();
        continuer();
        section("motif avec une erreur", demande, "motif", "Motif de la demande", 1);
        uneSeuleErreur("motif", "Ce motif ne concerne que le passeport : choisissez « Passeport » comme titre, ou un autre motif",
                "fr-select-group--error");
        assertThat(navigateur.element(By.id("titre-CNI_ET_PASSEPORT")).isSelected()).as("titre gardé").isTrue();
        assertThat(navigateur.valeur("ancienTitreNumero")).isEqualTo("15AB12345");
        choisir("motif", "RENOUVELLEMENT");
        continuer();

        // 3. État civil : prérempli par le compte ; commune choisie au clavier ; une date impossible
        section("état civil", demande, "etat-civil", "État civil", 2);
        assertThat(navigateur.element(By.id("sexe")).isSelected()).as("sexe F prérempli").isTrue();
        assertThat(navigateur.valeur("nomNaissance")).isEqualTo("Martin");
        assertThat(navigateur.valeur("prenoms")).isEqualTo("Élise, Marie");
        navigateur.saisir("dateNaissance", "31/02/1990");
        communeAuClavier();
        navigateur.saisir("taille", "168");
        choisir("couleurYeux", "VERT");
        continuer();
        section("état civil avec une erreur", demande, "etat-civil", "État civil", 2);
        uneSeuleErreur("dateNaissance", "La date n’existe pas ou n’est pas au format JJ/MM/AAAA", "fr-input-group--error");
        assertThat(navigateur.valeur("communeNaissance")).isEqualTo(SAINT_ETIENNE);
        navigateur.saisir("dateNaissance", "03/02/1990");
        continuer();

        // 4. Filiation : un prénom avec un chiffre ; le premier parent est né 5 ans avant la personne (l'incohérence que
        // la vérification signalera) ; puis « Enregistrer et reprendre plus tard »
        section("filiation", demande, "filiation", "Filiation", 3);
        navigateur.saisir("parent1Nom", "Martin");
        navigateur.saisir("parent1Prenoms", "Paul2");
        navigateur.saisir("parent1DateNaissance", "01/01/1985");
        navigateur.element(By.cssSelector("label[for='parent2Inconnu']")).click();
        continuer();
        section("filiation avec une erreur", demande, "filiation", "Filiation", 3);
        uneSeuleErreur("parent1Prenoms", "Les prénoms ne peuvent contenir que des lettres, des tirets et des apostrophes."
                + " Séparez les prénoms par une virgule.", "fr-input-group--error");
        assertThat(navigateur.element(By.id("parent2Inconnu")).isSelected()).isTrue();
        navigateur.saisir("parent1Prenoms", "Paul");
        navigateur.cliquerEtAttendre(bouton("enregistrer"));
        page("mes pré-demandes, brouillon enregistré", "/demandes", "Mes pré-demandes");
        assertThat(navigateur.element(By.cssSelector("#contenu .fr-alert--success")).getText())
                .isEqualTo("Votre pré-demande est enregistrée. Vous pouvez la reprendre à tout moment depuis cette page.");

        // 5. Déconnexion, reconnexion, reprise du brouillon : les réponses sont là
        navigateur.cliquerEtAttendre(navigateur.element(By.xpath("//header//button[normalize-space()='Se déconnecter']")));
        page("accueil après déconnexion", "/?deconnexion", "Préparer sa demande de passeport ou de carte d’identité");
        navigateur.cliquerEtAttendre(navigateur.element(By.xpath("//header//a[normalize-space()='Se connecter']")));
        page("connexion pour reprendre", "/connexion", "Se connecter");
        seConnecter(identifiant);
        page("mon compte, de retour", "/compte", "Mon compte");
        mesPreDemandes();
        page("mes pré-demandes, un brouillon", "/demandes", "Mes pré-demandes");
        WebElement ligne = navigateur.element(By.xpath("//main//table/tbody/tr"));
        assertThat(ligne.getText()).contains("Carte nationale d’identité et passeport");
        // le badge d'état est mis en capitales par le DSFR (CSS) : son texte, lui, est « Brouillon »
        assertThat(ligne.findElement(By.cssSelector(".fr-badge")).getDomProperty("textContent")).isEqualTo("Brouillon");
        navigateur.cliquerEtAttendre(ligne.findElement(By.linkText("Reprendre")));

        section("motif repris", demande, "motif", "Motif de la demande", 1);
        assertThat(navigateur.element(By.id("titre-CNI_ET_PASSEPORT")).isSelected()).isTrue();
        assertThat(navigateur.valeur("motif")).isEqualTo("RENOUVELLEMENT");
        assertThat(navigateur.element(By.id("titreSecurise")).isSelected()).isTrue();
        assertThat(navigateur.element(By.id("ancienTitreType-PASSEPORT")).isSelected()).isTrue();
        assertThat(navigateur.valeur("ancienTitreNumero")).isEqualTo("15AB12345");
        assertThat(navigateur.valeur("ancienTitreDateDelivrance")).isEqualTo("14/07/2015");
        assertThat(navigateur.valeur("ancienTitreAutorite")).isEqualTo("Préfecture de la Loire");
        continuer();
        section("état civil repris", demande, "etat-civil", "État civil", 2);
        assertThat(navigateur.valeur("dateNaissance")).isEqualTo("03/02/1990");
        assertThat(navigateur.valeur("communeNaissance")).isEqualTo(SAINT_ETIENNE);
        assertThat(navigateur.valeur("taille")).isEqualTo("168");
        assertThat(navigateur.valeur("couleurYeux")).isEqualTo("VERT");
        continuer();
        section("filiation reprise", demande, "filiation", "Filiation", 3);
        assertThat(navigateur.valeur("parent1Nom")).isEqualTo("Martin");
        assertThat(navigateur.valeur("parent1Prenoms")).as("la correction enregistrée").isEqualTo("Paul");
        assertThat(navigateur.valeur("parent1DateNaissance")).isEqualTo("01/01/1985");
        assertThat(navigateur.element(By.id("parent2Inconnu")).isSelected()).isTrue();
        continuer();

        // 6. Nationalité : « autre » sans préciser
        section("nationalité", demande, "nationalite", "Nationalité", 4);
        navigateur.element(By.cssSelector("label[for='acquisition-AUTRE']")).click();
        continuer();
        section("nationalité avec une erreur", demande, "nationalite", "Nationalité", 4);
        uneSeuleErreur("precision", "Précisez comment vous avez acquis la nationalité française", "fr-input-group--error");
        navigateur.element(By.cssSelector("label[for='acquisition']")).click();
        continuer();

        // 7. Adresse : un code postal qui n'est pas celui de la commune
        section("adresse", demande, "adresse", "Adresse", 5);
        navigateur.element(By.cssSelector("label[for='typeAdresse']")).click();
        navigateur.saisir("ligne1", "12 rue de la République");
        navigateur.saisir("codePostal", "69001");
        navigateur.saisir("commune", SAINT_ETIENNE);
        navigateur.element(By.id("commune")).sendKeys(Keys.TAB);
        continuer();
        section("adresse avec une erreur", demande, "adresse", "Adresse", 5);
        uneSeuleErreur("codePostal", "Ce code postal ne correspond pas à la commune indiquée", "fr-input-group--error");
        navigateur.saisir("codePostal", "42000");
        continuer();

        // 8. Contact : prérempli par le compte ; un numéro incomplet
        section("contact", demande, "contact", "Contact", 6);
        assertThat(navigateur.valeur("courriel")).isEqualTo(courriel);
        assertThat(navigateur.valeur("telephone")).isEqualTo(TELEPHONE);
        navigateur.saisir("telephone", "06 12 34");
        continuer();
        section("contact avec une erreur", demande, "contact", "Contact", 6);
        uneSeuleErreur("telephone", "Le numéro de téléphone n’est pas valide. Exemples : 06 12 34 56 78 ou, pour un numéro"
                + " étranger, +44 7400 123456.", "fr-input-group--error");
        navigateur.saisir("telephone", TELEPHONE);
        continuer();

        // 9. Vérification : l'incohérence des dates de naissance, son lien, la correction, le retour
        page("vérification avec une incohérence", demande + "/verification", "Vérifier vos réponses");
        WebElement resume = navigateur.element(By.id("resume-erreurs"));
        assertThat(resume.getText()).contains("Des réponses sont à corriger avant de valider");
        assertThat(navigateur.js("return document.activeElement && document.activeElement.id")).isEqualTo("resume-erreurs");
        List<WebElement> problemes = resume.findElements(By.tagName("a"));
        assertThat(problemes).as("une seule incohérence").hasSize(1);
        assertThat(problemes.get(0).getText())
                .isEqualTo("Un parent doit être né au moins 12 ans avant la personne : vérifiez les dates de naissance");
        assertThat(problemes.get(0).getDomAttribute("href"))
                .isEqualTo(demande + "/filiation?retour=verification#parent1DateNaissance");
        assertThat(navigateur.elements(By.id("courriel"))).as("pas de validation tant qu'il reste à corriger").isEmpty();
        assertThat(texteDeLaPage()).contains("Corrigez les réponses signalées en haut de la page pour pouvoir valider.");
        assertThat(valeurVerifiee("communeNaissance")).isEqualTo("Saint-Étienne (42)");
        assertThat(valeurVerifiee("parent1DateNaissance")).isEqualTo("01/01/1985");

        navigateur.cliquerEtAttendre(problemes.get(0));
        section("filiation depuis la vérification", demande, "filiation", "Filiation", 3);
        assertThat(navigateur.js("return location.search + location.hash")).isEqualTo("?retour=verification#parent1DateNaissance");
        assertThat(bouton("continuer").getText()).isEqualTo("Enregistrer et revenir à la vérification");
        navigateur.saisir("parent1DateNaissance", "01/01/1960");
        navigateur.cliquerEtAttendre(bouton("continuer"));

        page("vérification sans problème", demande + "/verification", "Vérifier vos réponses");
        assertThat(navigateur.elements(By.id("resume-erreurs"))).isEmpty();
        assertThat(valeurVerifiee("parent1DateNaissance")).isEqualTo("01/01/1960");
        assertThat(valeurVerifiee("sexe")).isEqualTo("Féminin");
        assertThat(valeurVerifiee("titre")).isEqualTo("Carte nationale d’identité et passeport");
        assertThat(valeurVerifiee("motif")).isEqualTo("Renouvellement (titre expiré ou qui expire bientôt)");
        assertThat(navigateur.valeur("courriel")).as("adresse du récapitulatif préremplie").isEqualTo(courriel);
        navigateur.cliquerEtAttendre(navigateur.element(By.xpath("//main//button[normalize-space()='Valider ma pré-demande']")));

        // 10. Confirmation : le numéro par groupes
        page("confirmation", demande + "/confirmation", "Votre pré-demande est validée");
        String numeroLisible = navigateur.element(By.id("numero")).getText().trim();
        assertThat(numeroLisible).as("numéro par groupes de 4").matches(NUMERO_LISIBLE);
        String numero = numeroLisible.replace(" ", "");
        assertThat(texteDeLaPage()).contains("Carte nationale d’identité et passeport — renouvellement");
        // getText() rend les espaces insécables en espaces : le texte brut garde celle qui lie le montant à « € »
        assertThat(navigateur.element(By.cssSelector("#contenu .fr-callout__title")).getDomProperty("textContent"))
                .isEqualTo("Timbre fiscal à acheter : 86\u00a0€");

        // 11. Le récapitulatif PDF, téléchargé par le lien de la page ; son QR code mène à /p/{numéro}
        WebElement telecharger = navigateur.element(By.id("telecharger"));
        assertThat(telecharger.getText()).isEqualTo("Télécharger le récapitulatif (PDF)");
        Path pdf = navigateur.telecharger(telecharger);
        assertThat(pdf.getFileName().toString()).isEqualTo("predemande-" + numero + ".pdf");
        byte[] octets = Files.readAllBytes(pdf);
        assertThat(octets).startsWith("%PDF".getBytes());
        assertThat(qrCodeDeLaPremierePage(octets)).as("QR code de la page 1 du PDF").contains(url("/p/" + numero));
        try (var document = Loader.loadPDF(octets)) {
            String texteDuPdf = new PDFTextStripper().getText(document);
            assertThat(texteDuPdf).as("texte du récapitulatif").contains(numeroLisible, "Féminin", "MARTIN", "Élise, Marie");
        }

        // 12. Le courriel : même numéro dans l'objet, récapitulatif PDF joint (le même document)
        MimeMessage message = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> courrielPour(courriel), m -> sujet(m).contains(numeroLisible));
        assertThat(sujet(message)).isEqualTo("Prédemande — votre numéro de pré-demande " + numeroLisible);
        assertThat(texte(message)).contains(numeroLisible);
        List<Part> pdfJoints = piecesJointesPdf(message);
        assertThat(pdfJoints).as("un récapitulatif PDF joint").hasSize(1);
        assertThat(pdfJoints.get(0).getFileName()).endsWith(".pdf");
        assertThat(pdfJoints.get(0).getInputStream().readAllBytes()).as("le PDF joint est celui téléchargé").isEqualTo(octets);

        // 13. Le SMS (boîte de développement : pas de SMSC en test), envoyé en différé par l'outbox
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc
                        .sql("select count(*) from sms_developpement where destinataire = ? and texte like ?")
                        .param(TELEPHONE_E164).param("%" + numeroLisible + "%").query(Integer.class).single())
                .as("SMS au %s avec le numéro %s", TELEPHONE_E164, numeroLisible).isEqualTo(1));

        // 14. Le lien du QR code, ouvert par le titulaire connecté : retour à la confirmation
        navigateur.ouvrir(url("/p/" + numero));
        page("lien du QR code", demande + "/confirmation", "Votre pré-demande est validée");
        assertThat(navigateur.element(By.id("numero")).getText()).isEqualTo(numeroLisible);

        // 15. « Mes pré-demandes » : validée, avec son numéro ; elle se consulte, elle ne se reprend plus
        mesPreDemandes();
        page("mes pré-demandes, une validée", "/demandes", "Mes pré-demandes");
        WebElement validee = navigateur.element(By.xpath("//main//table/tbody/tr"));
        assertThat(validee.getText()).contains("Numéro " + numeroLisible);
        assertThat(validee.findElement(By.cssSelector(".fr-badge")).getDomProperty("textContent")).isEqualTo("Validée");
        assertThat(validee.findElements(By.linkText("Reprendre"))).isEmpty();
        assertThat(validee.findElement(By.linkText("Consulter")).getDomAttribute("href")).isEqualTo(demande + "/confirmation");

        // Bilan d'accessibilité de tout le parcours
        List<String> fautives = new ArrayList<>();
        controles.forEach((page, violations) -> {
            if (!violations.isEmpty()) {
                fautives.add("Page « " + page + " » : " + violations.size() + " violation(s)\n" + String.join("\n", violations));
            }
        });
        assertThat(controles).as("pages contrôlées par axe-core").hasSizeGreaterThanOrEqualTo(30);
        assertThat(fautives)
                .as("axe-core (WCAG 2.1 A/AA) et textes coupés : fautes sur " + fautives.size() + " des " + controles.size()
                        + " pages du parcours\n\n" + String.join("\n\n", fautives) + "\n")
                .isEmpty();
    }

    /** La commune de naissance au clavier : « saint-eti », flèche bas, Entrée ; la liste suit le motif combobox. */
    private void communeAuClavier() {
        WebElement champ = navigateur.element(By.id("communeNaissance"));
        assertThat(champ.getDomAttribute("role")).as("champ de commune amélioré en combobox").isEqualTo("combobox");
        champ.clear();
        champ.sendKeys("saint-eti");
        navigateur.attendre("les suggestions de communes", p -> "true".equals(champ.getDomAttribute("aria-expanded"))
                && !navigateur.elements(By.cssSelector("#communeNaissance-suggestions [role=option]")).isEmpty());
        assertThat(navigateur.element(By.id("communeNaissance-suggestions")).getDomAttribute("role")).isEqualTo("listbox");
        assertThat(champ.getDomAttribute("aria-controls")).isEqualTo("communeNaissance-suggestions");
        String annonce = (String) navigateur.js(
                "return document.querySelector('#communeNaissance-suggestions + [role=status]').textContent");
        assertThat(annonce).as("nombre de suggestions annoncé").isNotBlank();
        controler("état civil, suggestions de communes ouvertes");

        champ.sendKeys(Keys.ARROW_DOWN);
        assertThat(champ.getDomAttribute("aria-activedescendant")).isEqualTo("communeNaissance-suggestions-0");
        WebElement premiere = navigateur.element(By.id("communeNaissance-suggestions-0"));
        assertThat(premiere.getText()).isEqualTo(SAINT_ETIENNE);
        assertThat(premiere.getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(navigateur.js("return document.activeElement && document.activeElement.id")).isEqualTo("communeNaissance");

        champ.sendKeys(Keys.ENTER);
        assertThat(navigateur.valeur("communeNaissance")).isEqualTo(SAINT_ETIENNE);
        assertThat(champ.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(champ.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(navigateur.chemin()).as("Entrée choisit la suggestion sans envoyer le formulaire").endsWith("/etat-civil");
    }

    /**
     * Une seule erreur sur la page : le résumé (qui a le focus) n'a qu'un lien, vers le champ ; le même message est à côté
     * du champ, dans son groupe en erreur ; le lien du résumé met le focus sur le champ.
     */
    private void uneSeuleErreur(String champ, String message, String classeDuGroupe) {
        WebElement resume = navigateur.element(By.id("resume-erreurs"));
        assertThat(resume.getText()).contains("Le formulaire contient des erreurs");
        assertThat(navigateur.js("return document.activeElement && document.activeElement.id"))
                .as("le résumé des erreurs prend le focus").isEqualTo("resume-erreurs");
        List<WebElement> liens = resume.findElements(By.tagName("a"));
        assertThat(liens).as("un seul lien d'erreur, vers %s", champ).hasSize(1);
        assertThat(liens.get(0).getDomAttribute("href")).isEqualTo("#" + champ);
        assertThat(liens.get(0).getText()).isEqualTo(message);
        List<WebElement> messages = navigateur.elements(By.cssSelector(".fr-message--error"));
        assertThat(messages).as("un seul message d'erreur à côté d'un champ").hasSize(1);
        assertThat(navigateur.element(By.cssSelector("#" + champ + "-messages .fr-message--error")).getText()).isEqualTo(message);
        WebElement saisie = navigateur.element(By.id(champ));
        assertThat(saisie.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(saisie.getDomAttribute("aria-describedby")).startsWith(champ + "-messages");
        assertThat(navigateur.elements(By.cssSelector("." + classeDuGroupe + " #" + champ)))
                .as("groupe du champ %s en erreur (%s)", champ, classeDuGroupe).hasSize(1);
        liens.get(0).click();
        assertThat(navigateur.js("return document.activeElement && document.activeElement.id"))
                .as("le lien du résumé mène au champ").isEqualTo(champ);
    }

    /** Vérifie une page d'étape (adresse, titre de l'indicateur d'étapes, titre du document) et la contrôle par axe. */
    private void section(String nom, String demande, String chemin, String titre, int etape) {
        navigateur.attendreLaPage();
        assertThat(navigateur.chemin().replaceFirst("\\?.*", "")).as("adresse de la page « %s »", nom)
                .isEqualTo(demande + "/" + chemin);
        List<WebElement> titres = navigateur.elements(By.tagName("h1"));
        assertThat(titres).as("un seul titre h1 sur la page « %s »", nom).hasSize(1);
        assertThat(titres.get(0).getText().replaceAll("\\s+", " "))
                .as("titre de la page « %s »", nom).isEqualTo(titre + " Étape " + etape + " sur 6");
        assertThat(navigateur.pilote().getTitle()).as("titre du document « %s »", nom).isEqualTo(titre + " — Prédemande");
        controler(nom);
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

    /** axe-core, plus le contrôle des textes coupés et des tableaux qui débordent (que axe ne voit pas). */
    private void controler(String nom) {
        List<String> violations = new ArrayList<>(navigateur.violationsAxe());
        violations.addAll(navigateur.debordements());
        navigateur.capture(String.format("pre-demande-%02d-%s", controles.size() + 1, nom.replaceAll("[^\\p{L}\\p{N}]+", "-")));
        controles.put(nom, violations);
    }

    private void seConnecter(String identifiant) {
        navigateur.saisir("identifiant", identifiant);
        navigateur.saisir("motDePasse", MOT_DE_PASSE);
        navigateur.cliquerEtAttendre(navigateur.element(By.cssSelector("#contenu form button[type=submit]")));
    }

    private void mesPreDemandes() {
        navigateur.cliquerEtAttendre(navigateur.element(By.xpath("//header//a[normalize-space()='Mes pré-demandes']")));
    }

    private void continuer() {
        navigateur.cliquerEtAttendre(bouton("continuer"));
    }

    private WebElement bouton(String action) {
        return navigateur.element(By.cssSelector("#contenu form button[type=submit][name=action][value=" + action + "]"));
    }

    private void choisir(String champ, String valeur) {
        new Select(navigateur.element(By.id(champ))).selectByValue(valeur);
    }

    /** La valeur affichée sur la page de vérification pour un champ (repéré par le lien « Modifier » de sa ligne). */
    private String valeurVerifiee(String champ) {
        return navigateur.element(By.xpath("//main//table//tr[td/a[substring(@href, string-length(@href) - "
                + champ.length() + ") = '#" + champ + "']]/td[1]")).getText().trim();
    }

    private String texteDeLaPage() {
        return navigateur.element(By.id("contenu")).getText();
    }

    private static Optional<String> qrCodeDeLaPremierePage(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            return CodesQr.lire(page);
        }
    }

    private static List<Part> piecesJointesPdf(Part partie) throws Exception {
        List<Part> pdf = new ArrayList<>();
        if (partie.getContent() instanceof Multipart parties) {
            for (int i = 0; i < parties.getCount(); i++) {
                pdf.addAll(piecesJointesPdf(parties.getBodyPart(i)));
            }
        } else if (partie.isMimeType("application/pdf")) {
            pdf.add(partie);
        }
        return pdf;
    }

    private static String sujet(MimeMessage courriel) {
        try {
            return courriel.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
