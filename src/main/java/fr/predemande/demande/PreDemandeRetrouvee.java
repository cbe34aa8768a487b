package fr.predemande.demande;

import fr.predemande.stockage.DocumentStocke;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Une pré-demande validée telle que la mairie la retrouve par son numéro : ce que la personne a déclaré, et le
 * récapitulatif qu'elle a reçu.
 *
 * @param valableJusquAu dernier jour où elle peut être utilisée
 * @param recapitulatif le récapitulatif PDF ; absent les quelques secondes qui suivent la validation, le temps qu'il
 *     se fasse
 */
public record PreDemandeRetrouvee(
        NumeroPreDemande numero,
        Instant valideeLe,
        LocalDate valableJusquAu,
        Declaration declaration,
        DocumentStocke recapitulatif) {}
