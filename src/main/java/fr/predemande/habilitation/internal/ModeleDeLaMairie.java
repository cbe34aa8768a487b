package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.PosteCourant;
import fr.predemande.referentiel.PosteDeRecueil;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Ce que l'en-tête de l'espace mairie montre sur chaque page (celles du recueil comprises) : l'agent connecté, sa
 * mairie et son poste. Rien sur les pages des usagers, où aucun agent n'est connecté.
 */
@ControllerAdvice
class ModeleDeLaMairie {

    @ModelAttribute("agentConnecte")
    AgentConnecte agentConnecte() {
        return PrincipauxResolver.agentConnecte();
    }

    @ModelAttribute("posteCourant")
    PosteDeRecueil posteCourant(HttpServletRequest requete) {
        return PrincipauxResolver.agentConnecte() == null
                ? null
                : PosteCourant.de(requete).orElse(null);
    }
}
