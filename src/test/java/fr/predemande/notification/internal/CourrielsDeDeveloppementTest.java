package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.notification.EnvoiCourriel;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Sans serveur SMTP (machine neuve), les courriels sont gardés et lisibles sur /dev/courriels. */
@SpringBootTest(properties = "spring.mail.host=false")
@AutoConfigureMockMvc
class CourrielsDeDeveloppementTest {

    @Autowired
    EnvoiCourriel envoi;

    @Autowired
    ApplicationEventPublisher evenements;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MockMvc mvc;

    @Test
    void lesCourrielsSontGardesEtListesSurLaPageDeDeveloppement() throws Exception {
        assertThat(envoi).isInstanceOf(CourrielsDeDeveloppement.class);
        String destinataire = "dev-" + System.nanoTime() + "@exemple.fr";
        transaction.executeWithoutResult(etat -> evenements.publishEvent(new LienDeCompteEmis(UsageDuLien.REINITIALISATION,
                destinataire, "camille", "Camille", "http://localhost/compte/mot-de-passe-oublie/nouveau?jeton=xyz",
                Instant.now().plus(Duration.ofHours(1)))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/dev/courriels"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(destinataire)))
                .andExpect(content().string(containsString("Prédemande — réinitialisez votre mot de passe"))));
    }
}
