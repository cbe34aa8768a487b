package fr.predemande.notification.internal;

import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Envoi par le serveur SMTP configuré ({@code spring.mail.host}) : la même condition que celle où Spring Boot crée son
 * {@link JavaMailSender}, donc ce composant et son serveur existent ensemble. Sans hôte (ou avec {@code false}), les
 * courriels sont gardés sur /dev/courriels.
 *
 * <p>Un arrêt brutal après que le serveur a accepté un courriel et avant que l'outbox l'ait noté le fait renvoyer
 * (SMTP ne peut pas être « exactement une fois »). D'où deux règles.
 *
 * <p>Le {@code Message-ID} est {@code <sha256(origine, destinataire)@domaine de l'expéditeur>}, le même à chaque envoi
 * d'un même message (JavaMail en tirerait un nouveau à chaque envoi) : un renvoi se reconnaît, et les messageries qui
 * dédoublonnent par {@code Message-ID} n'en gardent qu'un.
 *
 * <p>La fenêtre entre l'acceptation et le retour est réduite à la fermeture de la connexion : le message est composé
 * entièrement (en-têtes, structure MIME, pièces jointes déjà lues par l'écouteur) avant d'ouvrir la connexion, et rien
 * ne peut plus échouer après la réponse 250 au point final. Un {@code QUIT} sans réponse n'est qu'un avertissement : le
 * {@link JavaMailSender} de Spring en ferait une erreur, donc un renvoi.
 *
 * <p>Sans réglage, JavaMail attend indéfiniment la connexion et chaque réponse : un serveur muet bloquerait l'écouteur
 * pour toujours. Des délais par défaut s'appliquent donc, sauf s'ils sont réglés par
 * {@code spring.mail.properties.mail.smtp.connectiontimeout} et {@code ….timeout}.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class EnvoiSmtp implements EnvoiCourriel {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoiSmtp.class);

    static final Duration DELAI_DE_CONNEXION = Duration.ofSeconds(10);
    /**
     * L'attente maximale d'une réponse. Longue exprès : la RFC 5321 (§ 4.5.3.2) demande 10 minutes après le point final,
     * car abandonner pendant que le serveur accepte fait renvoyer le courriel ; 5 minutes bornent un serveur muet sans
     * couper un serveur lent (analyse antivirus…), et le renvoi, s'il a lieu, porte le même {@code Message-ID}.
     */
    static final Duration DELAI_DE_REPONSE = Duration.ofMinutes(5);

    private final JavaMailSenderImpl smtp;
    private final String expediteur;
    private final String domaine;

    EnvoiSmtp(JavaMailSenderImpl smtp, ReglagesDesNotifications reglages) {
        // la condition retient une valeur vide (présente et pas « false ») : mieux vaut le dire qu'écrire à localhost
        if (smtp.getHost() == null || smtp.getHost().isBlank()) {
            throw new IllegalStateException("spring.mail.host (SPRING_MAIL_HOST) est vide : donnez le serveur SMTP, ou"
                    + " retirez la variable (ou mettez false) pour garder les courriels sur /dev/courriels");
        }
        this.smtp = smtp;
        this.expediteur = reglages.courriel().expediteur();
        this.domaine = domaine(expediteur);
        delaisParDefaut(smtp.getJavaMailProperties(), protocole(smtp));
    }

    @Override
    public void envoyer(Courriel courriel) {
        long debut = System.nanoTime();
        String identifiant = identifiantDeMessage(courriel);
        MimeMessage message = composer(courriel, identifiant);
        long compose = System.nanoTime();
        Transport transport = connecter();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            fermer(transport, identifiant);
            throw new MailSendException("Courriel " + identifiant + " non accepté par le serveur SMTP", e);
        }
        // Le serveur a répondu 250 au point final : le courriel est parti. Jusqu'au retour, puis à l'enregistrement par
        // l'outbox, plus rien ne doit échouer (une exception le ferait renvoyer) ni durer.
        long accepte = System.nanoTime();
        fermer(transport, identifiant);
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "Courriel {} accepté : composé en {} µs, transaction SMTP {} µs, fermeture {} µs",
                    identifiant,
                    (compose - debut) / 1_000,
                    (accepte - compose) / 1_000,
                    (System.nanoTime() - accepte) / 1_000);
        }
    }

    /**
     * Le message entier, figé ({@code saveChanges}) : en-têtes, structure MIME et codage de chaque partie. Rien de ce
     * qui reste à faire pendant la connexion ne dépend d'autre chose que du réseau.
     */
    private MimeMessage composer(Courriel courriel, String identifiant) {
        var message = new MessageAIdentifiantStable(smtp.getSession(), identifiant);
        try {
            var redaction = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            redaction.setFrom(expediteur);
            redaction.setTo(courriel.destinataire());
            redaction.setSubject(courriel.sujet());
            redaction.setText(courriel.texte(), courriel.html());
            for (var piece : courriel.piecesJointes()) {
                redaction.addAttachment(piece.nom(), new ByteArrayResource(piece.contenu()), piece.typeMedia());
            }
            redaction.setSentDate(new Date());
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailPreparationException("Courriel impossible à composer", e);
        }
        return message;
    }

    /** {@code <empreinte hexadécimale@domaine>} : même origine et même destinataire, même identifiant. */
    String identifiantDeMessage(Courriel courriel) {
        return "<" + HexFormat.of().formatHex(Empreintes.de("courriel", courriel.origine(), courriel.destinataire()))
                + "@" + domaine + ">";
    }

    /** Comme {@link JavaMailSenderImpl} le fait avant chaque envoi (identifiants vides = pas d'authentification). */
    private Transport connecter() {
        String utilisateur = smtp.getUsername();
        String motDePasse = smtp.getPassword();
        if ("".equals(utilisateur)) {
            utilisateur = null;
            if ("".equals(motDePasse)) {
                motDePasse = null;
            }
        }
        try {
            Transport transport = smtp.getSession().getTransport(protocole(smtp));
            transport.connect(smtp.getHost(), smtp.getPort(), utilisateur, motDePasse);
            return transport;
        } catch (MessagingException e) {
            throw new MailSendException(
                    "Connexion impossible au serveur SMTP " + smtp.getHost() + ":" + smtp.getPort(), e);
        }
    }

    /** Ferme sans jamais lever : le courriel est déjà parti, ou son échec est déjà signalé. */
    private static void fermer(Transport transport, String identifiant) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("Fermeture de la connexion SMTP après le courriel {} : {}", identifiant, e.toString());
        }
    }

    private static String protocole(JavaMailSenderImpl smtp) {
        if (smtp.getProtocol() != null) {
            return smtp.getProtocol();
        }
        return smtp.getJavaMailProperties().getProperty("mail.transport.protocol", JavaMailSenderImpl.DEFAULT_PROTOCOL);
    }

    /**
     * Les délais par défaut, écrits dans les propriétés que la {@link Session} de JavaMail lit à chaque connexion (elle
     * garde ces propriétés, sans copie) ; un réglage {@code spring.mail.properties.…} l'emporte.
     */
    static void delaisParDefaut(Properties proprietes, String protocole) {
        proprietes.putIfAbsent(
                "mail." + protocole + ".connectiontimeout", String.valueOf(DELAI_DE_CONNEXION.toMillis()));
        proprietes.putIfAbsent("mail." + protocole + ".timeout", String.valueOf(DELAI_DE_REPONSE.toMillis()));
    }

    /** Le domaine de l'adresse d'expédition, partie droite des {@code Message-ID} (un domaine que le service tient). */
    static String domaine(String expediteur) {
        try {
            String adresse = new InternetAddress(expediteur, false).getAddress();
            int arobase = adresse == null ? -1 : adresse.lastIndexOf('@');
            if (arobase < 1 || arobase == adresse.length() - 1) {
                throw new AddressException("pas de domaine", expediteur);
            }
            return IDN.toASCII(adresse.substring(arobase + 1));
        } catch (AddressException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "predemande.courriel.expediteur (PREDEMANDE_COURRIEL_EXPEDITEUR) n'est pas une"
                            + " adresse valable, avec son domaine : « " + expediteur + " »",
                    e);
        }
    }

    /** JavaMail remplace le {@code Message-ID} par un tiré au hasard à chaque {@code saveChanges} : pas celui-ci. */
    static final class MessageAIdentifiantStable extends MimeMessage {

        private final String identifiant;

        MessageAIdentifiantStable(Session session, String identifiant) {
            super(session);
            this.identifiant = identifiant;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", identifiant);
        }
    }
}
