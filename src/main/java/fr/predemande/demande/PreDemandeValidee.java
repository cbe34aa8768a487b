package fr.predemande.demande;

import fr.predemande.justificatifs.Montant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Une pré-demande vient d'être validée : le numéro et les coordonnées où l'envoyer (courriel confirmé par l'usager ;
 * téléphone portable facultatif, E.164), et le total des timbres fiscaux à acheter. Son récapitulatif PDF se prépare
 * après coup ({@link RecapitulatifGenere} dit quand il est prêt).
 */
public record PreDemandeValidee(
        UUID id,
        NumeroPreDemande numero,
        String courriel,
        String telephone,
        String prenoms,
        LocalDate valableJusquAu,
        Montant montantDesTimbres) {}
