package fr.predemande.habilitation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;

/**
 * L'agent connecté à l'espace mairie dans la session de cette requête, vu d'une page hors de {@code /mairie/**} (le
 * lien du QR code ouvert par un agent sur sa tablette mène au poste). Jamais une autorisation : les pages du poste
 * restent derrière leur chaîne de sécurité.
 */
public final class AgentDeLaSession {

    /** L'attribut de session du contexte de sécurité de l'espace mairie. */
    public static final String CLE_DU_CONTEXTE = "fr.predemande.habilitation.CONTEXTE_DE_SECURITE_MAIRIE";

    private AgentDeLaSession() {}

    public static Optional<AgentConnecte> de(HttpServletRequest requete) {
        HttpSession session = requete.getSession(false);
        if (session != null
                && session.getAttribute(CLE_DU_CONTEXTE) instanceof SecurityContext contexte
                && contexte.getAuthentication() != null
                && contexte.getAuthentication().isAuthenticated()
                && contexte.getAuthentication().getPrincipal() instanceof AgentConnecte agent) {
            return Optional.of(agent);
        }
        return Optional.empty();
    }
}
