package fr.predemande.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.impression.CodesQr;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * La pré-demande dans un vrai navigateur : les six sections, chacune avec une erreur corrigée, l'autocomplétion de la
 * commune au clavier, l'enregistrement pour plus tard et la reprise après reconnexion, la page de vérification et son
 * incohérence, la validation, puis tout ce que l'usager reçoit (numéro, PDF et son QR code, courriel, SMS). Chaque page
 * rencontrée est contrôlée par axe-core (WCAG 2.1 A et AA) et pour les textes coupés : aucune faute admise.
 *
 * <p>Le parcours est découpé en étapes, une méthode {@code @Test} chacune, jouées dans l'ordre sur le même navigateur
 * (voir {@link ParcoursEnNavigateur}). Ce découpage plutôt qu'un seul test appelant des méthodes privées, parce qu'il
 * donne le rapport le plus clair : chaque étape y a sa ligne, son nom (ce que fait l'usager) et sa durée ; un échec
 * désigne l'étape en cause, les suivantes apparaissent « ignorées » avec ce nom au lieu d'échouer en cascade ; une faute
 * d'accessibilité est rapportée par l'étape qui a affiché la page. Un seul test n'aurait qu'une ligne, et la pile
 * d'appels pour retrouver l'étape.
 *
 * <p>Chaque section commence sur sa page, où l'a menée le bouton « Continuer » qui termine l'étape précédente, et se
 * termine par ce bouton. Les autres étapes naviguent elles-mêmes par un lien ou un bouton nommé (en-tête
 * « Mes pré-demandes », « Reprendre », « Valider ma pré-demande »…) ou par une adresse : un changement de navigation de
 * l'application (page d'arrivée après connexion, section ouverte par « Reprendre ») ne touche qu'une étape.
 */
class ParcoursPreDemandeTest extends ParcoursEnNavigateur {

    private static final String TELEPHONE = "06 12 34 56 78";
    private static final String TELEPHONE_E164 = "+33612345678";
    private static final String SAINT_ETIENNE = "Saint-Étienne (42000)";
    private static final Pattern NUMERO_LISIBLE = Pattern.compile("[0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{2}");

    @Autowired
    JdbcClient jdbc;

    // ce que les étapes se transmettent
    private String identifiant;
    private String courriel;
    /** L'adresse de la pré-demande, {@code /demandes/{id}}. */
    private String demande;

    private String numeroLisible;
    private String numero;
    /** Le récapitulatif PDF téléchargé. */
    private byte[] recapitulatif;

    ParcoursPreDemandeTest() {
        super("pre-demande-", 29);
    }

    @Test
    @Order(1)
    void etape01_lUsagerSeConnecteEtNAEncoreAucunePreDemande() throws Exception {
        identifiant = compteActive();
        courriel = identifiant + "@exemple.fr";

        navigateur.ouvrir(url("/connexion"));
        page("connexion", "/connexion", "Se connecter");
        seConnecter(identifiant, MOT_DE_PASSE);
        // on vient pour ses pré-demandes : la connexion y mène
        page("mes pré-demandes, aucune", "/demandes", "Mes pré-demandes");
        assertThat(texteDeLaPage()).contains("Vous n’avez encore aucune pré-demande.");
    }

    /** Carte d'identité et passeport : le motif « pages pleines » ne vaut que pour le passeport. */
    @Test
    @Order(2)
    void etape02_ilCommenceUnePreDemandeEtCorrigeUnMotifQuiNeVautQuePourLePasseport() {
        navigateur.cliquerEtAttendre(
                navigateur.element(By.xpath("//main//button[normalize-space()='Commencer une nouvelle pré-demande']")));
        Matcher adresse = Pattern.compile("/demandes/([0-9a-f-]{36})/motif").matcher(navigateur.chemin());
        assertThat(adresse.matches())
                .as("nouveau brouillon : %s", navigateur.chemin())
                .isTrue();
        demande = "/demandes/" + adresse.group(1);

        section("motif", "motif", "Motif de la demande", 1);
        navigateur
                .element(By.cssSelector("label[for='titre-CNI_ET_PASSEPORT']"))
                .click();
        choisir("motif", "PAGES_PLEINES");
        navigateur.element(By.cssSelector("label[for='titreSecurise']")).click();
        navigateur
                .element(By.cssSelector("label[for='ancienTitreType-PASSEPORT']"))
                .click();
        navigateur.saisir("ancienTitreNumero", "15AB12345");
        navigateur.saisir("ancienTitreDateDelivrance", "14/07/2015");
        navigateur.saisir("ancienTitreDateExpiration", "13/07/2025");
        navigateur.saisir("ancienTitreAutorite", "Préfecture de la Loire");
        navigateur
                .element(By.cssSelector("label[for='ancienTitrePresentable']"))
                .click();
        continuer();
        section("motif avec une erreur", "motif", "Motif de la demande", 1);
        uneSeuleErreur(
                "motif",
                "Ce motif ne concerne que le passeport : choisissez « Passeport » comme titre, ou un autre motif",
                "fr-select-group--error");
        assertThat(navigateur.element(By.id("titre-CNI_ET_PASSEPORT")).isSelected())
                .as("titre gardé")
                .isTrue();
        assertThat(navigateur.valeur("ancienTitreNumero")).isEqualTo("15AB12345");
        choisir("motif", "RENOUVELLEMENT");
        continuer();
    }

