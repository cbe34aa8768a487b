package fr.predemande.recueil;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Le cycle de vie d'un dossier en mairie : en cours de recueil au poste, puis transmis à l'instruction (ou abandonné
 * avant, la personne partie sans déposer). La suite (instruction, production, remise) appartient au module de
 * l'instruction, qui reçoit le dossier transmis.
 */
public enum StatutDossier {
    EN_COURS_DE_RECUEIL,
    TRANSMIS,
    ABANDONNE;

    private static final Map<StatutDossier, Set<StatutDossier>> SUIVANTS = Map.of(
            EN_COURS_DE_RECUEIL, EnumSet.of(TRANSMIS, ABANDONNE),
            TRANSMIS, EnumSet.noneOf(StatutDossier.class),
            ABANDONNE, EnumSet.noneOf(StatutDossier.class));

    public boolean peutDevenir(StatutDossier suivant) {
        return SUIVANTS.get(this).contains(suivant);
    }

    /** @throws IllegalStateException si la transition n'est pas permise */
    public StatutDossier devenir(StatutDossier suivant) {
        if (!peutDevenir(suivant)) {
            throw new IllegalStateException("Un dossier " + this + " ne peut pas devenir " + suivant);
        }
        return suivant;
    }

    /** Seul un dossier au poste se modifie. */
    public boolean modifiable() {
        return this == EN_COURS_DE_RECUEIL;
    }
}
