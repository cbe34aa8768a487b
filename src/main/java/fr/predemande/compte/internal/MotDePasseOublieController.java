package fr.predemande.compte.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mot de passe oublié : un lien par courriel, puis la réponse secrète et le nouveau mot de passe. */
@Controller
class MotDePasseOublieController {

    static final String VUE_DEMANDE = "compte/mot-de-passe-oublie";
    static final String VUE_ENVOYE = "compte/mot-de-passe-oublie-envoye";
    static final String VUE_NOUVEAU = "compte/nouveau-mot-de-passe";

    private final MotsDePasseDesComptes motsDePasse;
    private final ParcoursDuLien parcours;

    MotDePasseOublieController(MotsDePasseDesComptes motsDePasse, ParcoursDuLien parcours) {
        this.motsDePasse = motsDePasse;
        this.parcours = parcours;
    }

    @GetMapping("/compte/mot-de-passe-oublie")
    String demande(Model modele) {
        modele.addAttribute("formulaire", new FormulaireIdentifiant());
        return VUE_DEMANDE;
    }

    @PostMapping("/compte/mot-de-passe-oublie")
    String demander(@ModelAttribute("formulaire") FormulaireIdentifiant formulaire, BindingResult erreurs) {
        if (formulaire.getIdentifiant().isBlank()) {
            erreurs.rejectValue("identifiant", "saisie.identifiant.obligatoire");
            return VUE_DEMANDE;
        }
        motsDePasse.demanderReinitialisation(formulaire.getIdentifiant());
        return "redirect:/compte/mot-de-passe-oublie/envoye";
    }

    @GetMapping("/compte/mot-de-passe-oublie/envoye")
    String envoye() {
        return VUE_ENVOYE;
    }

    @GetMapping("/compte/mot-de-passe-oublie/nouveau")
    String nouveau(@RequestParam(name = "jeton", defaultValue = "") String jeton, Model modele) {
        return parcours.ouvrir(LienAUsageUnique.REINITIALISATION, jeton, modele);
    }

    @PostMapping("/compte/mot-de-passe-oublie/nouveau")
    String reinitialiser(
            @RequestParam(name = "jeton", defaultValue = "") String jeton,
            @ModelAttribute("formulaire") FormulaireMotDePasse formulaire,
            BindingResult erreurs,
            Model modele,
            RedirectAttributes redirection) {
        return parcours.envoyer(LienAUsageUnique.REINITIALISATION, jeton, formulaire, erreurs, modele, redirection);
    }
}