    /** Prérempli par le compte ; la commune choisie au clavier ; une date impossible. */
    @Test
    @Order(3)
    void etape03_ilChoisitSaCommuneDeNaissanceAuClavierEtCorrigeUneDateImpossible() {
        section("état civil", "etat-civil", "État civil", 2);
        assertThat(navigateur.element(By.id("sexe")).isSelected())
                .as("sexe F prérempli")
                .isTrue();
        assertThat(navigateur.valeur("nomNaissance")).isEqualTo("Martin");
        assertThat(navigateur.valeur("prenoms")).isEqualTo("Élise, Marie");
        navigateur.saisir("dateNaissance", "31/02/1990");
        communeAuClavier();
        navigateur.saisir("taille", "168");
        choisir("couleurYeux", "VERT");
        continuer();
        section("état civil avec une erreur", "etat-civil", "État civil", 2);
        uneSeuleErreur(
                "dateNaissance",
                "La date de naissance n’existe pas ou n’est pas au format JJ/MM/AAAA",
                "fr-input-group--error");
        assertThat(navigateur.valeur("communeNaissance")).isEqualTo(SAINT_ETIENNE);
        navigateur.saisir("dateNaissance", "03/02/1990");
        continuer();
    }

    /**
     * Un prénom avec un chiffre ; le premier parent est né 5 ans avant la personne (l'incohérence que la vérification
     * signalera) ; puis « Enregistrer et reprendre plus tard ».
     */
    @Test
    @Order(4)
    void etape04_ilCorrigeUnPrenomDeParentEtEnregistrePourPlusTard() {
        section("filiation", "filiation", "Filiation", 3);
        navigateur.saisir("parent1Nom", "Martin");
        navigateur.saisir("parent1Prenoms", "Paul2");
        navigateur.saisir("parent1DateNaissance", "01/01/1985");
        navigateur.element(By.cssSelector("label[for='parent2Inconnu']")).click();
        continuer();
        section("filiation avec une erreur", "filiation", "Filiation", 3);
        uneSeuleErreur(
                "parent1Prenoms",
                "Les prénoms du premier parent ne peuvent contenir que des lettres, des tirets et des apostrophes."
                        + " Séparez les prénoms par une virgule.",
                "fr-input-group--error");
        assertThat(navigateur.element(By.id("parent2Inconnu")).isSelected()).isTrue();
        navigateur.saisir("parent1Prenoms", "Paul");
        navigateur.cliquerEtAttendre(bouton("enregistrer"));
        page("mes pré-demandes, brouillon enregistré", "/demandes", "Mes pré-demandes");
        assertThat(alerteDeSucces())
                .isEqualTo(
                        "Votre pré-demande est enregistrée. Vous pouvez la reprendre à tout moment depuis cette page.");
    }

    @Test
    @Order(5)
    void etape05_ilSeDeconnectePuisSeReconnecteDepuisLEnTete() {
        seDeconnecter();
        page("accueil après déconnexion", "/?deconnexion", "Préparer sa demande de passeport ou de carte d’identité");
        lienDeLEnTete("Se connecter");
        page("connexion pour reprendre", "/connexion", "Se connecter");
        seConnecter(identifiant, MOT_DE_PASSE);
        page("mes pré-demandes, un brouillon", "/demandes", "Mes pré-demandes");
    }

