package fr.predemande.compte.internal;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.compte.internal.LimitesDeDebit.Limite;
import fr.predemande.saisie.Identifiants;
import fr.predemande.saisie.ReponsesSecretes;
import fr.predemande.web.UrlPublique;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Le mot de passe choisi à l'activation, et sa réinitialisation par lien + réponse secrète. */
@Service
class MotsDePasseDesComptes {

    enum Resultat {
        FAIT,
        LIEN_INVALIDE,
        REPONSE_FAUSSE,
        TROP_D_ESSAIS
    }

    private final CompteRepository comptes;
    private final Jetons jetons;
    private final PasswordEncoder empreintes;
    private final LimitesDeDebit limites;
    private final AttentesDeConnexion attentes;
    private final ApplicationEventPublisher evenements;
    private final UrlPublique urlPublique;
    private final Clock horloge;

    MotsDePasseDesComptes(
            CompteRepository comptes,
            Jetons jetons,
            PasswordEncoder empreintes,
            LimitesDeDebit limites,
            AttentesDeConnexion attentes,
            ApplicationEventPublisher evenements,
            UrlPublique urlPublique,
            Clock horloge) {
        this.comptes = comptes;
        this.jetons = jetons;
        this.empreintes = empreintes;
        this.limites = limites;
        this.attentes = attentes;
        this.evenements = evenements;
        this.urlPublique = urlPublique;
        this.horloge = horloge;
    }

    Jetons.Etat etatDuLien(String jeton, UsageDuLien usage) {
        return jetons.etat(jeton, usage, horloge.instant());
    }

    /** Le compte visé par un lien encore valable (pour afficher son identifiant, sa question secrète). */
    Optional<Compte> compteDuLien(String jeton, UsageDuLien usage) {
        return jetons.valide(jeton, usage, horloge.instant()).flatMap(valide -> comptes.parId(valide.compteId()));
    }

    @Transactional
    Resultat activer(String jeton, String motDePasse) {
        Instant maintenant = horloge.instant();
        return jetons.consommer(jeton, UsageDuLien.ACTIVATION, maintenant)
                .map(valide -> {
                    comptes.definirMotDePasse(valide.compteId(), empreintes.encode(motDePasse), maintenant);
                    return Resultat.FAIT;
                })
                .orElse(Resultat.LIEN_INVALIDE);
    }

    /** Envoie un lien de réinitialisation si le compte existe et est actif ; la réponse ne révèle rien. */
    @Transactional
    void demanderReinitialisation(String identifiant) {
        String normalise = Identifiants.normaliser(identifiant);
        if (!limites.consommer(Limite.ENVOI_DE_LIEN_PAR_IDENTIFIANT, normalise)) {
            return;
        }
        comptes.parIdentifiant(normalise).filter(Compte::estActive).ifPresent(compte -> {
            var emis = jetons.emettre(compte.id(), UsageDuLien.REINITIALISATION, compte.courriel(), horloge.instant());
            evenements.publishEvent(new LienDeCompteEmis(
                    UsageDuLien.REINITIALISATION,
                    compte.courriel(),
                    compte.identifiant(),
                    compte.prenoms(),
                    urlPublique.de("/compte/mot-de-passe-oublie/nouveau?jeton=" + emis.valeur()),
                    emis.expireLe()));
        });
    }

    @Transactional(noRollbackFor = RuntimeException.class)
    Resultat reinitialiser(String jeton, String reponseSecrete, String motDePasse) {
        Instant maintenant = horloge.instant();
        Optional<Compte> compte = compteDuLien(jeton, UsageDuLien.REINITIALISATION);
        if (compte.isEmpty()) {
            return Resultat.LIEN_INVALIDE;
        }
        String cle = Jetons.empreinte(jeton);
        if (limites.epuisee(Limite.REPONSE_SECRETE_PAR_LIEN, cle)) {
            jetons.invalider(jeton, maintenant);
            return Resultat.TROP_D_ESSAIS;
        }
        if (!empreintes.matches(
                ReponsesSecretes.normaliser(reponseSecrete), compte.get().reponseSecreteEmpreinte())) {
            limites.consommer(Limite.REPONSE_SECRETE_PAR_LIEN, cle);
            return Resultat.REPONSE_FAUSSE;
        }
        if (jetons.consommer(jeton, UsageDuLien.REINITIALISATION, maintenant).isEmpty()) {
            return Resultat.LIEN_INVALIDE;
        }
        comptes.definirMotDePasse(compte.get().id(), empreintes.encode(motDePasse), maintenant);
        // le titulaire a prouvé qu'il reçoit les courriels du compte : les freins de ses essais non reconnus sont
        // desserrés
        // (ceux de l'identifiant et ceux de chaque adresse, la sienne comprise s'il la partage avec un importun)
        limites.remettreAZero(
                Limite.CONNEXION_NON_RECONNUE_PAR_IDENTIFIANT, compte.get().identifiant());
        attentes.oublier(compte.get().identifiant());
        return Resultat.FAIT;
    }
}
