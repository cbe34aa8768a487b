package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.RoleAgent;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Un compte d'agent tel qu'enregistré.
 *
 * @param totpSecret le secret en base 32, {@code null} tant que l'agent ne s'est jamais connecté
 * @param enrole le premier code a été confirmé : le second facteur est exigé à chaque connexion
 * @param dernierPasTotp le pas du dernier code accepté ({@code null} : aucun)
 */
record Agent(
        UUID id,
        String identifiant,
        String nom,
        String prenom,
        UUID mairie,
        Set<RoleAgent> roles,
        String motDePasseEmpreinte,
        String totpSecret,
        boolean enrole,
        Long dernierPasTotp,
        int echecsConsecutifs,
        int verrouillages,
        Instant verrouilleJusqua,
        long version) {

    Agent {
        roles = Set.copyOf(roles);
    }

    boolean verrouilleA(Instant instant) {
        return verrouilleJusqua != null && verrouilleJusqua.isAfter(instant);
    }

    /** Sans le secret TOTP ni l'empreinte du mot de passe : un record se journalise facilement. */
    @Override
    public String toString() {
        return "Agent[id=" + id + ", identifiant=" + identifiant + ", mairie=" + mairie + ", roles=" + roles
                + ", enrole=" + enrole + ", version=" + version + "]";
    }
}
