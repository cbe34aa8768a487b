package fr.predemande.compte.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Le parcours d'un lien à usage unique, écrit une fois pour tous : vérifier le lien, montrer le formulaire, consommer
 * le jeton ; un lien expiré, déjà servi ou inconnu mène à la page qui le dit et propose d'en obtenir un autre. Le
 * lien est vérifié de nouveau à l'envoi : il a pu servir ou expirer entre-temps.
 */
@Component
class ParcoursDuLien {

    static final String VUE_LIEN_INVALIDE = "compte/lien-invalide";

    private final MotsDePasseDesComptes motsDePasse;

    ParcoursDuLien(MotsDePasseDesComptes motsDePasse) {
        this.motsDePasse = motsDePasse;
    }

    /** Le lien ouvert depuis le courriel : le formulaire s'il vaut encore, sinon la page du lien invalide. */
    String ouvrir(LienAUsageUnique lien, String jeton, Model modele) {
        return motsDePasse
                .compteDuLien(jeton, lien.usage)
                .map(compte -> {
                    modele.addAttribute("formulaire", new FormulaireMotDePasse());
                    return formulaire(lien, compte, jeton, modele);
                })
                .orElseGet(() -> lienInvalide(lien, jeton, modele));
    }

    /** Le formulaire envoyé : les erreurs à côté des champs, ou le jeton consommé et la page de connexion. */
    String envoyer(
            LienAUsageUnique lien,
            String jeton,
            FormulaireMotDePasse formulaire,
            BindingResult erreurs,
            Model modele,
            RedirectAttributes redirection) {
        var compteDuLien = motsDePasse.compteDuLien(jeton, lien.usage);
        if (compteDuLien.isEmpty()) {
            return lienInvalide(lien, jeton, modele);
        }
        Compte compte = compteDuLien.get();
        lien.verifier(formulaire, erreurs);
        ValidationDesComptes.verifierMotDePasse(
                formulaire, List.of(compte.identifiant(), compte.nom(), compte.prenoms(), compte.courriel()), erreurs);
        if (!erreurs.hasErrors()) {
            switch (lien.utiliser(motsDePasse, jeton, formulaire)) {
                case FAIT -> {
                    redirection.addFlashAttribute("succes", lien.succes);
                    redirection.addFlashAttribute("identifiant", compte.identifiant());
                    return "redirect:/connexion";
                }
                case REPONSE_FAUSSE -> erreurs.rejectValue("reponseSecrete", "compte.reponse-secrete.fausse");
                case LIEN_INVALIDE, TROP_D_ESSAIS -> {
                    return lienInvalide(lien, jeton, modele);
                }
            }
        }
        // un mot de passe ne repart jamais vers le navigateur
        formulaire.setMotDePasse("");
        formulaire.setConfirmation("");
        return formulaire(lien, compte, jeton, modele);
    }

    private static String formulaire(LienAUsageUnique lien, Compte compte, String jeton, Model modele) {
        modele.addAttribute("identifiant", compte.identifiant());
        modele.addAttribute("jeton", jeton);
        lien.preparer(compte, modele);
        return lien.vue;
    }

    private String lienInvalide(LienAUsageUnique lien, String jeton, Model modele) {
        modele.addAttribute("etat", motsDePasse.etatDuLien(jeton, lien.usage));
        modele.addAttribute("usage", lien.usage);
        modele.addAttribute("formulaire", new FormulaireIdentifiant());
        return VUE_LIEN_INVALIDE;
    }
}