    /**
     * Le brouillon dans « Mes pré-demandes », « Reprendre » : la première étape à compléter s'ouvre (la nationalité) ;
     * les réponses des trois premières sections sont là.
     */
    @Test
    @Order(6)
    void etape06_ilReprendSonBrouillonEtRetrouveSesReponses() {
        WebElement ligne = navigateur.element(By.xpath("//main//table/tbody/tr"));
        assertThat(ligne.getText()).contains("Carte nationale d’identité et passeport");
        // le badge d'état est mis en capitales par le DSFR (CSS) : son texte, lui, est « Brouillon »
        assertThat(ligne.findElement(By.cssSelector(".fr-badge")).getDomProperty("textContent"))
                .isEqualTo("Brouillon");
        navigateur.cliquerEtAttendre(ligne.findElement(By.linkText("Reprendre")));
        section("reprise à la première étape à compléter", "nationalite", "Nationalité", 4);
        navigateur.ouvrir(url(demande + "/motif"));

        section("motif repris", "motif", "Motif de la demande", 1);
        assertThat(navigateur.element(By.id("titre-CNI_ET_PASSEPORT")).isSelected())
                .isTrue();
        assertThat(navigateur.valeur("motif")).isEqualTo("RENOUVELLEMENT");
        assertThat(navigateur.element(By.id("titreSecurise")).isSelected()).isTrue();
        assertThat(navigateur.element(By.id("ancienTitreType-PASSEPORT")).isSelected())
                .isTrue();
        assertThat(navigateur.valeur("ancienTitreNumero")).isEqualTo("15AB12345");
        assertThat(navigateur.valeur("ancienTitreDateDelivrance")).isEqualTo("14/07/2015");
        assertThat(navigateur.valeur("ancienTitreAutorite")).isEqualTo("Préfecture de la Loire");
        continuer();
        section("état civil repris", "etat-civil", "État civil", 2);
        assertThat(navigateur.valeur("dateNaissance")).isEqualTo("03/02/1990");
        assertThat(navigateur.valeur("communeNaissance")).isEqualTo(SAINT_ETIENNE);
        assertThat(navigateur.valeur("taille")).isEqualTo("168");
        assertThat(navigateur.valeur("couleurYeux")).isEqualTo("VERT");
        continuer();
        section("filiation reprise", "filiation", "Filiation", 3);
        assertThat(navigateur.valeur("parent1Nom")).isEqualTo("Martin");
        assertThat(navigateur.valeur("parent1Prenoms"))
                .as("la correction enregistrée")
                .isEqualTo("Paul");
        assertThat(navigateur.valeur("parent1DateNaissance")).isEqualTo("01/01/1985");
        assertThat(navigateur.element(By.id("parent2Inconnu")).isSelected()).isTrue();
        continuer();
    }

    /** Nationalité acquise « autrement » sans préciser comment. */
    @Test
    @Order(7)
    void etape07_ilPreciseCommentIlAAcquisLaNationalite() {
        section("nationalité", "nationalite", "Nationalité", 4);
        navigateur.element(By.cssSelector("label[for='acquisition-AUTRE']")).click();
        continuer();
        section("nationalité avec une erreur", "nationalite", "Nationalité", 4);
        uneSeuleErreur(
                "precision", "Précisez comment vous avez acquis la nationalité française", "fr-input-group--error");
        navigateur.element(By.cssSelector("label[for='acquisition']")).click();
        continuer();
    }

    @Test
    @Order(8)
    void etape08_ilCorrigeUnCodePostalQuiNEstPasCeluiDeLaCommune() {
        section("adresse", "adresse", "Adresse", 5);
        navigateur.element(By.cssSelector("label[for='typeAdresse']")).click();
        navigateur.saisir("ligne1", "12 rue de la République");
        navigateur.saisir("codePostal", "69001");
        navigateur.saisir("commune", SAINT_ETIENNE);
        navigateur.element(By.id("commune")).sendKeys(Keys.TAB);
        continuer();
        section("adresse avec une erreur", "adresse", "Adresse", 5);
        uneSeuleErreur("codePostal", "Ce code postal ne correspond pas à la commune indiquée", "fr-input-group--error");
        navigateur.saisir("codePostal", "42000");
        continuer();
    }

