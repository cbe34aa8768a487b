package fr.predemande.compte.internal;

import fr.predemande.antirobot.VerificationAntiRobot;
import fr.predemande.saisie.Identifiants;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class InscriptionController {

    static final String VUE_FORMULAIRE = "compte/inscription";
    static final String VUE_CONFIRMATION = "compte/inscription-confirmee";

    private final Inscription inscription;
    private final CompteRepository comptes;
    private final VerificationAntiRobot antiRobot;

    InscriptionController(Inscription inscription, CompteRepository comptes, VerificationAntiRobot antiRobot) {
        this.inscription = inscription;
        this.comptes = comptes;
        this.antiRobot = antiRobot;
    }

    @ModelAttribute("questions")
    QuestionSecrete[] questions() {
        return QuestionSecrete.values();
    }

    @GetMapping("/compte/inscription")
    String formulaire(Model modele) {
        modele.addAttribute("formulaire", new FormulaireInscription());
        return VUE_FORMULAIRE;
    }

    @PostMapping("/compte/inscription")
    String inscrire(
            @ModelAttribute("formulaire") FormulaireInscription formulaire,
            BindingResult erreurs,
            @RequestParam(name = VerificationAntiRobot.CHAMP, required = false) String reponseAntiRobot,
            RedirectAttributes redirection) {
        ValidationDesComptes.verifierInscription(formulaire, erreurs);
        if (!erreurs.hasFieldErrors("identifiant")
                && comptes.identifiantPris(Identifiants.normaliser(formulaire.getIdentifiant()))) {
            erreurs.rejectValue("identifiant", "compte.identifiant.pris");
        }
        if (!antiRobot.verifierEtConsommer(reponseAntiRobot)) {
            erreurs.rejectValue("altcha", "compte.antirobot.echec");
        }
        if (erreurs.hasErrors()) {
            return VUE_FORMULAIRE;
        }
        if (!inscription.inscrire(formulaire)) {
            erreurs.rejectValue("identifiant", "compte.identifiant.pris");
            return VUE_FORMULAIRE;
        }
        redirection.addFlashAttribute("courriel", formulaire.getCourriel().trim());
        redirection.addFlashAttribute("identifiant", Identifiants.normaliser(formulaire.getIdentifiant()));
        return "redirect:/compte/inscription/confirmation";
    }

    @GetMapping("/compte/inscription/confirmation")
    String confirmation() {
        return VUE_CONFIRMATION;
    }
}
