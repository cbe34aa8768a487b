package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandeValidee;
import fr.predemande.demande.RecapitulatifGenere;
import fr.predemande.justificatifs.Montant;
import fr.predemande.notification.EnvoiCourriel;
import fr.predemande.notification.EnvoiSms;
import fr.predemande.recueil.DossierTransmis;
import fr.predemande.recueil.NumeroDeDemande;
import fr.predemande.stockage.MagasinDeDocuments;
import fr.predemande.support.ServeurSmppDeTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * L'incident du {@code kill -9} pendant des validations : un message accepté par le serveur, puis l'application
 * arrêtée avant que l'outbox ait noté l'envoi, repart à la relance. SMTP et SMPP ne permettent pas mieux qu'« au moins
 * une fois » ; ce qui est exigé : jamais zéro, et un renvoi reconnaissable — le même {@code Message-ID} pour le
 * courriel (ce qui permet aux messageries de n'en garder qu'un), les mêmes références SMPP pour le SMS.
 *
 * <p>L'arrêt est simulé juste après l'envoi réel : une enveloppe autour de l'envoi SMTP et de l'envoi SMPP de
 * l'application laisse partir le message, puis lève une exception au premier envoi de chaque message. Pour l'outbox,
 * c'est un écouteur qui n'a pas fini : la publication reste incomplète (comme après un {@code kill -9}, où elle resterait
 * en cours et serait relancée au redémarrage), et la relance rappelle l'écouteur avec l'événement relu de la base.
 *
 * <p>GreenMail garde chaque exemplaire reçu (il ne dédoublonne pas) et le SMSC de test chaque {@code submit_sm} : on
 * y vérifie que chaque message est arrivé, et que ses deux exemplaires portent le même identifiant.
 */
@SpringBootTest(
        properties = {
            "predemande.sms.smpp.hote=localhost",
            "predemande.sms.smpp.identifiant=" + ServeurSmppDeTest.IDENTIFIANT,
            "predemande.sms.smpp.mot-de-passe=" + ServeurSmppDeTest.MOT_DE_PASSE
        })
@Import(ArretBrutalApresEnvoiTest.ArretApresLEnvoi.class)
@DirtiesContext
class ArretBrutalApresEnvoiTest {

