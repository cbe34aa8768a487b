package fr.predemande.habilitation.internal;

import static fr.predemande.habilitation.CheminsDeLaMairie.ACCUEIL;
import static fr.predemande.habilitation.CheminsDeLaMairie.CONNEXION;
import static fr.predemande.habilitation.CheminsDeLaMairie.ENROLEMENT;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.internal.ConnexionDesAgents.Connecte;
import fr.predemande.habilitation.internal.ConnexionDesAgents.EnrolementRequis;
import fr.predemande.habilitation.internal.ConnexionDesAgents.Refus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * La connexion des agents, sur une seule page : identifiant, mot de passe et code de l'application
 * d'authentification. Un champ vide ou un code mal formé est signalé à son champ ; tout identifiant, mot de passe ou
 * code faux donne un seul et même message.
 */
@Controller
class ConnexionMairieController {

    static final String VUE = "mairie/connexion";

    private final ConnexionDesAgents connexions;
    private final SessionDeLaMairie session;

    ConnexionMairieController(ConnexionDesAgents connexions, SessionDeLaMairie session) {
        this.connexions = connexions;
        this.session = session;
    }

    @GetMapping(CONNEXION)
    String connexion(@ModelAttribute("formulaire") Formulaires.Connexion formulaire, AgentConnecte dejaConnecte) {
        return dejaConnecte != null ? "redirect:" + ACCUEIL : VUE;
    }

    @PostMapping(CONNEXION)
    String connecter(
            @ModelAttribute("formulaire") Formulaires.Connexion formulaire,
            BindingResult erreurs,
            HttpServletRequest requete,
            HttpServletResponse reponse) {
        String code = Formulaires.code(formulaire.getCode());
        if (formulaire.getIdentifiant().isBlank()) {
            erreurs.rejectValue("identifiant", "mairie.connexion.identifiant.obligatoire");
        }
        if (formulaire.getMotDePasse().isEmpty()) {
            erreurs.rejectValue("motDePasse", "mairie.connexion.mot-de-passe.obligatoire");
        }
        if (!code.isEmpty() && !Formulaires.codeBienForme(code)) {
            erreurs.rejectValue("code", "mairie.connexion.code.format");
        }
        if (erreurs.hasErrors()) {
            return sansSecrets(formulaire, VUE);
        }
        var issue = connexions.essayer(
                formulaire.getIdentifiant(), formulaire.getMotDePasse(), code, requete.getRemoteAddr());
        if (issue instanceof Connecte connecte) {
            session.connecter(connecte.agent(), requete, reponse);
            return "redirect:" + session.pageApresConnexion(requete, reponse);
        }
        if (issue instanceof EnrolementRequis enrolement) {
            session.commencerLEnrolement(enrolement.enrolement(), requete, reponse);
            return "redirect:" + ENROLEMENT;
        }
        erreurs.rejectValue(
                "identifiant",
                issue == Refus.TROP_DE_TENTATIVES
                        ? "mairie.connexion.erreur.trop-de-tentatives"
                        : "mairie.connexion.erreur.identifiants");
        return sansSecrets(formulaire, VUE);
    }

    /** Le formulaire réaffiché garde l'identifiant ; jamais le mot de passe ni le code. */
    private static String sansSecrets(Formulaires.Connexion formulaire, String vue) {
        formulaire.setMotDePasse("");
        formulaire.setCode("");
        return vue;
    }
}
