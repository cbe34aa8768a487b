package fr.predemande.compte;

import java.util.Optional;
import java.util.UUID;

/** L'accès des autres modules aux comptes usagers. */
public interface ComptesUsagers {

    /** L'identité du titulaire d'un compte activé. */
    Optional<IdentiteUsager> identite(UUID compteId);
}
