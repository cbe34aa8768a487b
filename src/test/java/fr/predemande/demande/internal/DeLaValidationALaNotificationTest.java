package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.predemande.compte.IdentiteUsager;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandeValidee;
import fr.predemande.demande.RecapitulatifGenere;
import fr.predemande.justificatifs.Montant;
import fr.predemande.saisie.Sexe;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Le module « Pré-demande » démarré par Spring Modulith avec ce dont il a besoin, de la validation d'un brouillon
 * complet jusqu'aux messages reçus par l'usager : l'événement {@link PreDemandeValidee} publié avec le numéro délivré
 * (sans récapitulatif : la transaction de la validation n'en fait pas), puis, portés par l'outbox, le SMS, le
 * récapitulatif PDF ({@link RecapitulatifGenere}) et le courriel qui le joint.
 *
 * <p>Ce qui est démarré : le module et tout ce dont il dépend ({@link BootstrapMode#ALL_DEPENDENCIES} : compte, web,
 * référentiel, impression, stockage, et, par le compte, l'anti-robot ; justificatifs et saisie n'ont pas de beans),
 * plus deux modules dont il ne dépend pas mais sans lesquels le scénario n'a pas lieu : « notification », qui écoute
 * l'événement, et « plateforme », qui fournit l'horloge, le verrou des tâches et la relance de l'outbox (la base
 * PostgreSQL embarquée, elle, démarre avant tout contexte, par {@code DemarrageDeLaBase}, et la configuration de test
 * s'applique). Ici, cela revient à tous les modules qui ont des beans : le contexte est aussi large que l'application,
 * mais c'est Spring Modulith qui le compose, module par module. Un mode plus étroit ({@code DIRECT_DEPENDENCIES}) ne
 * laisserait dehors que l'anti-robot, au prix de simuler ce que le compte lui demande. La chaîne de sécurité du compte
 * se construit telle quelle (toutes les autoconfigurations de Spring Boot sont là) : rien n'a dû être simulé.
 *
 * <p>L'ordre des attentes suit l'API de {@link Scenario} : on attend que les messages soient partis (courriel reçu, SMS
 * gardé, plus rien dans l'outbox pour cette pré-demande), puis on vérifie l'événement publié par la validation.
 *
 * <p>Le courriel part par SMTP vers GreenMail sur un port libre (la configuration de test nomme {@code localhost}
 * comme serveur : c'est l'envoi réel, {@code EnvoiSmtp}, qui sert) ; le SMS, sans SMSC configuré, est gardé par la
 * boîte de développement (table {@code sms_developpement}).
 */
@ApplicationModuleTest(
        mode = BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"notification", "plateforme"})
class DeLaValidationALaNotificationTest {

    private static final int PORT_SMTP = portLibre();
    private static final String PORTABLE = "+33612345678";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(PORT_SMTP, null, ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry proprietes) {
        proprietes.add("spring.mail.port", () -> PORT_SMTP);
    }

    @Autowired
    Brouillons brouillons;

    @Autowired
    ValidationDeLaPreDemande validation;

    @Autowired
    JdbcClient jdbc;

    /** Ce que l'usager a reçu pour cette pré-demande, et ce qui reste à envoyer dans l'outbox. */
    record Envois(NumeroPreDemande numero, List<String> sms, List<MimeMessage> courriels, int enAttente) {

        boolean termines() {
            return numero != null && !sms.isEmpty() && !courriels.isEmpty() && enAttente == 0;
        }
    }

    @Test
    void laValidationDUnBrouillonCompletEnvoieLeNumeroParCourrielAvecLeRecapitulatifEtParSms(Scenario scenario) {
        UUID compteId = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String courriel = "validation-" + id + "@exemple.fr";
        brouillons.creer(
                id, new IdentiteUsager(compteId, "elise-" + id, Sexe.F, "Martin", "Élise, Marie", courriel, PORTABLE));
        brouillons.enregistrer(brouillons.duTitulaire(id, compteId).orElseThrow(), ReponsesDeTest.completes());

        var envois = scenario.stimulate(() -> validation.valider(id, compteId, courriel))
                .andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> envoisPour(id, courriel), Envois::termines);

        envois.andExpect(PreDemandeValidee.class)
                .matching(evenement -> evenement.id().equals(id))
                .toArriveAndVerify((evenement, numero) -> {
                    assertThat(evenement.numero()).isEqualTo(numero);
                    assertThat(evenement.courriel()).isEqualTo(courriel);
                    assertThat(evenement.telephone()).isEqualTo(PORTABLE);
                    assertThat(evenement.prenoms()).isEqualTo("Élise, Marie");
                    assertThat(evenement.valableJusquAu()).isEqualTo(valableJusquAu(id));
                    assertThat(evenement.montantDesTimbres()).isEqualTo(Montant.euros(86));
                });

        // la validation n'a pas fait le PDF : à la fin de sa transaction, ni référence ni document stocké
        assertThat(EtatALaValidation.RECAPITULATIF_A_LA_VALIDATION).containsEntry(id, "aucun");
        envois.andExpect(RecapitulatifGenere.class)
                .matching(evenement -> evenement.id().equals(id))
                .toArriveAndVerify((evenement, numero) -> {
                    assertThat(evenement.numero()).isEqualTo(numero);
                    assertThat(evenement.courriel()).isEqualTo(courriel);
                    assertThat(evenement.recapitulatif().sha256()).isEqualTo(colonne(id, "recapitulatif_sha256"));
                    assertThat(jdbc.sql("select count(*) from document_stocke where cle = ?")
                                    .param(evenement.recapitulatif().cle())
                                    .query(Integer.class)
                                    .single())
                            .isEqualTo(1);
                });

        envois.andVerify((recus, numero) -> {
            assertThat(recus.numero()).isEqualTo(numero);
            LocalDate valableJusquAu = valableJusquAu(id);

            assertThat(recus.sms()).as("un seul SMS").hasSize(1);
            assertThat(recus.sms().get(0))
                    .contains(numero.lisible(), valableJusquAu.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

            assertThat(recus.courriels()).as("un seul courriel").hasSize(1);
            MimeMessage message = recus.courriels().get(0);
            assertThat(sujet(message)).contains(numero.lisible());
            Part pdf = pieceJointe(message, "predemande-" + numero.valeur() + ".pdf");
            byte[] contenu = octets(pdf);
            assertThat(contenu).startsWith("%PDF".getBytes());
            assertThat(HexFormat.of().formatHex(sha256(contenu)))
                    .as("le récapitulatif joint est celui qui a été stocké après la validation")
                    .isEqualTo(colonne(id, "recapitulatif_sha256"));
        });
    }

    /**
     * Ce que la transaction de la validation laisse voir juste avant de valider : la référence du récapitulatif et les
     * documents stockés depuis son début (« aucun » s'il n'y a ni l'une ni les autres).
     */
    @TestConfiguration
    static class EtatALaValidation {

        static final Map<UUID, String> RECAPITULATIF_A_LA_VALIDATION = new ConcurrentHashMap<>();

        private final JdbcClient jdbc;

        EtatALaValidation(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void noter(PreDemandeValidee validee) {
            String etat = jdbc.sql("""
                            select coalesce(p.recapitulatif_cle, '') || coalesce((select string_agg(d.cle, ',')
                              from document_stocke d where d.depose_le >= p.validee_le), '')
                            from pre_demande p where p.id = ?""").param(validee.id()).query(String.class).single();
            RECAPITULATIF_A_LA_VALIDATION.put(validee.id(), etat.isEmpty() ? "aucun" : etat);
        }
    }

    private Envois envoisPour(UUID id, String courriel) {
        var numero = jdbc.sql("select coalesce(numero, '') from pre_demande where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .filter(n -> !n.isEmpty())
                .map(NumeroPreDemande::new)
                .orElse(null);
        if (numero == null) {
            return new Envois(null, List.of(), List.of(), 0);
        }
        List<String> sms = jdbc.sql("select texte from sms_developpement where destinataire = ? and texte like ?")
                .params(PORTABLE, "%" + numero.lisible() + "%")
                .query(String.class)
                .list();
        List<MimeMessage> courriels = Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> destinataires(message).contains(courriel))
                .toList();
        int enAttente = jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + id + "%")
                .query(Integer.class)
                .single();
        return new Envois(numero, sms, courriels, enAttente);
    }

    /** Six mois civils après la validation, à Paris (DOMAIN §1). */
    private LocalDate valableJusquAu(UUID id) {
        return jdbc.sql("select validee_le from pre_demande where id = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant()
                .atZone(java.time.ZoneId.of("Europe/Paris"))
                .toLocalDate()
                .plusMonths(6);
    }

    private String colonne(UUID id, String expression) {
        return jdbc.sql("select " + expression + " from pre_demande where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static String destinataires(MimeMessage message) {
        try {
            return GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String sujet(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** La pièce jointe de ce nom, où qu'elle soit dans l'arbre MIME. */
    private static Part pieceJointe(Part partie, String nom) {
        try {
            if (nom.equals(partie.getFileName())) {
                return partie;
            }
            if (partie.getContent() instanceof Multipart parties) {
                for (int i = 0; i < parties.getCount(); i++) {
                    try {
                        return pieceJointe(parties.getBodyPart(i), nom);
                    } catch (AssertionError absente) {
                        // pas dans cette branche
                    }
                }
            }
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("Pas de pièce jointe « " + nom + " »");
    }

    private static byte[] octets(Part partie) {
        try (var flux = partie.getInputStream()) {
            return flux.readAllBytes();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] sha256(byte[] contenu) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(contenu);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static int portLibre() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
