package fr.predemande.compte.internal;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.saisie.Courriels;
import fr.predemande.saisie.Identifiants;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.ReponsesSecretes;
import fr.predemande.saisie.Telephones;
import fr.predemande.web.ReglagesDuWeb;
import fr.predemande.web.UrlPublique;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Crée un compte non activé et envoie le lien d'activation (par l'outbox, dans la même transaction). */
@Service
class Inscription {

    private final CompteRepository comptes;
    private final Jetons jetons;
    private final PasswordEncoder empreintes;
    private final ApplicationEventPublisher evenements;
    private final UrlPublique urlPublique;
    private final Clock horloge;
    private final String versionDesCgu;

    Inscription(
            CompteRepository comptes,
            Jetons jetons,
            PasswordEncoder empreintes,
            ApplicationEventPublisher evenements,
            UrlPublique urlPublique,
            Clock horloge,
            ReglagesDuWeb reglagesDuWeb) {
        this.comptes = comptes;
        this.jetons = jetons;
        this.empreintes = empreintes;
        this.evenements = evenements;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
        // le texte des CGU est une page du module web : sa version en vient, le compte garde celle acceptée
        this.versionDesCgu = reglagesDuWeb.cgu().version();
    }

    /** Le formulaire est déjà validé. Faux si l'identifiant vient d'être pris. */
    @Transactional
    boolean inscrire(FormulaireInscription formulaire) {
        Instant maintenant = horloge.instant();
        var compte = new Compte(
                UUID.randomUUID(),
                Identifiants.normaliser(formulaire.getIdentifiant()),
                formulaire.getSexe(),
                Noms.normaliser(formulaire.getNom()),
                Noms.normaliser(formulaire.getPrenoms()),
                Courriels.normaliser(formulaire.getCourriel()),
                null,
                Telephones.versE164(formulaire.getTelephone()),
                QuestionSecrete.valueOf(formulaire.getQuestionSecrete()),
                empreintes.encode(ReponsesSecretes.normaliser(formulaire.getReponseSecrete())),
                null,
                null,
                versionDesCgu,
                maintenant,
                0);
        if (!comptes.inserer(compte, maintenant)) {
            return false;
        }
        envoyerLienDActivation(compte, maintenant);
        return true;
    }

    /** Un nouveau lien pour un compte pas encore activé ; sans effet visible sinon (rien n'est révélé). */
    @Transactional
    void renvoyerLienDActivation(String identifiant) {
        comptes.parIdentifiant(Identifiants.normaliser(identifiant))
                .filter(compte -> !compte.estActive())
                .ifPresent(compte -> envoyerLienDActivation(compte, horloge.instant()));
    }

    private void envoyerLienDActivation(Compte compte, Instant maintenant) {
        var jeton = jetons.emettre(compte.id(), UsageDuLien.ACTIVATION, compte.courriel(), maintenant);
        evenements.publishEvent(new LienDeCompteEmis(
                UsageDuLien.ACTIVATION,
                compte.courriel(),
                compte.identifiant(),
                compte.prenoms(),
                urlPublique.de("/compte/activation?jeton=" + jeton.valeur()),
                jeton.expireLe()));
    }
}
