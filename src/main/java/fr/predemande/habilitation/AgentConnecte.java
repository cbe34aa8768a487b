package fr.predemande.habilitation;

import fr.predemande.referentiel.Mairie;
import java.io.Serializable;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * L'agent connecté à l'espace mairie (mot de passe et code TOTP vérifiés), tel que les pages de {@code /mairie/**} le
 * reçoivent en paramètre. Il ne voit que les dossiers de sa mairie.
 */
public record AgentConnecte(
        UUID agentId, String identifiant, String prenom, String nom, Mairie mairie, Set<RoleAgent> roles)
        implements Serializable {

    public AgentConnecte {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(identifiant, "identifiant");
        Objects.requireNonNull(mairie, "mairie");
        roles = Set.copyOf(roles);
    }

    public boolean a(RoleAgent role) {
        return roles.contains(role);
    }
}
