package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Des courriels bloqués (un serveur SMTP qui ne répond plus retient chaque fil jusqu'à son délai) ne retardent ni le
 * récapitulatif PDF ni le SMS d'une pré-demande validée : chacun part de ses propres fils ; le courriel part dès que
 * les siens se libèrent.
 */
class EnvoisSurLeursFilsTest extends ApplicationEnTest {

    @Autowired
    @Qualifier(ExecuteursDesEnvois.COURRIELS)
    ThreadPoolTaskExecutor courriels;

    @Autowired
    JdbcClient jdbc;

    @Test
    void desCourrielsBloquesNeRetardentNiLeRecapitulatifNiLeSms() throws Exception {
        // le compte s'active par un courriel : avant de bloquer leurs fils
        var usager = connecter(compteActive());
        var liberation = new CountDownLatch(1);
        for (int i = 0; i < ExecuteursDesEnvois.FILS; i++) {
            courriels.execute(() -> {
                try {
                    liberation.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        String courriel = identifiantUnique() + "@exemple.fr";
        String numero;
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> courriels.getActiveCount() == ExecuteursDesEnvois.FILS);
            // la pré-demande validée attend son récapitulatif téléchargeable (PreDemandesDeTest.validee)
            numero = PreDemandesDeTest.validee(mvc, usager, courriel, "06 12 34 56 78");
            String lisible = numero.substring(0, 4) + " " + numero.substring(4, 8) + " " + numero.substring(8);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(jdbc.sql("select count(*) from sms_developpement where texte like ?")
                                            .param("%" + lisible + "%")
                                            .query(Integer.class)
                                            .single())
                                    .as("SMS de la pré-demande %s, courriels bloqués", lisible)
                                    .isEqualTo(1));
            assertThat(recusPar(courriel))
                    .as("courriel parti malgré des fils bloqués")
                    .isZero();
        } finally {
            liberation.countDown();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(recusPar(courriel)).isEqualTo(1));
    }

    private static long recusPar(String courriel) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> destinataires(message).contains(courriel))
                .count();
    }

    private static String destinataires(MimeMessage message) {
        try {
            Address[] adresses = message.getAllRecipients();
            return adresses == null ? "" : Arrays.toString(adresses);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
