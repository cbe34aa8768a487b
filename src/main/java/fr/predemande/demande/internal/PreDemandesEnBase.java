package fr.predemande.demande.internal;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandeRetrouvee;
import fr.predemande.demande.PreDemandes;
import fr.predemande.demande.Rappel;
import fr.predemande.demande.RechercheParNumero;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Les pré-demandes vues des autres modules : par leur numéro, en instantané typé. */
@Service
class PreDemandesEnBase implements PreDemandes {

    private final PreDemandeRepository depot;
    private final Declarations declarations;
    private final Clock horloge;

    PreDemandesEnBase(PreDemandeRepository depot, Declarations declarations, Clock horloge) {
        this.depot = depot;
        this.declarations = declarations;
        this.horloge = horloge;
    }

    @Override
    @Transactional(readOnly = true)
    public RechercheParNumero trouverValidee(NumeroPreDemande numero) {
        return depot.parNumero(numero).map(this::etat).orElseGet(RechercheParNumero.Inconnue::new);
    }

    @Override
    @Transactional
    public PreDemandeRetrouvee rappeler(NumeroPreDemande numero, Rappel rappel) {
        PreDemande demande = depot.parNumeroPourModification(numero)
                .orElseThrow(() -> new RappelImpossible(new RechercheParNumero.Inconnue()));
        if (rappel.equals(demande.rappel())) {
            return instantane(demande);
        }
        if (!(etat(demande) instanceof RechercheParNumero.Trouvee)) {
            throw new RappelImpossible(etat(demande));
        }
        PreDemande rappelee = demande.rappelee(rappel, horloge.instant());
        depot.enregistrerTransition(demande, rappelee);
        return instantane(rappelee);
    }

    private RechercheParNumero etat(PreDemande demande) {
        return switch (demande.statut()) {
            case BROUILLON, ANNULEE -> new RechercheParNumero.Inconnue();
            case RAPPELEE -> new RechercheParNumero.DejaRappelee(demande.rappel(), demande.rappeleeLe());
            case EXPIREE -> new RechercheParNumero.Purgee(demande.valableJusquAu());
            case VALIDEE ->
                demande.expireeLe(horloge.instant())
                        ? new RechercheParNumero.Expiree(demande.valableJusquAu())
                        : new RechercheParNumero.Trouvee(instantane(demande));
        };
    }

    private PreDemandeRetrouvee instantane(PreDemande demande) {
        return new PreDemandeRetrouvee(
                demande.numero(),
                demande.valideeLe(),
                demande.valableJusquAu(),
                declarations.de(demande.reponses()),
                demande.recapitulatif());
    }
}
