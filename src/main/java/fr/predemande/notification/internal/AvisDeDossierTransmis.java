package fr.predemande.notification.internal;

import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import fr.predemande.notification.EnvoiSms;
import fr.predemande.notification.Sms;
import fr.predemande.recueil.DossierTransmis;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Le dossier est parti à l'instruction : la personne reçoit son numéro de demande, qui sert au suivi, par courriel et
 * par SMS. Deux écouteurs, relancés chacun seul par l'outbox s'il échoue.
 */
class AvisDeDossierTransmis {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private AvisDeDossierTransmis() {}

    static Object[] arguments(DossierTransmis transmis) {
        return new Object[] {
            transmis.prenoms(),
            transmis.numero().lisible(),
            transmis.mairie(),
            DATE.format(transmis.le().atZone(PARIS))
        };
    }

    @Component
    static class ParCourriel {

        private final EnvoiCourriel envoi;
        private final MessageSource messages;
        private final TemplateEngine gabarits;

        ParCourriel(EnvoiCourriel envoi, MessageSource messages, TemplateEngine gabarits) {
            this.envoi = envoi;
            this.messages = messages;
            this.gabarits = gabarits;
        }

        @ExecuteursDesEnvois.EcouteurQuiEnvoieUnCourriel
        void envoyer(DossierTransmis transmis) {
            if (transmis.courriel() == null) {
                return;
            }
            Object[] arguments = arguments(transmis);
            var contexte = new Context(RedactionDesCourriels.FRANCAIS);
            contexte.setVariable("arguments", arguments);
            var courriel = new Courriel(
                    Origines.de(transmis),
                    transmis.courriel(),
                    messages.getMessage("courriel.dossier-transmis.sujet", arguments, RedactionDesCourriels.FRANCAIS),
                    messages.getMessage("courriel.dossier-transmis.texte", arguments, RedactionDesCourriels.FRANCAIS),
                    gabarits.process("courriels/dossier-transmis", contexte));
            // rédigé avant : l'envoi est la dernière chose que fait l'écouteur
            envoi.envoyer(courriel);
        }
    }

    @Component
    static class ParSms {

        private final EnvoiSms envoi;
        private final MessageSource messages;

        ParSms(EnvoiSms envoi, MessageSource messages) {
            this.envoi = envoi;
            this.messages = messages;
        }

        @ExecuteursDesEnvois.EcouteurQuiEnvoieUnSms
        void envoyer(DossierTransmis transmis) {
            if (transmis.telephone() == null) {
                return;
            }
            envoi.envoyer(new Sms(
                    Origines.de(transmis),
                    transmis.telephone(),
                    messages.getMessage("sms.dossier-transmis", arguments(transmis), RedactionDesCourriels.FRANCAIS)));
        }
    }
}
