package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Un courriel qui ne peut pas partir (serveur SMTP arrêté) reste dans l'outbox et part à la relance, une seule fois.
 */
@SpringBootTest
class OutboxDesCourrielsTest {

    private static final int PORT = portLibre();
    private GreenMail smtp;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry proprietes) {
        proprietes.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    ApplicationEventPublisher evenements;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IncompleteEventPublications enAttente;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void arreter() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void unCourrielNonEnvoyeEstRelanceJusquASuccesSansDoublon() throws Exception {
        String destinataire = "outbox-" + System.nanoTime() + "@exemple.fr";
        transaction.executeWithoutResult(etat -> evenements.publishEvent(new LienDeCompteEmis(
                UsageDuLien.ACTIVATION,
                destinataire,
                "outbox",
                "Léa",
                "http://localhost/compte/activation?jeton=abc",
                Instant.now().plus(Duration.ofHours(24)))));

        // le serveur SMTP est arrêté : l'envoi échoue et la publication reste en attente, marquée en échec
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(enEchec(destinataire)).isEqualTo(1));

        smtp = new GreenMail(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        enAttente.resubmitIncompletePublicationsOlderThan(Duration.ZERO);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(smtp.getReceivedMessages()).hasSize(1));
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Prédemande — activez votre compte");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(enAttente(destinataire)).isZero());

        // une relance de plus ne renvoie rien : la publication traitée a disparu de l'outbox
        enAttente.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private int enEchec(String destinataire) {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like ?")
                .param("%" + destinataire + "%")
                .query(Integer.class)
                .single();
    }

    private int enAttente(String destinataire) {
        return jdbc.sql(
                        "select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + destinataire + "%")
                .query(Integer.class)
                .single();
    }

    private static int portLibre() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
