package fr.predemande.recueil.internal.api;

import fr.predemande.recueil.internal.RechercheDePreDemande.Resultat;

/**
 * Le point de l'API refuse : la recherche ou la consommation n'a pas abouti (pré-demande inconnue, expirée, déjà
 * utilisée, limite atteinte…). {@link ProblemesDeLApi} en rédige le problème ; sans trace de pile, ce n'est pas une
 * panne.
 */
final class RefusDeLApi extends RuntimeException {

    private final transient Resultat raison;

    RefusDeLApi(Resultat raison) {
        super(raison.getClass().getSimpleName(), null, false, false);
        this.raison = raison;
    }

    Resultat raison() {
        return raison;
    }
}
