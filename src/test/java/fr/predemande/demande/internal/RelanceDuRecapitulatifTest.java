package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandeValidee;
import fr.predemande.justificatifs.Montant;
import fr.predemande.stockage.MagasinDeDocuments;
import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Un arrêt de la génération du récapitulatif entre le dépôt du PDF et son enregistrement laisse l'événement dans
 * l'outbox : la relance refait le récapitulatif, l'enregistre, et le courriel part alors, une fois. Un écouteur relancé
 * après coup (deux nœuds, ou un arrêt entre l'enregistrement et la fin de la publication) ne refait rien.
 */
class RelanceDuRecapitulatifTest extends ApplicationEnTest {

    @MockitoSpyBean
    MagasinDeDocuments magasin;

    @Autowired
    GenerationDuRecapitulatif generation;

    @Autowired
    IncompleteEventPublications enAttente;

    @Autowired
    JdbcClient jdbc;

    @Test
    void unArretEntreLeDepotEtLEnregistrementEstRelanceParLOutboxSansDoublon() throws Exception {
        Cookie session = connecter(compteActive());
        String courriel = "relance-" + UUID.randomUUID() + "@exemple.fr";
        reset(magasin);
        // le premier dépôt d'un récapitulatif écrit le fichier, puis « l'application s'arrête » avant l'enregistrement
        doAnswer(invocation -> {
                    invocation.callRealMethod();
                    throw new IllegalStateException("arrêt simulé entre le dépôt et l'enregistrement");
                })
                .doCallRealMethod()
                .when(magasin)
                .deposer(eq("recapitulatifs"), any(), any());

        UUID id = valider(session, courriel);

        await().atMost(Duration.ofSeconds(30)).until(() -> publicationsDeLaGeneration(id, "FAILED") == 1);
        assertThat(recapitulatif(id)).as("rien d'enregistré").isNull();
        assertThat(courrielsPour(courriel))
                .as("pas de courriel sans récapitulatif")
                .isEmpty();

        enAttente.resubmitIncompletePublications(
                publication -> publication.getEvent() instanceof PreDemandeValidee validee
                        && validee.id().equals(id));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> courrielsPour(courriel).size() == 1);
        String stocke = recapitulatif(id);
        assertThat(stocke).isNotNull();
        assertThat(sha256(pieceJointe(courrielsPour(courriel).get(0)))).isEqualTo(stocke);
        await().atMost(Duration.ofSeconds(10)).until(() -> publicationsDeLaGeneration(id, null) == 0);

        // l'écouteur relancé encore une fois : il trouve le récapitulatif et ne fait rien
        generation.generer(new PreDemandeValidee(
                id,
                new NumeroPreDemande(numero(id)),
                courriel,
                null,
                "Élise",
                LocalDate.now().plusMonths(6),
                Montant.euros(86)));
        Thread.sleep(1500);
        verify(magasin, times(2)).deposer(eq("recapitulatifs"), any(), any());
        assertThat(recapitulatif(id)).isEqualTo(stocke);
        assertThat(courrielsPour(courriel)).as("un seul courriel").hasSize(1);
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

    /** Les publications de l'événement de cette validation pour la génération du récapitulatif (d'un statut, ou toutes). */
    private int publicationsDeLaGeneration(UUID id, String statut) {
        return jdbc.sql("""
                        select count(*) from event_publication where listener_id like '%GenerationDuRecapitulatif%'
                        and serialized_event like ? and (cast(? as text) is null or status = ?)""")
                .params("%" + id + "%", statut, statut)
                .query(Integer.class)
                .single();
    }

    private String recapitulatif(UUID id) {
        return jdbc.sql("select recapitulatif_sha256 from pre_demande where id = ?")
                .param(id)
                .query(String.class)
                .list()
                .get(0);
    }

    private String numero(UUID id) {
        return jdbc.sql("select numero from pre_demande where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static List<MimeMessage> courrielsPour(String destinataire) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> {
                    try {
                        return GreenMailUtil.getAddressList(message.getAllRecipients())
                                .contains(destinataire);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    private static byte[] pieceJointe(MimeMessage message) throws Exception {
        var parties = (Multipart) message.getContent();
        for (int i = 0; i < parties.getCount(); i++) {
            var partie = parties.getBodyPart(i);
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
