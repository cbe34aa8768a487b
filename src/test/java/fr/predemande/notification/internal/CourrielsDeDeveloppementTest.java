package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    @Autowired
    CourrielsDeDeveloppement courriels;

    @Test
    void lesCourrielsSontGardesEtListesSurLaPageDeDeveloppement() throws Exception {
        assertThat(envoi).isInstanceOf(CourrielsDeDeveloppement.class);
        String destinataire = "dev-" + System.nanoTime() + "@exemple.fr";
        transaction.executeWithoutResult(etat -> evenements.publishEvent(new LienDeCompteEmis(
                UsageDuLien.REINITIALISATION,
                destinataire,
                "camille",
                "Camille",
                "http://localhost/compte/mot-de-passe-oublie/nouveau?jeton=xyz",
                Instant.now().plus(Duration.ofHours(1)))));

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> mvc.perform(get("/dev/courriels"))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString(destinataire)))
                        .andExpect(content().string(containsString("Prédemande — réinitialisez votre mot de passe"))));
    }

    @Test
    void lesPiecesJointesSontListeesEtSeTelechargentTellesQuelles() throws Exception {
        String destinataire = "pieces-" + System.nanoTime() + "@exemple.fr";
        byte[] pdf = "%PDF-1.7 récapitulatif de test".getBytes(StandardCharsets.UTF_8);
        byte[] texte = "bonjour".getBytes(StandardCharsets.UTF_8);
        envoi.envoyer(new Courriel(
                "test/pieces",
                destinataire,
                "Votre récapitulatif",
                "Voir les pièces jointes.",
                "<p>Voir.</p>",
                List.of(
                        new Courriel.PieceJointe("récapitulatif 7K3M.pdf", "application/pdf", pdf),
                        new Courriel.PieceJointe("notes.txt", "text/plain;charset=UTF-8", texte))));
        UUID id = courriels.derniers().stream()
                .filter(courriel -> courriel.destinataire().equals(destinataire))
                .findFirst()
                .orElseThrow()
                .id();

        mvc.perform(get("/dev/courriels/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/dev/courriels/" + id + "/pieces/1\"")))
                .andExpect(content().string(containsString("récapitulatif 7K3M.pdf")))
                .andExpect(content().string(containsString("application/pdf — " + pdf.length + " octets")))
                .andExpect(content().string(containsString("href=\"/dev/courriels/" + id + "/pieces/2\"")))
                .andExpect(content().string(containsString("text/plain;charset=UTF-8 — 7 octets")));

        mvc.perform(get("/dev/courriels/{id}/pieces/1", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString("filename*=UTF-8''r%C3%A9capitulatif%207K3M.pdf")))
                .andExpect(content().bytes(pdf));
        mvc.perform(get("/dev/courriels/{id}/pieces/2", id))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("notes.txt")))
                .andExpect(content().bytes(texte));
        mvc.perform(get("/dev/courriels/{id}/pieces/3", id)).andExpect(status().isNotFound());
        mvc.perform(get("/dev/courriels/{id}/pieces/1", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void unCourrielSansPieceJointeNAfficheAucuneListe() throws Exception {
        String destinataire = "sans-piece-" + System.nanoTime() + "@exemple.fr";
        envoi.envoyer(new Courriel("test/sans-piece", destinataire, "Sans pièce", "Texte.", "<p>Texte.</p>"));
        UUID id = courriels.derniers().stream()
                .filter(courriel -> courriel.destinataire().equals(destinataire))
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(get("/dev/courriels/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Pièces jointes"))));
    }

    @Test
    void unCourrielRenvoyeParLOutboxNEstGardeQuUneFoisEtUnAutreMessageAuMemeDestinataireLEst() {
        String destinataire = "renvoi-" + System.nanoTime() + "@exemple.fr";
        var courriel = new Courriel(
                "pre-demande-validee/" + UUID.randomUUID(),
                destinataire,
                "Votre récapitulatif",
                "Texte.",
                "<p>Texte.</p>",
                List.of(new Courriel.PieceJointe("predemande.pdf", "application/pdf", "%PDF".getBytes())));
        envoi.envoyer(courriel);
        envoi.envoyer(courriel);
        envoi.envoyer(new Courriel(
                "dossier-transmis/" + UUID.randomUUID(), destinataire, "Votre numéro", "Texte.", "<p>T</p>"));

        var gardes = courriels.derniers().stream()
                .filter(garde -> garde.destinataire().equals(destinataire))
                .toList();
        assertThat(gardes)
                .extracting(CourrielsDeDeveloppement.CourrielGarde::sujet)
                .containsExactlyInAnyOrder("Votre récapitulatif", "Votre numéro");
        var recapitulatif = gardes.stream()
                .filter(garde -> garde.sujet().equals("Votre récapitulatif"))
                .findFirst()
                .orElseThrow();
        assertThat(courriels.pieces(recapitulatif.id())).hasSize(1);
    }
}
