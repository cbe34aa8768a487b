package fr.predemande.compte.internal;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.saisie.Courriels;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.Telephones;
import fr.predemande.web.UrlPublique;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Modification des données du compte. Un changement d'adresse électronique n'a d'effet qu'une fois confirmé par le
 * lien envoyé à la nouvelle adresse ; l'ancienne reste utilisée d'ici là.
 */
@Service
class ModificationDuCompte {

    private final CompteRepository comptes;
    private final Jetons jetons;
    private final ApplicationEventPublisher evenements;
    private final UrlPublique urlPublique;
    private final Clock horloge;

    ModificationDuCompte(
            CompteRepository comptes,
            Jetons jetons,
            ApplicationEventPublisher evenements,
            UrlPublique urlPublique,
            Clock horloge) {
        this.comptes = comptes;
        this.jetons = jetons;
        this.evenements = evenements;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
    }

    /** Le formulaire est déjà validé. Vrai si un lien de confirmation est parti vers une nouvelle adresse. */
    @Transactional
    boolean modifier(Compte actuel, FormulaireIdentite formulaire) {
        Instant maintenant = horloge.instant();
        String courriel = Courriels.normaliser(formulaire.getCourriel());
        boolean nouveauCourriel = !courriel.equals(actuel.courriel());
        var modifie = new Compte(
                actuel.id(),
                actuel.identifiant(),
                formulaire.getSexe(),
                Noms.normaliser(formulaire.getNom()),
                Noms.normaliser(formulaire.getPrenoms()),
                actuel.courriel(),
                nouveauCourriel ? courriel : null,
                Telephones.versE164(formulaire.getTelephone()),
                actuel.questionSecrete(),
                actuel.reponseSecreteEmpreinte(),
                actuel.motDePasseEmpreinte(),
                actuel.activeLe(),
                actuel.cguVersion(),
                actuel.cguAccepteesLe(),
                actuel.version());
        comptes.modifier(modifie, maintenant);
        if (nouveauCourriel) {
            var emis = jetons.emettre(actuel.id(), UsageDuLien.CHANGEMENT_COURRIEL, courriel, maintenant);
            evenements.publishEvent(new LienDeCompteEmis(
                    UsageDuLien.CHANGEMENT_COURRIEL,
                    courriel,
                    actuel.identifiant(),
                    modifie.prenoms(),
                    urlPublique.de("/compte/courriel/confirmation?jeton=" + emis.valeur()),
                    emis.expireLe()));
        }
        return nouveauCourriel;
    }

    @Transactional
    boolean confirmerCourriel(String jeton) {
        Instant maintenant = horloge.instant();
        return jetons.consommer(jeton, UsageDuLien.CHANGEMENT_COURRIEL, maintenant)
                .map(valide -> {
                    comptes.confirmerCourriel(valide.compteId(), valide.courriel(), maintenant);
                    return true;
                })
                .orElse(false);
    }
}