    /** Contact prérempli par le compte ; un numéro incomplet. */
    @Test
    @Order(9)
    void etape09_ilCorrigeUnTelephoneIncompletDansSesCoordonnees() {
        section("contact", "contact", "Contact", 6);
        assertThat(navigateur.valeur("courriel")).isEqualTo(courriel);
        assertThat(navigateur.valeur("telephone")).isEqualTo(TELEPHONE);
        navigateur.saisir("telephone", "06 12 34");
        continuer();
        section("contact avec une erreur", "contact", "Contact", 6);
        uneSeuleErreur(
                "telephone",
                "Le numéro de téléphone n’est pas valide. Exemples : 06 12 34 56 78 ou, pour un numéro"
                        + " étranger, +44 7400 123456.",
                "fr-input-group--error");
        navigateur.saisir("telephone", TELEPHONE);
        continuer();
    }

    /** L'incohérence des dates de naissance, son lien vers la filiation, la correction, le retour à la vérification. */
    @Test
    @Order(10)
    void etape10_laVerificationSignaleDesDatesDeNaissanceIncoherentesQuIlCorrige() {
        page("vérification avec une incohérence", demande + "/verification", "Vérifier vos réponses");
        WebElement resume = navigateur.element(By.id("resume-erreurs"));
        assertThat(resume.getText()).contains("Des réponses sont à corriger avant de valider");
        assertThat(idDuFocus()).isEqualTo("resume-erreurs");
        List<WebElement> problemes = resume.findElements(By.tagName("a"));
        assertThat(problemes).as("une seule incohérence").hasSize(1);
        assertThat(problemes.get(0).getText())
                .isEqualTo(
                        "Filiation : le premier parent doit être né au moins 12 ans avant la personne (vérifiez les dates de naissance)");
        assertThat(problemes.get(0).getDomAttribute("href"))
                .isEqualTo(demande + "/filiation?retour=verification#parent1DateNaissance");
        assertThat(navigateur.elements(By.id("courriel")))
                .as("pas de validation tant qu'il reste à corriger")
                .isEmpty();
        assertThat(texteDeLaPage())
                .contains("Corrigez les réponses signalées en haut de la page pour pouvoir valider.");
        assertThat(valeurVerifiee("communeNaissance")).isEqualTo("Saint-Étienne (42)");
        assertThat(valeurVerifiee("parent1DateNaissance")).isEqualTo("01/01/1985");

        navigateur.cliquerEtAttendre(problemes.get(0));
        section("filiation depuis la vérification", "filiation", "Filiation", 3);
        assertThat(navigateur.js("return location.search + location.hash"))
                .isEqualTo("?retour=verification#parent1DateNaissance");
        assertThat(bouton("continuer").getText()).isEqualTo("Enregistrer et revenir à la vérification");
        navigateur.saisir("parent1DateNaissance", "01/01/1960");
        navigateur.cliquerEtAttendre(bouton("continuer"));

        page("vérification sans problème", demande + "/verification", "Vérifier vos réponses");
        assertThat(navigateur.elements(By.id("resume-erreurs"))).isEmpty();
        assertThat(valeurVerifiee("parent1DateNaissance")).isEqualTo("01/01/1960");
        assertThat(valeurVerifiee("sexe")).isEqualTo("Féminin");
        assertThat(valeurVerifiee("titre")).isEqualTo("Carte nationale d’identité et passeport");
        assertThat(valeurVerifiee("motif")).isEqualTo("Renouvellement (titre expiré ou qui expire bientôt)");
        assertThat(navigateur.valeur("courriel"))
                .as("adresse du récapitulatif préremplie")
                .isEqualTo(courriel);
    }

    /** La confirmation : le numéro par groupes, le titre demandé, le timbre fiscal. */
    @Test
    @Order(11)
    void etape11_ilValideSaPreDemandeEtObtientSonNumero() {
        navigateur.cliquerEtAttendre(
                navigateur.element(By.xpath("//main//button[normalize-space()='Valider ma pré-demande']")));
        page("confirmation", demande + "/confirmation", "Votre pré-demande est validée");
        numeroLisible = navigateur.element(By.id("numero")).getText().trim();
        assertThat(numeroLisible).as("numéro par groupes de 4").matches(NUMERO_LISIBLE);
        numero = numeroLisible.replace(" ", "");
        assertThat(texteDeLaPage()).contains("Carte nationale d’identité et passeport — renouvellement");
        // getText() rend les espaces insécables en espaces : le texte brut garde celle qui lie le montant à « € »
        assertThat(navigateur
                        .element(By.cssSelector("#contenu .fr-callout__title"))
                        .getDomProperty("textContent"))
                .isEqualTo("Timbre fiscal à acheter : 86\u00a0€");
    }

