package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.notification.EnvoiSms;
import fr.predemande.notification.Sms;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sans SMSC configuré (machine neuve), les SMS sont gardés et lisibles sur /dev/sms, avec leur codage. */
@SpringBootTest(properties = "spring.mail.host=false")
@AutoConfigureMockMvc
class SmsDeDeveloppementTest {

    @Autowired
    EnvoiSms envoi;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void lesSmsSontGardesEtListesSurLaPageDeDeveloppementAvecLeurCodage() throws Exception {
        assertThat(envoi).isInstanceOf(SmsDeDeveloppement.class);
        String gsm = portable();
        String ucs2 = portable();
        envoi.envoyer(new Sms(
                "test/gsm", gsm, "Votre pré-demande 7K3M9Q2XTB est validée. Présentez-vous en mairie avec ce numéro."));
        envoi.envoyer(new Sms("test/ucs2", ucs2, "Votre pré-demande 7K3M9Q2XTB est prête."));

        mvc.perform(get("/dev/sms"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SMS envoyés (développement)")))
                .andExpect(content().string(containsString(gsm)))
                .andExpect(content()
                        .string(containsString(
                                "Votre pré-demande 7K3M9Q2XTB est validée. Présentez-vous en mairie avec ce numéro.")))
                .andExpect(content().string(containsString(ucs2)))
                .andExpect(content().string(containsString("Votre pré-demande 7K3M9Q2XTB est prête.")))
                .andExpect(content().string(containsString("GSM 7 bits")))
                .andExpect(content().string(containsString("UCS-2 (Unicode)")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void leTexteGardeEstCeluiQuiPartiraitAvecUneTypographieSimplifiee() {
        String destinataire = portable();
        envoi.envoyer(new Sms(
                "test/typographie",
                destinataire,
                "Présentez-vous à l’accueil\u00A0: votre pré-demande est validée\u202F!"));

        assertThat(jdbc.sql("select texte from sms_developpement where destinataire = ?")
                        .param(destinataire)
                        .query(String.class)
                        .single())
                .isEqualTo("Présentez-vous à l'accueil : votre pré-demande est validée !");
    }

    @Test
    void unTexteTropLongEstRefuseCommeEnProduction() {
        String destinataire = portable();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> envoi.envoyer(new Sms("test/trop-long", destinataire, "ê".repeat(135))));
        assertThat(jdbc.sql("select count(*) from sms_developpement where destinataire = ?")
                        .param(destinataire)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void laPageDesCourrielsMeneAuxSms() throws Exception {
        mvc.perform(get("/dev/courriels"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/dev/sms\"")))
                .andExpect(content().string(containsString("Voir les SMS envoyés (développement)")));
        mvc.perform(get("/dev/sms")).andExpect(content().string(containsString("href=\"/dev/courriels\"")));
    }

    private static String portable() {
        return "+3361" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    @Test
    void unSmsRenvoyeParLOutboxNEstGardeQuUneFois() {
        String destinataire = portable();
        var sms = new Sms(
                "pre-demande-validee/" + java.util.UUID.randomUUID(), destinataire, "Votre pré-demande est validée.");
        envoi.envoyer(sms);
        envoi.envoyer(sms);
        envoi.envoyer(new Sms(
                "dossier-transmis/" + java.util.UUID.randomUUID(), destinataire, "Votre dossier est transmis."));

        assertThat(jdbc.sql("select texte from sms_developpement where destinataire = ?")
                        .param(destinataire)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("Votre pré-demande est validée.", "Votre dossier est transmis.");
    }
}
