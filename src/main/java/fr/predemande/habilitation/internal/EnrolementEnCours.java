package fr.predemande.habilitation.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * Le principal d'un agent à mi-connexion : son mot de passe (provisoire) est vérifié, mais il n'a pas encore confirmé
 * son application d'authentification. Il n'ouvre que la page d'enrôlement.
 */
record EnrolementEnCours(UUID agentId, String identifiant) implements Serializable {

    /** L'autorité de ce principal, et de lui seul : ni rôle d'agent ni rôle d'usager. */
    static final String AUTORITE = "ENROLEMENT_EN_COURS";

    EnrolementEnCours {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(identifiant, "identifiant");
    }
}
