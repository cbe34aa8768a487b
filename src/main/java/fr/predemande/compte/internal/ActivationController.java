package fr.predemande.compte.internal;

import fr.predemande.saisie.Identifiants;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Le lien d'activation reçu par courriel : choisir son mot de passe ; lien périmé ou déjà servi : en redemander un. */
@Controller
class ActivationController {

    static final String VUE_MOT_DE_PASSE = "compte/activation";
    static final String VUE_LIEN_RENVOYE = "compte/lien-renvoye";

    private final ParcoursDuLien parcours;
    private final Inscription inscription;
    private final LimitesDeDebit limites;

    ActivationController(ParcoursDuLien parcours, Inscription inscription, LimitesDeDebit limites) {
        this.parcours = parcours;
        this.inscription = inscription;
        this.limites = limites;
    }

    @GetMapping("/compte/activation")
    String ouvrir(@RequestParam(name = "jeton", defaultValue = "") String jeton, Model modele) {
        return parcours.ouvrir(LienAUsageUnique.ACTIVATION, jeton, modele);
    }

    @PostMapping("/compte/activation")
    String activer(
            @RequestParam(name = "jeton", defaultValue = "") String jeton,
            @ModelAttribute("formulaire") FormulaireMotDePasse formulaire,
            BindingResult erreurs,
            Model modele,
            RedirectAttributes redirection) {
        return parcours.envoyer(LienAUsageUnique.ACTIVATION, jeton, formulaire, erreurs, modele, redirection);
    }

    @PostMapping("/compte/activation/nouveau-lien")
    String nouveauLien(@ModelAttribute("formulaire") FormulaireIdentifiant formulaire) {
        String identifiant = Identifiants.normaliser(formulaire.getIdentifiant());
        if (!identifiant.isEmpty()
                && limites.consommer(LimitesDeDebit.Limite.ENVOI_DE_LIEN_PAR_IDENTIFIANT, identifiant)) {
            inscription.renvoyerLienDActivation(identifiant);
        }
        return "redirect:/compte/activation/lien-renvoye";
    }

    @GetMapping("/compte/activation/lien-renvoye")
    String lienRenvoye() {
        return VUE_LIEN_RENVOYE;
    }
}
