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

/** Le lien d'activation reçu par courriel : choisir son mot de passe ; lien périmé ou déjà servi : en redemander un. */
@Controller
class ActivationController {

    static final String VUE_MOT_DE_PASSE = "compte/activation";
    static final String VUE_LIEN_INVALIDE = "compte/lien-invalide";
    static final String VUE_LIEN_RENVOYE = "compte/lien-renvoye";

    private final MotsDePasseDesComptes motsDePasse;
    private final Inscription inscription;
    private final LimitesDeDebit limites;

    ActivationController(MotsDePasseDesComptes motsDePasse, Inscription inscription, LimitesDeDebit limites) {
        this.motsDePasse = motsDePasse;
        this.inscription = inscription;
        this.limites = limites;
    }

    @GetMapping("/compte/activation")
    String ouvrir(@RequestParam(name = "jeton", defaultValue = "") String jeton, Model modele) {
        return motsDePasse.compteDuLien(jeton, UsageDuLien.ACTIVATION)
                .map(compte -> {
                    modele.addAttribute("identifiant", compte.identifiant());
                    modele.addAttribute("jeton", jeton);
                    modele.addAttribute("formulaire", new FormulaireMotDePasse());
                    return VUE_MOT_DE_PASSE;
                })
                .orElseGet(() -> lienInvalide(jeton, modele));
    }

    @PostMapping("/compte/activation")
    String activer(@RequestParam(name = "jeton", defaultValue = "") String jeton,
            @ModelAttribute("formulaire") FormulaireMotDePasse formulaire, BindingResult erreurs, Model modele,
            RedirectAttributes redirection) {
        var compte = motsDePasse.compteDuLien(jeton, UsageDuLien.ACTIVATION);
        if (compte.isEmpty()) {
            return lienInvalide(jeton, modele);
        }
        Compte c = compte.get();
        ValidationDesComptes.verifierMotDePasse(formulaire, List.of(c.identifiant(), c.nom(), c.prenoms(), c.courriel()), erreurs);
        if (erreurs.hasErrors()) {
            modele.addAttribute("identifiant", c.identifiant());
            modele.addAttribute("jeton", jeton);
            return VUE_MOT_DE_PASSE;
        }
        if (motsDePasse.activer(jeton, formulaire.getMotDePasse()) != MotsDePasseDesComptes.Resultat.FAIT) {
            return lienInvalide(jeton, modele);
        }
        redirection.addFlashAttribute("succes", "compte.activation.succes");
        redirection.addFlashAttribute("identifiant", c.identifiant());
        return "redirect:/connexion";
    }

    @PostMapping("/compte/activation/nouveau-lien")
    String nouveauLien(@ModelAttribute("formulaire") FormulaireIdentifiant formulaire) {
        String identifiant = fr.predemande.saisie.Identifiants.normaliser(formulaire.getIdentifiant());
        if (!identifiant.isEmpty() && limites.consommer(LimitesDeDebit.Limite.ENVOI_DE_LIEN_PAR_IDENTIFIANT, identifiant)) {
            inscription.renvoyerLienDActivation(identifiant);
        }
        return "redirect:/compte/activation/lien-renvoye";
    }

    @GetMapping("/compte/activation/lien-renvoye")
    String lienRenvoye() {
        return VUE_LIEN_RENVOYE;
    }

    private String lienInvalide(String jeton, Model modele) {
        modele.addAttribute("etat", motsDePasse.etatDuLien(jeton, UsageDuLien.ACTIVATION));
        modele.addAttribute("usage", UsageDuLien.ACTIVATION);
        modele.addAttribute("formulaire", new FormulaireIdentifiant());
        return VUE_LIEN_INVALIDE;
    }
}
