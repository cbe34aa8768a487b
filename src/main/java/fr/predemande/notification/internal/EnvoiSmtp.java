package fr.predemande.notification.internal;

import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import jakarta.mail.MessagingException;
import org.springframework.core.io.ByteArrayResource;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Envoi par le serveur SMTP configuré ({@code spring.mail.host}). */
@Component
@ConditionalOnExpression("!'${spring.mail.host:}'.isEmpty()")
class EnvoiSmtp implements EnvoiCourriel {

    private final JavaMailSender smtp;
    private final String expediteur;

    EnvoiSmtp(JavaMailSender smtp, @Value("${predemande.courriel.expediteur:Prédemande <ne-pas-repondre@predemande.example>}") String expediteur) {
        this.smtp = smtp;
        this.expediteur = expediteur;
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
