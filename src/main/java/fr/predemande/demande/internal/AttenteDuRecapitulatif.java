package fr.predemande.demande.internal;

import fr.predemande.stockage.DocumentStocke;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Le récapitulatif d'une pré-demande qui vient d'être validée se prépare en quelques dizaines de millisecondes, après
 * la validation : qui le demande tout de suite attend, un temps borné, qu'il soit enregistré. La base le dit à tous les
 * nœuds : on la relit à intervalles courts plutôt que d'attendre un signal propre à ce nœud.
 */
@Component
class AttenteDuRecapitulatif {

    /** Au-delà, l'usager voit la page « en préparation » et réessaie quand il veut. */
    static final Duration ATTENTE_MAXIMALE = Duration.ofSeconds(3);

    private static final Duration INTERVALLE = Duration.ofMillis(100);

    private final PreDemandeRepository depot;

    AttenteDuRecapitulatif(PreDemandeRepository depot) {
        this.depot = depot;
    }

    /** Le récapitulatif dès qu'il est enregistré ; vide s'il ne l'est toujours pas au bout de l'attente. */
    Optional<DocumentStocke> attendre(UUID id, Duration attente) {
        long limite = System.nanoTime() + attente.toNanos();
        while (true) {
            Optional<DocumentStocke> recapitulatif = depot.recapitulatif(id);
            if (recapitulatif.isPresent() || System.nanoTime() + INTERVALLE.toNanos() > limite) {
                return recapitulatif;
            }
            try {
                Thread.sleep(INTERVALLE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
