package fr.predemande.compte.internal;

import fr.predemande.saisie.Courriels;
import fr.predemande.saisie.ErreurDeSaisie;
import fr.predemande.saisie.Identifiants;
import fr.predemande.saisie.MotsDePasse;
import fr.predemande.saisie.Noms;
import fr.predemande.saisie.ReponsesSecretes;
import fr.predemande.saisie.Telephones;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/** Applique les règles de saisie aux formulaires du compte ; chaque erreur est attachée à son champ. */
final class ValidationDesComptes {

    private ValidationDesComptes() {}

    static void verifierIdentite(FormulaireIdentite formulaire, Errors erreurs) {
        if (!List.of("M", "F").contains(formulaire.getSexe())) {
            erreurs.rejectValue("sexe", "compte.sexe.obligatoire");
        }
        rejeter(erreurs, "nom", Noms.verifierNom(formulaire.getNom()));
        rejeter(erreurs, "prenoms", Noms.verifierPrenoms(formulaire.getPrenoms()));
        rejeter(erreurs, "courriel", Courriels.verifier(formulaire.getCourriel()));
        rejeter(erreurs, "telephone", Telephones.verifierMobile(formulaire.getTelephone()));
    }

    static void verifierInscription(FormulaireInscription formulaire, Errors erreurs) {
        rejeter(erreurs, "identifiant", Identifiants.verifier(formulaire.getIdentifiant()));
        verifierIdentite(formulaire, erreurs);
        boolean questionConnue = Arrays.stream(QuestionSecrete.values())
                .anyMatch(question -> question.name().equals(formulaire.getQuestionSecrete()));
        if (!questionConnue) {
            erreurs.rejectValue("questionSecrete", "compte.question-secrete.obligatoire");
        }
        rejeter(erreurs, "reponseSecrete", ReponsesSecretes.verifier(formulaire.getReponseSecrete()));
        if (!formulaire.isCgu()) {
            erreurs.rejectValue("cgu", "compte.cgu.obligatoire");
        }
    }

    static void verifierMotDePasse(FormulaireMotDePasse formulaire, List<String> donneesPersonnelles, Errors erreurs) {
        rejeter(erreurs, "motDePasse", MotsDePasse.verifier(formulaire.getMotDePasse(), donneesPersonnelles));
        if (!erreurs.hasFieldErrors("motDePasse") && !formulaire.getMotDePasse().equals(formulaire.getConfirmation())) {
            erreurs.rejectValue("confirmation", "compte.mot-de-passe.confirmation");
        }
    }

    static void rejeter(Errors erreurs, String champ, Optional<ErreurDeSaisie> erreur) {
        erreur.ifPresent(e -> erreurs.rejectValue(champ, e.code(), e.arguments().toArray(), null));
    }
}
