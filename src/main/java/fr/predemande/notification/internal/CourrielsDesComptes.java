package fr.predemande.notification.internal;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.notification.EnvoiCourriel;
import org.springframework.stereotype.Component;

/** Les liens d'activation, de réinitialisation et de confirmation d'adresse partent par courriel, via l'outbox. */
@Component
class CourrielsDesComptes {

    private final RedactionDesCourriels redaction;
    private final EnvoiCourriel envoi;

    CourrielsDesComptes(RedactionDesCourriels redaction, EnvoiCourriel envoi) {
        this.redaction = redaction;
        this.envoi = envoi;
    }

    @ExecuteursDesEnvois.EcouteurQuiEnvoieUnCourriel
    void envoyer(LienDeCompteEmis lien) {
        envoi.envoyer(redaction.lien(lien));
    }
}
