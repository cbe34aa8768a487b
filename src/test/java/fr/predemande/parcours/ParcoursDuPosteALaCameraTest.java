package fr.predemande.parcours;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.habilitation.RoleAgent;
import fr.predemande.impression.CodesQr;
import fr.predemande.stockage.CoffreDesSecrets;
import fr.predemande.support.AgentsDeTest;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * La recherche par la caméra (tablette, téléphone), dans son propre Chromium : sa caméra simulée filme le vrai
 * récapitulatif PDF de la pré-demande, celui que l'usagère a reçu par courriel, rendu et mis en vidéo YUV4MPEG2 par le test
 * ({@link VideoDuRecapitulatif}). « Scanner avec la caméra » : jsQR (livré par le service) lit le QR code dans l'image,
 * le formulaire part, la pré-demande s'affiche. L'autorisation de la caméra est accordée d'office
 * ({@code --use-fake-ui-for-media-stream}). Chaque page est contrôlée par axe-core.
 */
class ParcoursDuPosteALaCameraTest extends ParcoursEnNavigateur {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder empreintes;

    @Autowired
    CoffreDesSecrets coffre;

    private Path dossier;
    private VideoDuRecapitulatif.Video video;
    private String numero;
    private String numeroLisible;
    private AgentsDeTest.AgentDeTest agent;

    ParcoursDuPosteALaCameraTest() {
        super("poste-camera-", 4);
    }

    /**
     * Chromium lit la vidéo de sa caméra simulée dès son démarrage : la pré-demande est validée, son récapitulatif reçu
     * par courriel et mis en vidéo avant.
     */
    @Override
    protected List<String> argumentsDeChromium() throws Exception {
        String usager = compteActive();
        String courriel = usager + "@exemple.fr";
        numero = PreDemandesDeTest.validee(mvc, connecter(usager), courriel, "06 12 34 56 78");
        numeroLisible = numero.substring(0, 4) + " " + numero.substring(4, 8) + " " + numero.substring(8);
        byte[] recapitulatif = recapitulatifRecu(courriel);

        dossier = Files.createTempDirectory("predemande-camera-");
        video = VideoDuRecapitulatif.ecrire(recapitulatif, dossier.resolve("recapitulatif.y4m"));
        return List.of(
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.fichier().toAbsolutePath());
    }

    @AfterAll
    void effacerLaVideo() throws Exception {
        if (dossier != null) {
            try (var fichiers = Files.list(dossier)) {
                for (Path fichier : fichiers.toList()) {
                    Files.deleteIfExists(fichier);
                }
            }
            Files.deleteIfExists(dossier);
        }
    }

    /** La vidéo montre bien le QR code du récapitulatif : ZXing le relit sur la luminance de la première image. */
    @Test
    @Order(1)
    void etape01_laVideoDeLaCameraMontreLeQrCodeDuRecapitulatif() throws Exception {
        assertThat(video.texteDuQrCode()).isEqualTo(url("/p/" + numero));
        assertThat(Files.size(video.fichier())).isGreaterThan(30L * 640 * 480 * 3 / 2);
        Path apercu =
                Files.createDirectories(Path.of("target", "parcours")).resolve("poste-camera-image-de-la-video.png");
        ImageIO.write(video.image(), "png", apercu.toFile());
        assertThat(CodesQr.lire(VideoDuRecapitulatif.luminance(video.fichier())))
                .as("QR code lu sur le plan Y de la vidéo")
                .contains(url("/p/" + numero));
    }

    @Test
    @Order(2)
    void etape02_lAgentSeConnecteEtOuvreLaRecherche() {
        var agents = new AgentsDeTest(jdbc, empreintes, coffre);
        var mairie = agents.mairie("Mairie de test de la caméra", "42", "42218", "Tablette de l’accueil");
        agent = agents.agentEnrole(mairie, RoleAgent.AGENT);

        navigateur.ouvrir(url("/mairie/connexion"));
        page("connexion des agents", "/mairie/connexion", "Connexion des agents de mairie");
        navigateur.saisir("identifiant", agent.identifiant());
        navigateur.saisir("motDePasse", agent.motDePasse());
        navigateur.saisir("code", agent.code());
        navigateur.cliquerEtAttendre(boutonEnvoyer());
        // un seul poste dans la mairie : il est pris d'office
        assertThat(navigateur.chemin()).isEqualTo("/mairie");
        assertThat(navigateur.element(By.tagName("header")).getText()).contains("Poste : Tablette de l’accueil");
        controler("accueil");
        navigateur.cliquerEtAttendre(navigateur.element(By.linkText("Pré-demande")));
        page("recherche", "/mairie/recueil", "Retrouver une pré-demande");
    }

    @Test
    @Order(3)
    void etape03_laCameraLitLeQrCodeDuRecapitulatifEtLaPreDemandeSAffiche() {
        WebElement camera = navigateur.element(By.id("camera"));
        assertThat(camera.isDisplayed())
                .as("bouton de la caméra montré (caméra et jsQR présents)")
                .isTrue();
        assertThat(camera.getText()).isEqualTo("Scanner avec la caméra");
        // la lecture fait partir le formulaire : la page de la pré-demande remplace la recherche
        navigateur.cliquerEtAttendre(camera);
        page("pré-demande retrouvée par la caméra", "/mairie/recueil", "Pré-demande " + numeroLisible);
        assertThat(texteDeLaPage().replace('\u00a0', ' ')).contains("MARTIN", "168 cm", "Timbres fiscaux dus : 86 €");
    }

    /** Le récapitulatif joint au courriel de validation (le courriel d'activation du compte, lui, n'en a pas). */
    private static byte[] recapitulatifRecu(String courriel) throws Exception {
        List<Part> pdf = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> piecesJointesPdf(courrielPour(courriel)), pieces -> !pieces.isEmpty());
        assertThat(pdf).as("le récapitulatif PDF joint au courriel").hasSize(1);
        return pdf.get(0).getInputStream().readAllBytes();
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
