package fr.predemande.compte.internal;

import fr.predemande.compte.UsageDuLien;
import java.util.List;
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

    MotDePasseOublieController(MotsDePasseDesComptes motsDePasse) {
        this.motsDePasse = motsDePasse;
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
        return motsDePasse.compteDuLien(jeton, UsageDuLien.REINITIALISATION)
                .map(compte -> {
                    preparer(modele, compte, jeton);
                    modele.addAttribute("formulaire", new FormulaireMotDePasse());
                    return VUE_NOUVEAU;
                })
                .orElseGet(() -> lienInvalide(jeton, modele));
    }

    @PostMapping("/compte/mot-de-passe-oublie/nouveau")
    String reinitialiser(@RequestParam(name = "jeton", defaultValue = "") String jeton,
            @ModelAttribute("formulaire") FormulaireMotDePasse formulaire, BindingResult erreurs, Model modele,
            RedirectAttributes redirection) {
        var compte = motsDePasse.compteDuLien(jeton, UsageDuLien.REINITIALISATION);
        if (compte.isEmpty()) {
            return lienInvalide(jeton, modele);
        }
        Compte c = compte.get();
        if (formulaire.getReponseSecrete().isBlank()) {
            erreurs.rejectValue("reponseSecrete", "saisie.reponse-secrete.obligatoire");
        }
        ValidationDesComptes.verifierMotDePasse(formulaire, List.of(c.identifiant(), c.nom(), c.prenoms(), c.courriel()), erreurs);
        if (!erreurs.hasErrors()) {
            switch (motsDePasse.reinitialiser(jeton, formulaire.getReponseSecrete(), formulaire.getMotDePasse())) {
                case FAIT -> {
                    redirection.addFlashAttribute("succes", "compte.reinitialisation.succes");
                    redirection.addFlashAttribute("identifiant", c.identifiant());
                    return "redirect:/connexion";
                }
                case REPONSE_FAUSSE -> erreurs.rejectValue("reponseSecrete", "compte.reponse-secrete.fausse");
                case TROP_D_ESSAIS, LIEN_INVALIDE -> {
                    return lienInvalide(jeton, modele);
                }
            }
        }
        formulaire.setMotDePasse("");
        formulaire.setConfirmation("");
        preparer(modele, c, jeton);
        return VUE_NOUVEAU;
    }

    private static void preparer(Model modele, Compte compte, String jeton) {
        modele.addAttribute("identifiant", compte.identifiant());
        modele.addAttribute("question", compte.questionSecrete());
        modele.addAttribute("jeton", jeton);
    }

    private String lienInvalide(String jeton, Model modele) {
        modele.addAttribute("etat", motsDePasse.etatDuLien(jeton, UsageDuLien.REINITIALISATION));
        modele.addAttribute("usage", UsageDuLien.REINITIALISATION);
        modele.addAttribute("formulaire", new FormulaireIdentifiant());
        return ActivationController.VUE_LIEN_INVALIDE;
    }
}