    private static final int PORT_SMTP = portLibre();
    private static final ServeurSmppDeTest SMSC = ServeurSmppDeTest.demarrer();
    private static final String DOMAINE = "predemande.example";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(PORT_SMTP, null, ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void serveurs(DynamicPropertyRegistry proprietes) {
        proprietes.add("spring.mail.port", () -> PORT_SMTP);
        proprietes.add("predemande.sms.smpp.port", () -> SMSC.port);
    }

    @AfterAll
    static void arreterLeSmsc() throws Exception {
        SMSC.close();
    }

    @Autowired
    ApplicationEventPublisher evenements;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    IncompleteEventPublications enAttente;

    @Autowired
    MagasinDeDocuments magasin;

    @Autowired
    JdbcClient jdbc;

    /** Un message attendu : son canal, son origine, son destinataire. */
    record Attendu(String canal, String origine, String destinataire) {}

    @Test
    void apresUnArretEntreLEnvoiEtSonEnregistrementChaqueMessageArriveEtSonRenvoiPorteLeMemeIdentifiant()
            throws Exception {
        String marque = "arret-" + UUID.randomUUID().toString().substring(0, 8);
        var attendus = new ArrayList<Attendu>();
        var recapitulatif = magasin.deposer(
                "recapitulatifs", "%PDF-1.7 récapitulatif".getBytes(StandardCharsets.UTF_8), "application/pdf");
        transaction.executeWithoutResult(etat -> {
            // des validations en cours au moment de l'arrêt : chacune, un courriel avec le PDF et un SMS
            for (int n = 1; n <= 5; n++) {
                var validee = new PreDemandeValidee(
                        UUID.randomUUID(),
                        NumeroPreDemande.tirer(),
                        marque + "-validee-" + n + "@exemple.fr",
                        "+3361200000" + n,
                        "Élise",
                        LocalDate.now().plusMonths(6),
                        Montant.euros(86));
                evenements.publishEvent(validee);
                // le courriel part quand le récapitulatif est prêt : l'événement qui le dit, publié ici directement
                var genere = RecapitulatifGenere.de(validee, recapitulatif);
                evenements.publishEvent(genere);
                attendus.add(new Attendu("courriel", Origines.de(genere), validee.courriel()));
                attendus.add(new Attendu("sms", Origines.de(validee), validee.telephone()));
            }
            var transmis = new DossierTransmis(
                    UUID.randomUUID(),
                    NumeroDeDemande.de("75", 2026, 1234),
                    "75",
                    "Mairie du 4e arrondissement",
                    "Léa",
                    marque + "-transmis@exemple.fr",
                    "+33612000099",
                    Instant.now());
            evenements.publishEvent(transmis);
            attendus.add(new Attendu("courriel", Origines.de(transmis), transmis.courriel()));
            attendus.add(new Attendu("sms", Origines.de(transmis), transmis.telephone()));
            // deux liens pour la même adresse : deux jetons, donc deux courriels distincts, que rien ne doit confondre
            for (String jeton : List.of("premier", "second")) {
                var lien = new LienDeCompteEmis(
                        UsageDuLien.REINITIALISATION,
                        marque + "-compte@exemple.fr",
                        marque,
                        "Camille",
                        "http://localhost/compte/mot-de-passe-oublie/nouveau?jeton=" + marque + jeton,
                        Instant.now().plus(Duration.ofHours(1)));
                evenements.publishEvent(lien);
                attendus.add(new Attendu("courriel", Origines.de(lien), lien.courriel()));
            }
        });

        // chaque message part, puis « l'application s'arrête » avant que l'outbox l'ait noté
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(ArretApresLEnvoi.arrets()).containsExactlyInAnyOrderElementsOf(attendus);
            assertThat(publicationsEnEchec(marque)).isEqualTo(attendus.size());
        });
        assertThat(courrielsPour(marque))
                .as("chaque courriel est parti avant l'arrêt")
                .hasSize(6 + 2);
        assertThat(smsPour()).as("chaque SMS est parti avant l'arrêt").hasSize(6);

