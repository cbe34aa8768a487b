package fr.predemande.notification.internal;

import fr.predemande.demande.PreDemandeValidee;
import fr.predemande.notification.EnvoiSms;
import fr.predemande.notification.Sms;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** À la validation, le numéro part aussi par SMS quand l'usager a donné un portable (GSM-7, un seul segment). */
@Component
class SmsDePreDemandeValidee {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EnvoiSms envoi;
    private final MessageSource messages;

    SmsDePreDemandeValidee(EnvoiSms envoi, MessageSource messages) {
        this.envoi = envoi;
        this.messages = messages;
    }

    @ExecuteursDesEnvois.EcouteurQuiEnvoieUnSms
    void envoyer(PreDemandeValidee validee) {
        if (validee.telephone() == null) {
            return;
        }
        String texte = messages.getMessage(
                "sms.pre-demande.validee",
                new Object[] {validee.numero().lisible(), DATE.format(validee.valableJusquAu())},
                RedactionDesCourriels.FRANCAIS);
        envoi.envoyer(new Sms(Origines.de(validee), validee.telephone(), texte));
    }
}
