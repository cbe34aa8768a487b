package fr.predemande.referentiel;

import java.io.Serializable;
import java.util.UUID;

/** Un dispositif de recueil (la station biométrique) d'une mairie, repéré par un libellé (« Poste 1 »). */
public record PosteDeRecueil(UUID id, UUID mairie, String libelle) implements Serializable {}
