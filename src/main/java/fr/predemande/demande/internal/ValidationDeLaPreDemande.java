package fr.predemande.demande.internal;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.PreDemandeValidee;
import fr.predemande.demande.StatutPreDemande;
import fr.predemande.saisie.Courriels;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * La validation : numéro, statut et événement (pour le SMS et la préparation du récapitulatif), dans une transaction
 * courte. Le récapitulatif PDF se fait après, par l'outbox ({@link GenerationDuRecapitulatif}), puis le courriel qui le
 * porte. Idempotente : deux clics, deux onglets ou une nouvelle tentative donnent le même numéro et un seul envoi.
 */
@Service
class ValidationDeLaPreDemande {

    /** Pourquoi la validation est refusée. */
    static class Refus extends RuntimeException {
        Refus(String raison) {
            super(raison);
        }
    }

    private final PreDemandeRepository depot;
    private final ControlesDeCoherence controles;
    private final Declarations declarations;
    private final Recapitulatifs recapitulatifs;
    private final ApplicationEventPublisher evenements;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    ValidationDeLaPreDemande(
            PreDemandeRepository depot,
            ControlesDeCoherence controles,
            Declarations declarations,
            Recapitulatifs recapitulatifs,
            ApplicationEventPublisher evenements,
            TransactionTemplate transaction,
            Clock horloge) {
        this.depot = depot;
        this.controles = controles;
        this.declarations = declarations;
        this.recapitulatifs = recapitulatifs;
        this.evenements = evenements;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    NumeroPreDemande valider(UUID id, UUID compteId, String courriel) {
        // un numéro tiré deux fois (probabilité ~1/32⁹) : la contrainte d'unicité refuse, on retente avec un autre
        for (int essai = 1; ; essai++) {
            try {
                return transaction.execute(etat -> validerDansUneTransaction(id, compteId, courriel));
            } catch (DuplicateKeyException e) {
                if (essai == 3) {
                    throw e;
                }
            }
        }
    }

    private NumeroPreDemande validerDansUneTransaction(UUID id, UUID compteId, String courriel) {
        PreDemande demande = depot.parIdPourModification(id)
                .filter(d -> d.appartientA(compteId))
                .orElseThrow(() -> new Refus("inconnue"));
        if (demande.statut() == StatutPreDemande.VALIDEE) {
            return demande.numero();
        }
        if (!demande.statut().peutDevenir(StatutPreDemande.VALIDEE)) {
            throw new Refus("non modifiable");
        }
        if (Courriels.verifier(courriel).isPresent()
                || !controles.controler(demande.reponses()).isEmpty()) {
            throw new Refus("incomplète");
        }
        NumeroPreDemande numero;
        do {
            numero = NumeroPreDemande.tirer();
        } while (depot.numeroPris(numero));
        var declaration = declarations.de(demande.reponses());
        var liste = recapitulatifs.justificatifs(declaration).orElseThrow(() -> new Refus("incomplète"));
        Instant maintenant = horloge.instant();
        PreDemande validee = demande.validee(numero, maintenant);
        depot.enregistrerTransition(demande, validee);
        String normalise = Courriels.normaliser(courriel);
        depot.enregistrerCourrielDuRecapitulatif(id, normalise);
        evenements.publishEvent(new PreDemandeValidee(
                id,
                numero,
                normalise,
                declaration.contact().telephone(),
                String.join(", ", declaration.etatCivil().prenoms()),
                validee.valableJusquAu(),
                liste.total()));
        return numero;
    }
}
