package fr.predemande.compte.internal;

import fr.predemande.saisie.Telephones;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** « Mon compte » : consulter et modifier ses données ; confirmer une nouvelle adresse électronique. */
@Controller
class MonCompteController {

    static final String VUE_COMPTE = "compte/mon-compte";
    static final String VUE_MODIFIER = "compte/modifier";
    static final String VUE_COURRIEL_CONFIRME = "compte/courriel-confirme";

    private final CompteRepository comptes;
    private final ModificationDuCompte modification;
    private final MotsDePasseDesComptes motsDePasse;

    MonCompteController(
            CompteRepository comptes, ModificationDuCompte modification, MotsDePasseDesComptes motsDePasse) {
        this.comptes = comptes;
        this.modification = modification;
        this.motsDePasse = motsDePasse;
    }

    @GetMapping("/compte")
    String consulter(Principal usager, Model modele) {
        Compte compte = compte(usager);
        modele.addAttribute("compte", compte);
        modele.addAttribute("telephone", Telephones.pourAffichage(compte.telephone()));
        return VUE_COMPTE;
    }

    @GetMapping("/compte/modifier")
    String formulaire(Principal usager, Model modele) {
        Compte compte = compte(usager);
        var formulaire = new FormulaireIdentite();
        formulaire.setSexe(compte.sexe());
        formulaire.setNom(compte.nom());
        formulaire.setPrenoms(compte.prenoms());
        formulaire.setCourriel(compte.courrielEnAttente() != null ? compte.courrielEnAttente() : compte.courriel());
        formulaire.setTelephone(Telephones.pourAffichage(compte.telephone()));
        modele.addAttribute("formulaire", formulaire);
        return VUE_MODIFIER;
    }

    @PostMapping("/compte/modifier")
    String modifier(
            Principal usager,
            @ModelAttribute("formulaire") FormulaireIdentite formulaire,
            BindingResult erreurs,
            RedirectAttributes redirection) {
        ValidationDesComptes.verifierIdentite(formulaire, erreurs);
        if (erreurs.hasErrors()) {
            return VUE_MODIFIER;
        }
        boolean nouveauCourriel = modification.modifier(compte(usager), formulaire);
        redirection.addFlashAttribute(
                "succes", nouveauCourriel ? "compte.modification.succes-courriel" : "compte.modification.succes");
        return "redirect:/compte";
    }

    @GetMapping("/compte/courriel/confirmation")
    String confirmerCourriel(@RequestParam(name = "jeton", defaultValue = "") String jeton, Model modele) {
        modele.addAttribute("confirme", modification.confirmerCourriel(jeton));
        return VUE_COURRIEL_CONFIRME;
    }

    private Compte compte(Principal usager) {
        return comptes.parIdentifiant(usager.getName()).orElseThrow();
    }
}
