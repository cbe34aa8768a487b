package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Au démarrage en prod, tout ce qui manque est nommé dans un seul message ; l'adresse publique doit être en https. */
class ControlesDeProductionTest {

    private final DemarrageDeLaBase demarrage = new DemarrageDeLaBase();

    /** Tout ce que la production exige, correctement réglé. */
    private static MockEnvironment production() {
        var environnement = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/predemande")
                .withProperty("spring.mail.host", "smtp.exemple.fr")
                .withProperty("predemande.sms.smpp.hote", "smsc.exemple.fr")
                .withProperty("predemande.sms.smpp.identifiant", "predemande")
                .withProperty("predemande.antirobot.cle-hmac", "une-cle-commune-a-tous-les-noeuds")
                .withProperty("predemande.stockage.chiffrement.cles", "2026:" + "A".repeat(43) + "=")
                .withProperty("predemande.url-publique", "https://predemande.example.fr")
                .withProperty("management.server.port", "8081");
        environnement.setActiveProfiles("prod");
        return environnement;
    }

    private void demarrer(MockEnvironment environnement) {
        demarrage.postProcessEnvironment(environnement, new SpringApplication());
    }

    @Test
    void uneProductionCompletementRegleeDemarre() {
        assertThatNoException().isThrownBy(() -> demarrer(production()));
    }

    @Test
    void sansRienRegleToutCeQuiManqueEstNommeDansUnSeulMessage() {
        var environnement = new MockEnvironment()
                // la valeur par défaut d'application.yml, telle qu'elle se résout avant l'ouverture du port
                .withProperty("server.port", "8080")
                .withProperty("predemande.url-publique", "http://localhost:${local.server.port:${server.port}}");
        environnement.setActiveProfiles("prod");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(environnement))
                .withMessageContaining("Le profil prod refuse de démarrer")
                .withMessageContaining("SPRING_DATASOURCE_URL")
                .withMessageContaining("SPRING_MAIL_HOST")
                .withMessageContaining("PREDEMANDE_SMS_SMPP_HOTE")
                .withMessageContaining("PREDEMANDE_ANTIROBOT_CLE_HMAC")
                .withMessageContaining("PREDEMANDE_STOCKAGE_CHIFFREMENT_CLES")
                .withMessageContaining("PREDEMANDE_URL_PUBLIQUE");
    }

    @Test
    void lAdressePubliqueDoitEtreEnHttps() {
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        demarrer(production().withProperty("predemande.url-publique", "http://predemande.example.fr")))
                .withMessageContaining("en https")
                .withMessageContaining("PREDEMANDE_URL_PUBLIQUE")
                .withMessageNotContaining("SPRING_DATASOURCE_URL");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production().withProperty("predemande.url-publique", "")))
                .withMessageContaining("PREDEMANDE_URL_PUBLIQUE");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production().withProperty("predemande.url-publique", "https://")))
                .withMessageContaining("PREDEMANDE_URL_PUBLIQUE");
    }

    @Test
    void laCleAntiRobotEstExigee() {
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production().withProperty("predemande.antirobot.cle-hmac", " ")))
                .withMessageContaining("PREDEMANDE_ANTIROBOT_CLE_HMAC")
                .withMessageNotContaining("SPRING_MAIL_HOST");
    }

    /** Sans elle, chaque nœud chiffrerait les documents avec sa propre clé locale, générée sur son disque. */
    @Test
    void laCleMaitresseDesDocumentsEstExigee() {
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production().withProperty("predemande.stockage.chiffrement.cles", " ")))
                .withMessageContaining("clé maîtresse de chiffrement des documents")
                .withMessageContaining("PREDEMANDE_STOCKAGE_CHIFFREMENT_CLES")
                .withMessageNotContaining("PREDEMANDE_ANTIROBOT_CLE_HMAC");
        // une liste YAML arrive indexée dans l'environnement
        var enYaml = production().withProperty("predemande.stockage.chiffrement.cles", "");
        enYaml.setProperty("predemande.stockage.chiffrement.cles[0]", "2026:" + "A".repeat(43) + "=");
        assertThatNoException().isThrownBy(() -> demarrer(enYaml));
    }

    @Test
    void desServeursCoupesParFalseNeSuffisentPas() {
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production()
                        .withProperty("spring.mail.host", "false")
                        .withProperty("predemande.sms.smpp.hote", "false")))
                .withMessageContaining("SPRING_MAIL_HOST")
                .withMessageContaining("PREDEMANDE_SMS_SMPP_HOTE");
    }

    @Test
    void unSmscSansIdentifiantNeSuffitPas() {
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production().withProperty("predemande.sms.smpp.identifiant", "")))
                .withMessageContaining("PREDEMANDE_SMS_SMPP_IDENTIFIANT");
    }

    @Test
    void lesSondesDoiventEtreSurUnAutrePortQueLApplication() {
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production().withProperty("management.server.port", "")))
                .withMessageContaining("MANAGEMENT_SERVER_PORT")
                .withMessageNotContaining("PREDEMANDE_URL_PUBLIQUE");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production()
                        .withProperty("server.port", "9090")
                        .withProperty("management.server.port", "9090")))
                .withMessageContaining("MANAGEMENT_SERVER_PORT");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrer(production().withProperty("management.server.port", "-1")))
                .withMessageContaining("MANAGEMENT_SERVER_PORT");
        assertThatNoException()
                .isThrownBy(() -> demarrer(production()
                        .withProperty("server.port", "9090")
                        .withProperty("management.server.port", "8080")));
    }

    @Test
    void horsProductionRienNEstExige() {
        var developpement = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/predemande")
                .withProperty("predemande.url-publique", "http://localhost:8080");
        assertThatNoException().isThrownBy(() -> demarrer(developpement));
    }
}
