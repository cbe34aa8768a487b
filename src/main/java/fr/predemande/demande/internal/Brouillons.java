package fr.predemande.demande.internal;

import fr.predemande.compte.IdentiteUsager;
import fr.predemande.saisie.Telephones;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Créer, retrouver et enregistrer les brouillons d'un usager ; seul le titulaire du compte y a accès. */
@Service
class Brouillons {

    /** DOMAIN §1 : une pré-demande non utilisée est supprimée au bout de 6 mois. */
    static final Duration VALIDITE = Duration.ofDays(183);

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
        reponses.getEtatCivil().setPrenoms(titulaire.prenoms());
        reponses.getContact().setCourriel(titulaire.courriel());
        reponses.getContact().setTelephone(Telephones.pourAffichage(titulaire.telephone()));
        Instant maintenant = horloge.instant();
        depot.creer(id, titulaire.compteId(), reponses, maintenant, maintenant.plus(VALIDITE));
        return id;
    }

    /** La pré-demande si elle appartient à ce compte ; sinon rien (même réponse qu'un identifiant inconnu). */
    Optional<PreDemande> duTitulaire(UUID id, UUID compteId) {
        return depot.parId(id).filter(d -> d.appartientA(compteId));
    }

    List<PreDemande> duCompte(UUID compteId) {
        return depot.duCompte(compteId);
    }

    /** Faux si la pré-demande n'est plus un brouillon. */
    @Transactional
    boolean enregistrer(PreDemande demande, Reponses reponses) {
        return depot.enregistrerReponses(demande.id(), reponses, horloge.instant());
    }

    @Transactional
    void annuler(PreDemande demande) {
        depot.annuler(demande.id(), horloge.instant());
    }
}
