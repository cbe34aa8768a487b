package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Le récapitulatif se prépare après la validation : la page de confirmation dit s'il est prêt, son lien attend
 * quelques secondes qu'il le soit puis mène à une page « en préparation » (sans JavaScript) qui propose de réessayer,
 * et le courriel joint le même document que celui qu'on télécharge.
 */
class RecapitulatifApresLaValidationHttpTest extends ApplicationEnTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void leCourrielJointLeRecapitulatifQueLUsagerTelecharge() throws Exception {
        Cookie session = connecter(compteActive());
        String courriel = "recap-" + UUID.randomUUID() + "@exemple.fr";
        UUID id = valider(session, courriel);

        var message = courrielPour(courriel);
        String stocke = (String) await().atMost(Duration.ofSeconds(20))
                .until(() -> colonnes(id).get("recapitulatif_sha256"), s -> s != null);
        var pdf = mvc.perform(get("/demandes/" + id + "/recapitulatif.pdf").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pdf.getHeader("X-Content-SHA256")).isEqualTo(stocke);
        assertThat(sha256(pdf.getContentAsByteArray())).isEqualTo(stocke);
        assertThat(sha256(pieceJointe(message)))
                .as("la pièce jointe est le récapitulatif stocké")
                .isEqualTo(stocke);
        assertThat(mvc.perform(get("/demandes/" + id + "/confirmation").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("et le récapitulatif par courriel")
                .doesNotContain("Votre récapitulatif est en préparation");
    }

    @Test
    void avantQueLeRecapitulatifSoitPretLaConfirmationLeDitEtSonLienAttendPuisMeneALaPageEnPreparation()
            throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = valider(session, "attente-" + UUID.randomUUID() + "@exemple.fr");
        await().atMost(Duration.ofSeconds(20)).until(() -> colonnes(id).get("recapitulatif_cle") != null);
        // pas encore prêt : comme juste après la validation, avant que l'écouteur l'ait enregistré
        Map<String, Object> pret = colonnes(id);
        jdbc.sql(
                        "update pre_demande set recapitulatif_cle = null, recapitulatif_sha256 = null, recapitulatif_taille = null"
                                + " where id = ?")
                .param(id)
                .update();

        assertThat(mvc.perform(get("/demandes/" + id + "/confirmation").cookie(session))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Votre récapitulatif est en préparation")
                .contains("/demandes/" + id + "/recapitulatif.pdf");
        long debut = System.nanoTime();
        mvc.perform(get("/demandes/" + id + "/recapitulatif.pdf").cookie(session))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/demandes/" + id + "/recapitulatif"));
        assertThat(Duration.ofNanos(System.nanoTime() - debut))
                .as("le lien a attendu, un temps borné")
                .isBetween(AttenteDuRecapitulatif.ATTENTE_MAXIMALE.minusMillis(200), Duration.ofSeconds(10));
        String page = mvc.perform(get("/demandes/" + id + "/recapitulatif").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Récapitulatif en préparation",
                        "Réessayer le téléchargement",
                        "href=\"/demandes/" + id + "/recapitulatif.pdf\"");

        // prêt pendant que le lien attend : le PDF arrive sans que l'usager ait à réessayer
        CompletableFuture.runAsync(
                () -> jdbc.sql("""
                        update pre_demande set recapitulatif_cle = ?, recapitulatif_sha256 = ?, recapitulatif_taille = ?
                        where id = ?""")
                        .params(
                                pret.get("recapitulatif_cle"),
                                pret.get("recapitulatif_sha256"),
                                pret.get("recapitulatif_taille"),
                                id)
                        .update(),
                CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
        var pdf = mvc.perform(get("/demandes/" + id + "/recapitulatif.pdf").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(sha256(pdf.getContentAsByteArray())).isEqualTo(pret.get("recapitulatif_sha256"));
        mvc.perform(get("/demandes/" + id + "/recapitulatif").cookie(session))
                .andExpect(redirectedUrl("/demandes/" + id + "/recapitulatif.pdf"));
        assertThat(mvc.perform(get("/demandes/" + id + "/confirmation").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Votre récapitulatif est en préparation");
    }

    @Test
    void unBrouillonNAPasDeRecapitulatif() throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = UUID.randomUUID();
        mvc.perform(post("/demandes").cookie(session).with(csrf()).param("id", id.toString()));
        mvc.perform(get("/demandes/" + id + "/recapitulatif.pdf").cookie(session))
                .andExpect(status().isNotFound());
        mvc.perform(get("/demandes/" + id + "/recapitulatif").cookie(session)).andExpect(status().isNotFound());
    }

    private UUID valider(Cookie session, String courriel) throws Exception {
        UUID id = UUID.randomUUID();
        mvc.perform(post("/demandes").cookie(session).with(csrf()).param("id", id.toString()))
                .andExpect(status().is3xxRedirection());
        for (var section : PreDemandesDeTest.REPONSES.entrySet()) {
            var envoi = post("/demandes/" + id + "/" + section.getKey())
                    .cookie(session)
                    .with(csrf());
            section.getValue().forEach(envoi::param);
            mvc.perform(envoi).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/demandes/" + id + "/validation")
                        .cookie(session)
                        .with(csrf())
                        .param("courriel", courriel))
                .andExpect(redirectedUrl("/demandes/" + id + "/confirmation"));
        return id;
    }

    private Map<String, Object> colonnes(UUID id) {
        return jdbc.sql(
                        "select recapitulatif_cle, recapitulatif_sha256, recapitulatif_taille from pre_demande where id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private static byte[] pieceJointe(MimeMessage message) throws Exception {
        var parties = (Multipart) message.getContent();
        for (int i = 0; i < parties.getCount(); i++) {
            Part partie = parties.getBodyPart(i);
            if (partie.getFileName() != null && partie.getFileName().endsWith(".pdf")) {
                try (var flux = partie.getInputStream()) {
                    return flux.readAllBytes();
                }
            }
        }
        throw new AssertionError("Pas de récapitulatif joint");
    }

    private static String sha256(byte[] contenu) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
    }
}
