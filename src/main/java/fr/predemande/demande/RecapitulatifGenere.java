package fr.predemande.demande;

import fr.predemande.justificatifs.Montant;
import fr.predemande.stockage.DocumentStocke;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Le récapitulatif PDF d'une pré-demande validée est stocké (une seule fois par pré-demande) : de quoi l'envoyer par
 * courriel, avec ce que {@link PreDemandeValidee} portait pour le rédiger.
 */
public record RecapitulatifGenere(
        UUID id,
        NumeroPreDemande numero,
        String courriel,
        String prenoms,
        LocalDate valableJusquAu,
        Montant montantDesTimbres,
        DocumentStocke recapitulatif) {

    /** Ce que la validation a publié, et le document qui vient d'être stocké. */
    public static RecapitulatifGenere de(PreDemandeValidee validee, DocumentStocke recapitulatif) {
        return new RecapitulatifGenere(
                validee.id(),
                validee.numero(),
                validee.courriel(),
                validee.prenoms(),
                validee.valableJusquAu(),
                validee.montantDesTimbres(),
                recapitulatif);
    }
}
