package fr.predemande.compte.internal;

import fr.predemande.web.PageEnErreur;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** La page de connexion ; le formulaire est traité par Spring Security (voir {@link SecuriteDesUsagers}). */
@Controller
class ConnexionController {

    static final String VUE = "compte/connexion";
    /** L'attribut flash posé par {@link SecuriteDesUsagers} quand la connexion échoue : le code du message. */
    static final String ERREUR = "erreurConnexion";
    /** L'attribut flash qui l'accompagne quand la connexion est freinée : l'attente annoncée, en secondes. */
    static final String ATTENTE = "attenteConnexion";

    @GetMapping("/connexion")
    String connexion(Model modele) {
        // l'échec arrive en attribut flash, sans formulaire lié : la page se signale elle-même en erreur
        if (modele.containsAttribute(ERREUR)) {
            PageEnErreur.signaler(modele);
        }
        return VUE;
    }
}
