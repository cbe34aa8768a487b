package fr.predemande.compte;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * L'usager connecté, tel que les pages de l'espace usager le reçoivent en paramètre (résolu depuis la session, sans
 * requête en base).
 */
public record UsagerConnecte(UUID compteId, String identifiant) implements Serializable {

    public UsagerConnecte {
        Objects.requireNonNull(compteId, "compteId");
        Objects.requireNonNull(identifiant, "identifiant");
    }
}