        enAttente.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(publicationsIncompletes(marque)).isZero());

        // Courriels : chaque message attendu est arrivé (jamais zéro), et ses exemplaires ont tous le même Message-ID,
        // celui qu'on attend de son origine et de son destinataire ; deux messages distincts n'en partagent jamais.
        Map<String, List<MimeMessage>> parIdentifiant =
                courrielsPour(marque).stream().collect(Collectors.groupingBy(ArretBrutalApresEnvoiTest::identifiant));
        var courrielsAttendus =
                attendus.stream().filter(a -> a.canal().equals("courriel")).toList();
        assertThat(parIdentifiant.keySet())
                .as("un seul Message-ID par message attendu")
                .hasSize(courrielsAttendus.size());
        for (Attendu attendu : courrielsAttendus) {
            String identifiant =
                    "<" + HexFormat.of().formatHex(Empreintes.de("courriel", attendu.origine(), attendu.destinataire()))
                            + "@" + DOMAINE + ">";
            assertThat(parIdentifiant).as("reçu : %s", attendu).containsKey(identifiant);
            assertThat(parIdentifiant.get(identifiant))
                    .as("envoyé, arrêté, renvoyé : %s", attendu)
                    .hasSize(2)
                    .allSatisfy(message -> assertThat(destinataires(message)).containsExactly(attendu.destinataire()));
        }

        // SMS : chaque SMS attendu est arrivé au SMSC, et ses exemplaires portent la même user_message_reference (celle
        // tirée de son origine et de son destinataire) et le même texte.
        Map<String, List<SubmitSm>> parNumero =
                smsPour().stream().collect(Collectors.groupingBy(SubmitSm::getDestAddress));
        for (Attendu attendu :
                attendus.stream().filter(a -> a.canal().equals("sms")).toList()) {
            var recus = parNumero.get(attendu.destinataire().substring(1));
            assertThat(recus).as("reçu : %s", attendu).hasSize(2);
            short reference = EnvoiSmpp.References.de(
                            new fr.predemande.notification.Sms(attendu.origine(), attendu.destinataire(), "texte"))
                    .utilisateur();
            assertThat(recus)
                    .extracting(ArretBrutalApresEnvoiTest::referenceUtilisateur)
                    .containsOnly(reference);
            assertThat(recus)
                    .extracting(pdu -> new String(pdu.getShortMessage(), StandardCharsets.ISO_8859_1))
                    .containsOnly(new String(recus.get(0).getShortMessage(), StandardCharsets.ISO_8859_1));
        }

        // une relance de plus ne renvoie rien : tout est noté
        int courriels = courrielsPour(marque).size();
        int sms = smsPour().size();
        enAttente.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        Thread.sleep(500);
        assertThat(courrielsPour(marque)).hasSize(courriels);
        assertThat(smsPour()).hasSize(sms);
    }

    private int publicationsEnEchec(String marque) {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like ?")
                .param("%" + marque + "%")
                .query(Integer.class)
                .single();
    }

    private int publicationsIncompletes(String marque) {
        return jdbc.sql(
                        "select count(*) from event_publication where completion_date is null and serialized_event like ?")
                .param("%" + marque + "%")
                .query(Integer.class)
                .single();
    }

    private static List<MimeMessage> courrielsPour(String marque) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> destinataires(message).stream().anyMatch(adresse -> adresse.startsWith(marque)))
                .toList();
    }

    /** Le SMSC ne sert qu'à ce test (les numéros des SMS sont ceux du test). */
    private static List<SubmitSm> smsPour() {
        return List.copyOf(SMSC.recus);
    }

    private static String identifiant(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> destinataires(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int portLibre() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Short referenceUtilisateur(SubmitSm pdu) {
        var tlv = pdu.getOptionalParameter(OptionalParameter.Tag.USER_MESSAGE_REFERENCE);
        return tlv == null ? null : ((OptionalParameter.Short) tlv).getValue();
    }

    /**
     * L'arrêt brutal juste après l'envoi : autour de l'envoi réel de l'application (SMTP, SMPP), une enveloppe qui
     * laisse partir le message puis lève une exception, au premier envoi de chaque message seulement.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ArretApresLEnvoi {

        private static final Set<Attendu> ARRETS = ConcurrentHashMap.newKeySet();
        /** Les messages arrêtés (ce contexte ne sert qu'à ce test). */
        static List<Attendu> arrets() {
            return List.copyOf(ARRETS);
        }

        private static void arreterLaPremiereFois(Attendu message) {
            if (ARRETS.add(message)) {
                throw new IllegalStateException("Arrêt brutal simulé après l'envoi de " + message);
            }
        }

        @Bean
        static BeanPostProcessor arretBrutalApresLEnvoi() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String nom) {
                    if (bean instanceof EnvoiSmtp envoi) {
                        return (EnvoiCourriel) courriel -> {
                            envoi.envoyer(courriel);
                            arreterLaPremiereFois(new Attendu("courriel", courriel.origine(), courriel.destinataire()));
                        };
                    }
                    if (bean instanceof EnvoiSmpp envoi) {
                        return (EnvoiSms) sms -> {
                            envoi.envoyer(sms);
                            arreterLaPremiereFois(new Attendu("sms", sms.origine(), sms.destinataire()));
                        };
                    }
                    return bean;
                }
            };
        }
    }
}
