package fr.predemande.demande;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ce que donne la recherche d'une pré-demande par son numéro : chaque cas a son message pour l'agent. Un brouillon ou
 * une pré-demande annulée n'a pas de numéro utilisable : elle est inconnue.
 */
public sealed interface RechercheParNumero {

    /** Validée et encore valable : prête à devenir un dossier. */
    record Trouvee(PreDemandeRetrouvee preDemande) implements RechercheParNumero {}

    /** Aucune pré-demande utilisable ne porte ce numéro. */
    record Inconnue() implements RechercheParNumero {}

    /** Sa validité a pris fin ce jour-là ; ses données seront effacées la nuit suivante. */
    record Expiree(LocalDate valableJusquAu) implements RechercheParNumero {}

    /** Expirée, et ses données personnelles effacées (DOMAIN §8). */
    record Purgee(LocalDate valableJusquAu) implements RechercheParNumero {}

    /** Déjà devenue un dossier : par quelle mairie, sous quelle référence, et quand. */
    record DejaRappelee(Rappel rappel, Instant le) implements RechercheParNumero {}
}
