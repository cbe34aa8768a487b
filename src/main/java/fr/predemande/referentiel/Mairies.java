package fr.predemande.referentiel;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Les mairies équipées et leurs postes de recueil. */
public interface Mairies {

    Optional<Mairie> mairie(UUID id);

    List<Mairie> toutes();

    /** Les postes d'une mairie, par libellé. */
    List<PosteDeRecueil> postes(UUID mairie);

    Optional<PosteDeRecueil> poste(UUID id);
}
