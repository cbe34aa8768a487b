package fr.predemande.web;

import fr.predemande.saisie.ErreurDeSaisie;
import fr.predemande.saisie.TextesLibres;
import java.beans.PropertyEditorSupport;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Un seul endroit pour tout texte reçu d'un formulaire ou d'un paramètre : la règle commune de {@link TextesLibres}
 * (longueur, caractères de contrôle, inversions du sens d'écriture) s'applique avant tout le reste. Un texte refusé
 * devient une erreur du champ, avec son message à côté (ce qui a été tapé reste affiché) ; pour un paramètre simple,
 * une réponse 400. Les contrôleurs qui lient la requête eux-mêmes appellent {@link #preparer}.
 */
@ControllerAdvice
public class LiaisonDesFormulaires {

    /** Un texte refusé par la règle commune, avec le code de son message. */
    static final class TexteRefuse extends IllegalArgumentException {
        final transient ErreurDeSaisie erreur;

        TexteRefuse(ErreurDeSaisie erreur) {
            super(erreur.code());
            this.erreur = erreur;
        }
    }

    @InitBinder
    void lier(WebDataBinder liaison) {
        preparer(liaison);
    }

    /** La règle commune et ses messages, sur une liaison créée à la main. */
    public static void preparer(DataBinder liaison) {
        liaison.registerCustomEditor(String.class, new TexteSaisi());
        liaison.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException exception, BindingResult resultat) {
                Throwable cause = exception.getCause();
                while (cause != null && !(cause instanceof TexteRefuse)) {
                    cause = cause.getCause();
                }
                if (cause instanceof TexteRefuse refuse
                        && resultat.getFieldErrorCount(exception.getPropertyName()) == 0) {
                    resultat.rejectValue(
                            exception.getPropertyName(),
                            refuse.erreur.code(),
                            refuse.erreur.arguments().toArray(),
                            null);
                    return;
                }
                super.processPropertyAccessException(exception, resultat);
            }
        });
    }

    /** L'éditeur de tout texte : refuse ce que la règle commune refuse, garde le reste tel quel. */
    static final class TexteSaisi extends PropertyEditorSupport {
        @Override
        public void setAsText(String texte) {
            var erreur = TextesLibres.verifier(texte);
            if (erreur.isPresent()) {
                throw new TexteRefuse(erreur.get());
            }
            setValue(texte);
        }
    }
}
