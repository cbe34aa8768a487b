package fr.predemande.compte.internal;

import fr.predemande.compte.UsageDuLien;
import fr.predemande.compte.internal.MotsDePasseDesComptes.Resultat;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * Les liens à usage unique reçus par courriel qui mènent au choix d'un mot de passe. Leur parcours est le même
 * ({@link ParcoursDuLien}) ; ce qui les distingue est écrit ici, une ligne par lien.
 */
enum LienAUsageUnique {

    /** Le lien d'activation : choisir son premier mot de passe. */
    ACTIVATION(UsageDuLien.ACTIVATION, ActivationController.VUE_MOT_DE_PASSE, "compte.activation.succes") {
        @Override
        Resultat utiliser(MotsDePasseDesComptes motsDePasse, String jeton, FormulaireMotDePasse formulaire) {
            return motsDePasse.activer(jeton, formulaire.getMotDePasse());
        }
    },

    /** Le lien de mot de passe oublié : la réponse secrète, puis un nouveau mot de passe. */
    REINITIALISATION(
            UsageDuLien.REINITIALISATION, MotDePasseOublieController.VUE_NOUVEAU, "compte.reinitialisation.succes") {
        @Override
        void preparer(Compte compte, Model modele) {
            modele.addAttribute("question", compte.questionSecrete());
        }

        @Override
        void verifier(FormulaireMotDePasse formulaire, Errors erreurs) {
            if (formulaire.getReponseSecrete().isBlank()) {
                erreurs.rejectValue("reponseSecrete", "saisie.reponse-secrete.obligatoire");
            }
        }

        @Override
        Resultat utiliser(MotsDePasseDesComptes motsDePasse, String jeton, FormulaireMotDePasse formulaire) {
            return motsDePasse.reinitialiser(jeton, formulaire.getReponseSecrete(), formulaire.getMotDePasse());
        }
    };

    final UsageDuLien usage;
    /** La page du formulaire. */
    final String vue;
    /** Le message affiché sur la page de connexion, une fois le lien utilisé. */
    final String succes;

    LienAUsageUnique(UsageDuLien usage, String vue, String succes) {
        this.usage = usage;
        this.vue = vue;
        this.succes = succes;
    }

    /** Ce que la page montre en plus de l'identifiant. */
    void preparer(Compte compte, Model modele) {}

    /** Les contrôles propres au lien, avant ceux du mot de passe. */
    void verifier(FormulaireMotDePasse formulaire, Errors erreurs) {}

    /** Consomme le jeton et produit l'effet du lien. */
    abstract Resultat utiliser(MotsDePasseDesComptes motsDePasse, String jeton, FormulaireMotDePasse formulaire);
}
