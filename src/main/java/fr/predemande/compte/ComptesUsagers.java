package fr.predemande.compte;

import java.util.Optional;

/** L'accès des autres modules aux comptes usagers. */
public interface ComptesUsagers {

    /** L'identité du titulaire d'un compte activé, d'après son identifiant de connexion. */
    Optional<IdentiteUsager> identite(String identifiant);
}