    /** Le récapitulatif PDF, téléchargé par le lien de la confirmation ; son QR code mène à /p/{numéro}. */
    @Test
    @Order(12)
    void etape12_ilTelechargeLeRecapitulatifDontLeQrCodeMeneASaPreDemande() throws Exception {
        WebElement telecharger = navigateur.element(By.id("telecharger"));
        assertThat(telecharger.getText()).isEqualTo("Télécharger le récapitulatif (PDF)");
        Path pdf = navigateur.telecharger(telecharger);
        assertThat(pdf.getFileName().toString()).isEqualTo("predemande-" + numero + ".pdf");
        recapitulatif = Files.readAllBytes(pdf);
        assertThat(recapitulatif).startsWith("%PDF".getBytes());
        assertThat(qrCodeDeLaPremierePage(recapitulatif))
                .as("QR code de la page 1 du PDF")
                .contains(url("/p/" + numero));
        try (var document = Loader.loadPDF(recapitulatif)) {
            String texteDuPdf = new PDFTextStripper().getText(document);
            assertThat(texteDuPdf)
                    .as("texte du récapitulatif")
                    .contains(numeroLisible, "Féminin", "MARTIN", "Élise, Marie");
        }
    }

    /** Le courriel : même numéro dans l'objet, le récapitulatif PDF joint (le même document). */
    @Test
    @Order(13)
    void etape13_ilRecoitLeNumeroEtLeRecapitulatifParCourriel() throws Exception {
        MimeMessage message = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> courrielPour(courriel), m -> sujet(m).contains(numeroLisible));
        assertThat(sujet(message)).isEqualTo("Prédemande — votre numéro de pré-demande " + numeroLisible);
        assertThat(texte(message)).contains(numeroLisible);
        List<Part> pdfJoints = piecesJointesPdf(message);
        assertThat(pdfJoints).as("un récapitulatif PDF joint").hasSize(1);
        assertThat(pdfJoints.get(0).getFileName()).endsWith(".pdf");
        assertThat(pdfJoints.get(0).getInputStream().readAllBytes())
                .as("le PDF joint est celui téléchargé")
                .isEqualTo(recapitulatif);
    }

    /** Le SMS (boîte de développement : pas de SMSC en test), envoyé en différé par l'outbox. */
    @Test
    @Order(14)
    void etape14_ilRecoitLeNumeroParSms() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from sms_developpement where destinataire = ? and texte like ?")
                                .param(TELEPHONE_E164)
                                .param("%" + numeroLisible + "%")
                                .query(Integer.class)
                                .single())
                        .as("SMS au %s avec le numéro %s", TELEPHONE_E164, numeroLisible)
                        .isEqualTo(1));
    }

    /** Le lien du QR code, ouvert par le titulaire connecté : retour à la confirmation. */
    @Test
    @Order(15)
    void etape15_leLienDuQrCodeRameneLeTitulaireASaConfirmation() {
        navigateur.ouvrir(url("/p/" + numero));
        page("lien du QR code", demande + "/confirmation", "Votre pré-demande est validée");
        assertThat(navigateur.element(By.id("numero")).getText()).isEqualTo(numeroLisible);
    }

    /** « Mes pré-demandes » : validée, avec son numéro ; elle se consulte, elle ne se reprend plus. */
    @Test
    @Order(16)
    void etape16_saPreDemandeValideeSeConsulteMaisNeSeReprendPlus() {
        lienDeLEnTete("Mes pré-demandes");
        page("mes pré-demandes, une validée", "/demandes", "Mes pré-demandes");
        WebElement validee = navigateur.element(By.xpath("//main//table/tbody/tr"));
        assertThat(validee.getText()).contains("Numéro " + numeroLisible);
        assertThat(validee.findElement(By.cssSelector(".fr-badge")).getDomProperty("textContent"))
                .isEqualTo("Validée");
        assertThat(validee.findElements(By.linkText("Reprendre"))).isEmpty();
        assertThat(validee.findElement(By.linkText("Consulter")).getDomAttribute("href"))
                .isEqualTo(demande + "/confirmation");
    }

    /** La commune de naissance au clavier : « saint-eti », flèche bas, Entrée ; la liste suit le motif combobox. */
    private void communeAuClavier() {
        WebElement champ = navigateur.element(By.id("communeNaissance"));
        assertThat(champ.getDomAttribute("role"))
                .as("champ de commune amélioré en combobox")
                .isEqualTo("combobox");
        champ.clear();
        champ.sendKeys("saint-eti");
        navigateur.attendre(
                "les suggestions de communes",
                p -> "true".equals(champ.getDomAttribute("aria-expanded"))
                        && !navigateur
                                .elements(By.cssSelector("#communeNaissance-suggestions [role=option]"))
                                .isEmpty());
        assertThat(navigateur.element(By.id("communeNaissance-suggestions")).getDomAttribute("role"))
                .isEqualTo("listbox");
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
        assertThat(idDuFocus()).isEqualTo("communeNaissance");

        champ.sendKeys(Keys.ENTER);
        assertThat(navigateur.valeur("communeNaissance")).isEqualTo(SAINT_ETIENNE);
        assertThat(champ.getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(champ.getDomAttribute("aria-activedescendant")).isNull();
        assertThat(navigateur.chemin())
                .as("Entrée choisit la suggestion sans envoyer le formulaire")
                .endsWith("/etat-civil");
    }

    /**
     * Une seule erreur sur la page : le résumé (qui a le focus) n'a qu'un lien, vers le champ ; le même message est à côté
     * du champ, dans son groupe en erreur ; le lien du résumé met le focus sur le champ.
     */
    private void uneSeuleErreur(String champ, String message, String classeDuGroupe) {
        WebElement resume = navigateur.element(By.id("resume-erreurs"));
        assertThat(resume.getText()).contains("Le formulaire contient des erreurs");
        assertThat(idDuFocus()).as("le résumé des erreurs prend le focus").isEqualTo("resume-erreurs");
        List<WebElement> liens = resume.findElements(By.tagName("a"));
        assertThat(liens).as("un seul lien d'erreur, vers %s", champ).hasSize(1);
        assertThat(liens.get(0).getDomAttribute("href")).isEqualTo("#" + champ);
        assertThat(liens.get(0).getText()).isEqualTo(message);
        List<WebElement> messages = navigateur.elements(By.cssSelector(".fr-message--error"));
        assertThat(messages).as("un seul message d'erreur à côté d'un champ").hasSize(1);
        assertThat(navigateur
                        .element(By.cssSelector("#" + champ + "-messages .fr-message--error"))
                        .getText())
                .isEqualTo(message);
        WebElement saisie = navigateur.element(By.id(champ));
        assertThat(saisie.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(saisie.getDomAttribute("aria-describedby")).startsWith(champ + "-messages");
        assertThat(navigateur.elements(By.cssSelector("." + classeDuGroupe + " #" + champ)))
                .as("groupe du champ %s en erreur (%s)", champ, classeDuGroupe)
                .hasSize(1);
        liens.get(0).click();
        assertThat(idDuFocus()).as("le lien du résumé mène au champ").isEqualTo(champ);
    }

    /**
     * Vérifie une page de section de la pré-demande (adresse, titre de l'indicateur d'étapes, titre du document) et la
     * contrôle par axe.
     */
    private void section(String nom, String chemin, String titre, int etape) {
        navigateur.attendreLaPage();
        assertThat(navigateur.chemin().replaceFirst("\\?.*", ""))
                .as("adresse de la page « %s »", nom)
                .isEqualTo(demande + "/" + chemin);
        List<WebElement> titres = navigateur.elements(By.tagName("h1"));
        assertThat(titres).as("un seul titre h1 sur la page « %s »", nom).hasSize(1);
        assertThat(titres.get(0).getText().replaceAll("\\s+", " "))
                .as("titre de la page « %s »", nom)
                .isEqualTo(titre + " Étape " + etape + " sur 6");
        assertThat(navigateur.pilote().getTitle())
                .as("titre du document « %s »", nom)
                .isEqualTo(titreDuDocument(titre));
        controler(nom);
    }

    /** Le bouton « Continuer » de la section (ou « Enregistrer et revenir à la vérification »). */
    private void continuer() {
        navigateur.cliquerEtAttendre(bouton("continuer"));
    }

    private WebElement bouton(String action) {
        return navigateur.element(
                By.cssSelector("#contenu form button[type=submit][name=action][value=" + action + "]"));
    }

    private void choisir(String champ, String valeur) {
        new Select(navigateur.element(By.id(champ))).selectByValue(valeur);
    }

    /** La valeur affichée sur la page de vérification pour un champ (repéré par le lien « Modifier » de sa ligne). */
    private String valeurVerifiee(String champ) {
        return navigateur
                .element(By.xpath("//main//table//tr[td/a[substring(@href, string-length(@href) - " + champ.length()
                        + ") = '#" + champ + "']]/td[1]"))
                .getText()
                .trim();
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
}
