package fr.predemande.demande.internal;

import fr.predemande.demande.PreDemandeValidee;
import fr.predemande.demande.RecapitulatifGenere;
import fr.predemande.impression.GenerateurDeRecapitulatif;
import fr.predemande.stockage.MagasinDeDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Le récapitulatif PDF d'une pré-demande validée, fait après la validation (qui n'attend plus sa trentaine de
 * millisecondes) : l'outbox porte l'événement jusqu'ici, et le relance tant que le document n'est pas enregistré.
 *
 * <p>Une seule transaction verrouille la pré-demande, génère, stocke, enregistre la référence et publie
 * {@link RecapitulatifGenere} (qui fera partir le courriel) : un arrêt avant sa fin n'enregistre rien, l'événement reste
 * à traiter et la relance recommence (au pire un fichier orphelin dans le magasin, jamais référencé). Une relance, ou
 * deux nœuds à la fois, trouvent la pré-demande déjà pourvue (le verrou les fait passer l'un après l'autre) et ne font
 * rien : un seul récapitulatif, un seul courriel.
 */
@Component
class GenerationDuRecapitulatif {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationDuRecapitulatif.class);

    private final PreDemandeRepository depot;
    private final Declarations declarations;
    private final Recapitulatifs recapitulatifs;
    private final GenerateurDeRecapitulatif generateur;
    private final MagasinDeDocuments magasin;
    private final ApplicationEventPublisher evenements;

    GenerationDuRecapitulatif(
            PreDemandeRepository depot,
            Declarations declarations,
            Recapitulatifs recapitulatifs,
            GenerateurDeRecapitulatif generateur,
            MagasinDeDocuments magasin,
            ApplicationEventPublisher evenements) {
        this.depot = depot;
        this.declarations = declarations;
        this.recapitulatifs = recapitulatifs;
        this.generateur = generateur;
        this.magasin = magasin;
        this.evenements = evenements;
    }

    // comme @ApplicationModuleListener (après la validation, transaction à lui, outbox), sur les fils des
    // récapitulatifs
    @Async(FilsDesRecapitulatifs.NOM)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    void generer(PreDemandeValidee validee) {
        PreDemande demande = depot.parIdPourModification(validee.id()).orElse(null);
        if (demande == null || !demande.attendUnRecapitulatif()) {
            LOG.debug("Récapitulatif de {} : rien à faire", validee.id());
            return;
        }
        var recapitulatif =
                recapitulatifs.pour(declarations.de(demande.reponses()), demande.numero(), demande.valableJusquAu());
        var document = magasin.deposer("recapitulatifs", generateur.pdf(recapitulatif), "application/pdf");
        if (!depot.enregistrerRecapitulatif(demande, document)) {
            // impossible sous le verrou : une erreur, pour que l'outbox relance plutôt que de perdre le courriel
            throw new IllegalStateException("Récapitulatif de " + validee.id() + " non enregistré");
        }
        evenements.publishEvent(RecapitulatifGenere.de(validee, document));
    }
}
