package fr.predemande.notification.internal;

import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import jakarta.mail.MessagingException;
import org.springframework.core.io.ByteArrayResource;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Envoi par le serveur SMTP configuré ({@code spring.mail.host}) : la même condition que celle où Spring Boot crée son
 * {@link JavaMailSender}, donc ce composant et son serveur existent ensemble. Sans hôte (ou avec {@code false}), les
 * courriels sont gardés sur /dev/courriels.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class EnvoiSmtp implements EnvoiCourriel {

    private final JavaMailSender smtp;
    private final String expediteur;

    EnvoiSmtp(JavaMailSender smtp, ReglagesDesNotifications reglages) {
        // la condition retient une valeur vide (présente et pas « false ») : mieux vaut le dire qu'écrire à localhost
        if (smtp instanceof JavaMailSenderImpl serveur && (serveur.getHost() == null || serveur.getHost().isBlank())) {
            throw new IllegalStateException("spring.mail.host (SPRING_MAIL_HOST) est vide : donnez le serveur SMTP, ou"
                    + " retirez la variable (ou mettez false) pour garder les courriels sur /dev/courriels");
        }
        this.smtp = smtp;
        this.expediteur = reglages.courriel().expediteur();
    }

    @Override
    public void envoyer(Courriel courriel) {
        var message = smtp.createMimeMessage();
        try {
            var redaction = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            redaction.setFrom(expediteur);
            redaction.setTo(courriel.destinataire());
            redaction.setSubject(courriel.sujet());
            redaction.setText(courriel.texte(), courriel.html());
            for (var piece : courriel.piecesJointes()) {
                redaction.addAttachment(piece.nom(), new ByteArrayResource(piece.contenu()), piece.typeMedia());
            }
        } catch (MessagingException e) {
            throw new MailSendException("Courriel impossible à composer", e);
        }
        smtp.send(message);
    }
}
