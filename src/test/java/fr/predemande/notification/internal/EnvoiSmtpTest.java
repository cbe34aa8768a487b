package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import fr.predemande.notification.Courriel;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * L'envoi SMTP réel, face à GreenMail et à un serveur minimal dont on règle les réponses : le {@code Message-ID} stable
 * d'un envoi à l'autre, et rien qui puisse faire renvoyer un courriel une fois accepté.
 */
class EnvoiSmtpTest {

    private static final String EXPEDITEUR = "Prédemande <ne-pas-repondre@predemande.example>";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetup.SMTP.dynamicPort());

    @Test
    void leMemeCourrielEnvoyeParDeuxProcessusPorteLeMemeMessageId() throws Exception {
        var courriel = new Courriel(
                "pre-demande-validee/2f1c",
                "elise@exemple.fr",
                "Votre pré-demande",
                "Texte.",
                "<p>Texte.</p>",
                List.of(new Courriel.PieceJointe("predemande.pdf", "application/pdf", "%PDF-1.7".getBytes())));

        // l'envoi avant l'arrêt, puis le renvoi après le redémarrage : deux instances, rien de partagé
        envoi(SMTP.getSmtp().getPort(), EXPEDITEUR).envoyer(courriel);
        envoi(SMTP.getSmtp().getPort(), EXPEDITEUR).envoyer(courriel);

        MimeMessage[] recus = SMTP.getReceivedMessages();
        assertThat(recus).hasSize(2);
        String attendu = "<"
                + HexFormat.of().formatHex(Empreintes.de("courriel", "pre-demande-validee/2f1c", "elise@exemple.fr"))
                + "@predemande.example>";
        assertThat(recus).extracting(MimeMessage::getMessageID).containsOnly(attendu);
        assertThat(attendu).matches("<[0-9a-f]{64}@predemande\\.example>");
    }

    @Test
    void deuxMessagesDistinctsOntDesMessageIdDistincts() throws Exception {
        var envoi = envoi(SMTP.getSmtp().getPort(), EXPEDITEUR);
        envoi.envoyer(new Courriel("dossier-transmis/1", "lea@exemple.fr", "Sujet", "Texte.", "<p>Texte.</p>"));
        envoi.envoyer(new Courriel("dossier-transmis/2", "lea@exemple.fr", "Sujet", "Texte.", "<p>Texte.</p>"));
        envoi.envoyer(new Courriel("dossier-transmis/1", "leo@exemple.fr", "Sujet", "Texte.", "<p>Texte.</p>"));

        assertThat(SMTP.getReceivedMessages())
                .extracting(MimeMessage::getMessageID)
                .doesNotHaveDuplicates()
                .hasSize(3);
    }

    @Test
    void leMessageIdEstDansLeDomaineDeLExpediteur() {
        var envoi = envoi(SMTP.getSmtp().getPort(), "Mairie de Rennes <contact@rennes.example.fr>");
        assertThat(envoi.identifiantDeMessage(new Courriel("x/1", "a@exemple.fr", "s", "t", "<p>t</p>")))
                .endsWith("@rennes.example.fr>");
        assertThatIllegalStateException()
                .isThrownBy(() -> envoi(SMTP.getSmtp().getPort(), "Prédemande sans adresse"))
                .withMessageContaining("PREDEMANDE_COURRIEL_EXPEDITEUR");
    }

    @Test
    void unQuitSansReponseApresLAcceptationNeFaitPasRenvoyerLeCourriel() throws Exception {
        try (var serveur = new ServeurSmtpMinimal()) {
            serveur.muetAuQuit = true;
            var envoi = envoi(serveur.port(), EXPEDITEUR, "500");

            // le serveur a répondu 250 au point final puis ne répond plus : le courriel est parti, l'envoi réussit
            envoi.envoyer(new Courriel("x/quit", "a@exemple.fr", "Sujet", "Texte.", "<p>Texte.</p>"));
            assertThat(serveur.recus).hasSize(1);

            // ce que ferait l'envoi de Spring : une erreur après l'acceptation, donc une relance, donc un doublon
            var spring = expediteurSpring(serveur.port(), "500");
            MimeMessage message = spring.createMimeMessage();
            message.setFrom("ne-pas-repondre@predemande.example");
            message.setRecipients(MimeMessage.RecipientType.TO, "a@exemple.fr");
            message.setText("Texte.");
            assertThatThrownBy(() -> spring.send(message))
                    .isInstanceOf(MailSendException.class)
                    .hasMessageContaining("close");
            assertThat(serveur.recus).as("et pourtant le courriel était parti").hasSize(2);
        }
    }

    @Test
    void unRefusDuServeurFaitEchouerLEnvoiPourQueLOutboxLeRelance() throws Exception {
        try (var serveur = new ServeurSmtpMinimal()) {
            serveur.reponseALaFinDesDonnees = "451 4.3.0 réessayez plus tard";
            var envoi = envoi(serveur.port(), EXPEDITEUR);
            assertThatThrownBy(
                            () -> envoi.envoyer(new Courriel("x/refus", "a@exemple.fr", "Sujet", "Texte.", "<p>T</p>")))
                    .isInstanceOf(MailSendException.class);
        }
    }

    @Test
    void unCourrielImpossibleAComposerEchoueAvantToutEchangeAvecLeServeur() throws Exception {
        try (var serveur = new ServeurSmtpMinimal()) {
            var envoi = envoi(serveur.port(), EXPEDITEUR);
            assertThatThrownBy(() ->
                            envoi.envoyer(new Courriel("x/adresse", "pas une adresse@", "Sujet", "Texte.", "<p>T</p>")))
                    .isInstanceOf(MailPreparationException.class);
            assertThat(serveur.connexions).hasValue(0);
        }
    }

    @Test
    void sansReglageLesDelaisSontBornesEtUnReglageLEmporte() {
        var proprietes = new Properties();
        proprietes.setProperty("mail.smtp.timeout", "1234");
        EnvoiSmtp.delaisParDefaut(proprietes, "smtp");
        assertThat(proprietes.getProperty("mail.smtp.timeout")).isEqualTo("1234");
        assertThat(proprietes.getProperty("mail.smtp.connectiontimeout"))
                .isEqualTo(String.valueOf(EnvoiSmtp.DELAI_DE_CONNEXION.toMillis()));
    }

    private static EnvoiSmtp envoi(int port, String expediteur) {
        return envoi(port, expediteur, null);
    }

    private static EnvoiSmtp envoi(int port, String expediteur, String delaiDeReponse) {
        return new EnvoiSmtp(
                expediteurSpring(port, delaiDeReponse),
                new ReglagesDesNotifications(new ReglagesDesNotifications.ParCourriel(expediteur), null));
    }

    private static JavaMailSenderImpl expediteurSpring(int port, String delaiDeReponse) {
        var smtp = new JavaMailSenderImpl();
        smtp.setHost("localhost");
        smtp.setPort(port);
        if (delaiDeReponse != null) {
            smtp.getJavaMailProperties().setProperty("mail.smtp.timeout", delaiDeReponse);
        }
        return smtp;
    }

    /**
     * Un serveur SMTP réduit à ce qu'envoie JavaMail, une connexion à la fois, dont on règle la réponse au point final
     * et le silence au {@code QUIT} (le cas d'un serveur ou d'un réseau qui lâche juste après l'acceptation).
     */
    static final class ServeurSmtpMinimal implements AutoCloseable {

        final List<String> recus = new CopyOnWriteArrayList<>();
        final AtomicInteger connexions = new AtomicInteger();
        volatile String reponseALaFinDesDonnees = "250 2.0.0 accepté";
        volatile boolean muetAuQuit;

        private final ServerSocket ecoute = new ServerSocket(0);
        private final Thread fil = new Thread(this::servir, "serveur-smtp-minimal");

        ServeurSmtpMinimal() throws IOException {
            fil.setDaemon(true);
            fil.start();
        }

        int port() {
            return ecoute.getLocalPort();
        }

        private void servir() {
            while (!ecoute.isClosed()) {
                try (Socket client = ecoute.accept()) {
                    connexions.incrementAndGet();
                    dialoguer(client);
                } catch (IOException e) {
                    // connexion finie, ou serveur fermé
                }
            }
        }

        private void dialoguer(Socket client) throws IOException {
            var entree = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            OutputStream sortie = client.getOutputStream();
            repondre(sortie, "220 test ESMTP");
            String ligne;
            while ((ligne = entree.readLine()) != null) {
                String commande = ligne.toUpperCase(Locale.ROOT);
                if (commande.startsWith("EHLO") || commande.startsWith("HELO")) {
                    repondre(sortie, "250 test");
                } else if (commande.startsWith("MAIL")
                        || commande.startsWith("RCPT")
                        || commande.startsWith("RSET")
                        || commande.startsWith("NOOP")) {
                    repondre(sortie, "250 2.0.0 ok");
                } else if (commande.equals("DATA")) {
                    repondre(sortie, "354 envoyez");
                    var message = new StringBuilder();
                    while ((ligne = entree.readLine()) != null && !ligne.equals(".")) {
                        message.append(ligne).append('\n');
                    }
                    if (reponseALaFinDesDonnees.startsWith("250")) {
                        recus.add(message.toString());
                    }
                    repondre(sortie, reponseALaFinDesDonnees);
                } else if (commande.equals("QUIT")) {
                    if (muetAuQuit) {
                        // ne répond pas : attend que le client abandonne et ferme
                        while (client.getInputStream().read() != -1) {
                            // rien
                        }
                    } else {
                        repondre(sortie, "221 2.0.0 au revoir");
                    }
                    return;
                } else {
                    repondre(sortie, "502 5.5.1 non géré");
                }
            }
        }

        private static void repondre(OutputStream sortie, String reponse) throws IOException {
            sortie.write((reponse + "\r\n").getBytes(StandardCharsets.UTF_8));
            sortie.flush();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            ecoute.close();
            fil.join(5_000);
        }
    }
}
