package fr.predemande.demande.internal;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.Rappel;
import fr.predemande.demande.StatutPreDemande;
import fr.predemande.stockage.DocumentStocke;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Une pré-demande telle qu'enregistrée. Son statut ne change que par les méthodes ci-dessous, qui passent toutes par
 * le cycle de vie ({@link StatutPreDemande#devenir}) : une transition interdite est une erreur, jamais une écriture.
 *
 * @param expireLe l'instant où elle cesse de valoir : le lendemain de son dernier jour, à minuit à Paris
 * @param rappel la mairie et le dossier qui l'ont utilisée, quand elle est rappelée
 */
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
        Rappel rappel,
        Instant rappeleeLe,
        long version) {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** DOMAIN §1 : une pré-demande vaut six mois civils, à Paris, quelle que soit l'heure (et l'heure d'été). */
    static final int MOIS_DE_VALIDITE = 6;

    /** Le dernier jour de validité de ce qui commence à cet instant : le même jour, six mois après, à Paris. */
    static LocalDate dernierJourDeValidite(Instant debut) {
        return debut.atZone(PARIS).toLocalDate().plusMonths(MOIS_DE_VALIDITE);
    }

    /** L'instant où cesse de valoir ce qui commence à cet instant : minuit à Paris, au soir du dernier jour. */
    static Instant finDeValidite(Instant debut) {
        return dernierJourDeValidite(debut).plusDays(1).atStartOfDay(PARIS).toInstant();
    }

    /** Le dernier jour où elle vaut, tel qu'on l'écrit à l'usager. */
    public LocalDate valableJusquAu() {
        return expireLe.atZone(PARIS).toLocalDate().minusDays(1);
    }

    boolean appartientA(UUID compte) {
        return compteId.equals(compte);
    }

    /** Validée, sans récapitulatif encore : il se prépare après la validation ({@link GenerationDuRecapitulatif}). */
    PreDemande validee(NumeroPreDemande nouveauNumero, Instant le) {
        return new PreDemande(
                id,
                compteId,
                statut.devenir(StatutPreDemande.VALIDEE),
                reponses,
                nouveauNumero,
                creeLe,
                le,
                le,
                finDeValidite(le),
                null,
                null,
                null,
                version);
    }

    /**
     * Son récapitulatif, une fois pour toutes : seulement une pré-demande numérotée qui n'en a pas encore, et dont les
     * réponses sont encore là (validée, ou rappelée entre-temps en mairie).
     */
    boolean attendUnRecapitulatif() {
        return numero != null
                && recapitulatif == null
                && (statut == StatutPreDemande.VALIDEE || statut == StatutPreDemande.RAPPELEE);
    }

    PreDemande rappelee(Rappel parQui, Instant le) {
        return new PreDemande(
                id,
                compteId,
                statut.devenir(StatutPreDemande.RAPPELEE),
                reponses,
                numero,
                creeLe,
                le,
                valideeLe,
                expireLe,
                recapitulatif,
                parQui,
                le,
                version);
    }

    PreDemande annulee(Instant le) {
        return new PreDemande(
                id,
                compteId,
                statut.devenir(StatutPreDemande.ANNULEE),
                reponses,
                numero,
                creeLe,
                le,
                valideeLe,
                expireLe,
                recapitulatif,
                rappel,
                rappeleeLe,
                version);
    }

    boolean expireeLe(Instant instant) {
        return !expireLe.isAfter(instant);
    }
}
