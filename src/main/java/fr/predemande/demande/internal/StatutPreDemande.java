package fr.predemande.demande.internal;

import java.util.Map;
import java.util.Set;

/** Le cycle de vie d'une pré-demande, transitions permises écrites une fois ici (ARCHITECTURE, « Lifecycle »). */
public enum StatutPreDemande {
    BROUILLON, VALIDEE, RAPPELEE, EXPIREE, ANNULEE;

    private static final Map<StatutPreDemande, Set<StatutPreDemande>> SUIVANTS = Map.of(
            BROUILLON, Set.of(VALIDEE, ANNULEE, EXPIREE),
            VALIDEE, Set.of(RAPPELEE, ANNULEE, EXPIREE),
            RAPPELEE, Set.of(),
            EXPIREE, Set.of(),
            ANNULEE, Set.of());

    boolean peutDevenir(StatutPreDemande suivant) {
        return SUIVANTS.get(this).contains(suivant);
    }

    boolean modifiableParLUsager() {
        return this == BROUILLON;
    }
}
