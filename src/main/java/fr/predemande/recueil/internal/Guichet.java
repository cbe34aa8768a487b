package fr.predemande.recueil.internal;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.PosteCourant;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** Qui agit, pour les pages du poste : l'agent connecté, son poste de recueil (s'il l'a choisi), l'adresse. */
@Component
class Guichet {

    AuPoste auPoste(AgentConnecte agent, HttpServletRequest requete) {
        return new AuPoste(agent, PosteCourant.de(requete).orElse(null), requete.getRemoteAddr());
    }
}
