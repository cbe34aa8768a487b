package fr.predemande.demande.internal;

import fr.predemande.compte.IdentiteUsager;
import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.StatutPreDemande;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.Telephones;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Créer, retrouver, enregistrer et annuler les brouillons d'un usager ; seul le titulaire du compte y a accès. */
@Service
class Brouillons {

    private final PreDemandeRepository depot;
    private final Clock horloge;

    Brouillons(PreDemandeRepository depot, Clock horloge) {
        this.depot = depot;
        this.horloge = horloge;
    }

    /** Crée le brouillon, prérempli avec les données du compte ; idempotent pour un même identifiant. */
    @Transactional
    UUID creer(UUID id, IdentiteUsager titulaire) {
        var reponses = new Reponses();
        reponses.getEtatCivil().setSexe(titulaire.sexe());
        reponses.getEtatCivil().setNomNaissance(titulaire.nom());
        // la forme que l'aide du champ demande : les prénoms séparés par une virgule
        reponses.getEtatCivil().setPrenoms(String.join(", ", Noms.decouperPrenoms(titulaire.prenoms())));
        reponses.getContact().setCourriel(titulaire.courriel());
        reponses.getContact().setTelephone(Telephones.pourAffichage(titulaire.telephone()));
        Instant maintenant = horloge.instant();
        depot.creer(id, titulaire.compteId(), reponses, maintenant, PreDemande.finDeValidite(maintenant));
        return id;
    }

    /** La pré-demande si elle appartient à ce compte ; sinon rien (même réponse qu'un identifiant inconnu). */
    Optional<PreDemande> duTitulaire(UUID id, UUID compteId) {
        return depot.parId(id).filter(d -> d.appartientA(compteId));
    }

    /** La pré-demande de l'usager connecté ; 404 pour celle d'un autre, comme pour un identifiant inconnu. */
    PreDemande duTitulaireOu404(UUID id, UsagerConnecte usager) {
        return duTitulaire(id, usager.compteId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Optional<PreDemande> parNumero(NumeroPreDemande numero) {
        return depot.parNumero(numero);
    }

    List<PreDemande> duCompte(UUID compteId) {
        return depot.duCompte(compteId);
    }

    /** Faux si la pré-demande n'est plus un brouillon. Une seule instruction : pas de transaction à ouvrir et valider. */
    boolean enregistrer(PreDemande demande, Reponses reponses) {
        return depot.enregistrerReponses(demande, reponses, horloge.instant());
    }

    /**
     * @throws StatutPreDemande.TransitionRefusee si elle ne peut plus être annulée (rappelée en
     *     mairie, expirée)
     */
    @Transactional
    void annuler(PreDemande demande) {
        PreDemande actuelle = depot.parIdPourModification(demande.id()).orElseThrow();
        if (actuelle.statut() != StatutPreDemande.ANNULEE) {
            depot.enregistrerTransition(actuelle, actuelle.annulee(horloge.instant()));
        }
    }
}
