package fr.predemande.recueil.internal;

import static fr.predemande.recueil.internal.CheminsDuRecueil.redirection;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Les refus des pages du poste qui ne sont pas des pages d'erreur (un dossier inconnu ou d'une autre mairie le sont,
 * par leur statut) : un dossier modifié entre-temps ou un fichier trop gros reviennent au dossier avec leur message.
 */
@ControllerAdvice(basePackageClasses = ErreursDuRecueil.class)
class ErreursDuRecueil {

    private final MessageSource messages;

    /** Seulement des beans de toute application web : les tranches de test des autres modules le chargent aussi. */
    ErreursDuRecueil(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String modifieEntreTemps(HttpServletRequest requete, RedirectAttributes redirection) {
        redirection.addFlashAttribute("information", texte("recueil.dossier.modifie-entre-temps"));
        return redirection(dossierDeLaRequete(requete));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tropGros(
            MaxUploadSizeExceededException exception, HttpServletRequest requete, RedirectAttributes redirection) {
        long max = exception.getMaxUploadSize();
        redirection.addFlashAttribute(
                "information", texte("recueil.numerisation.trop-grande", max > 0 ? max / (1024 * 1024) : 10));
        return redirection(dossierDeLaRequete(requete));
    }

    private String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, java.util.Locale.FRANCE);
    }

    /** La page du dossier d'une requête {@code /mairie/dossiers/{numero}/…}, sinon la liste. */
    private static String dossierDeLaRequete(HttpServletRequest requete) {
        String[] morceaux = requete.getRequestURI().split("/");
        return morceaux.length > 3 ? CheminsDuRecueil.DOSSIERS + "/" + morceaux[3] : CheminsDuRecueil.DOSSIERS;
    }
}
