package fr.predemande.demande.internal;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.stockage.DocumentStocke;
import java.time.Instant;
import java.util.UUID;

/** Une pré-demande telle qu'enregistrée. */
public record PreDemande(
        UUID id,
        UUID compteId,
        StatutPreDemande statut,
        Reponses reponses,
        NumeroPreDemande numero,
        Instant creeLe,
        Instant modifieLe,
        Instant valideeLe,
        Instant expireLe,
        DocumentStocke recapitulatif,
        long version) {

    boolean appartientA(UUID compte) {
        return compteId.equals(compte);
    }
}
