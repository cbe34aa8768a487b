package fr.predemande.demande;

import fr.predemande.justificatifs.Montant;
import fr.predemande.stockage.DocumentStocke;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Une pré-demande vient d'être validée : le numéro, le récapitulatif PDF et les coordonnées où les envoyer (courriel
 * confirmé par l'usager ; téléphone portable facultatif, E.164), et le total des timbres fiscaux à acheter.
 */
public record PreDemandeValidee(
        UUID id,
        NumeroPreDemande numero,
        String courriel,
        String telephone,
        String prenoms,
        LocalDate valableJusquAu,
        DocumentStocke recapitulatif,
        Montant montantDesTimbres) {}
