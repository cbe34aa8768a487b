package fr.predemande.recueil.internal;

import fr.predemande.demande.Declaration;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.recueil.DossierRecueilli.Empreintes;
import fr.predemande.recueil.DossierRecueilli.Origine;
import fr.predemande.recueil.NumeroDeDemande;
import fr.predemande.recueil.StatutDossier;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Un dossier tel qu'enregistré (sans ses listes : corrections, contrôles, numérisations, timbres). Son statut ne
 * change que par {@link StatutDossier#devenir}.
 *
 * @param tenuPar l'agent qui l'a ouvert en dernier, et depuis quand : un autre agent le voit
 */
record Dossier(
        UUID id,
        NumeroDeDemande numero,
        UUID mairie,
        String codeDepartement,
        StatutDossier statut,
        Origine origine,
        NumeroPreDemande numeroPreDemande,
        Declaration declaree,
        Declaration retenue,
        Instant creeLe,
        String creePar,
        Instant modifieLe,
        String tenuPar,
        Instant tenuDepuis,
        Empreintes empreintes,
        boolean photoVerifiee,
        Instant transmisLe,
        String transmisPar,
        long version) {

    /** Au-delà, un dossier ouvert par un agent ne l'est plus vraiment (il a fermé l'onglet, changé de poste). */
    static final Duration TENUE = Duration.ofMinutes(30);

    boolean appartientA(UUID uneMairie) {
        return mairie.equals(uneMairie);
    }

    /** Un autre agent l'a ouvert il y a peu : on le dit. */
    boolean tenuParUnAutre(String agent, Instant maintenant) {
        return tenuPar != null
                && !tenuPar.equals(agent)
                && tenuDepuis.plus(TENUE).isAfter(maintenant);
    }

    Dossier transmis(String agent, Instant le) {
        return new Dossier(
                id,
                numero,
                mairie,
                codeDepartement,
                statut.devenir(StatutDossier.TRANSMIS),
                origine,
                numeroPreDemande,
                declaree,
                retenue,
                creeLe,
                creePar,
                le,
                tenuPar,
                tenuDepuis,
                empreintes,
                photoVerifiee,
                le,
                agent,
                version);
    }
}
