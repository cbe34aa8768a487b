package fr.predemande.recueil.internal;

import static fr.predemande.recueil.internal.CheminsDuRecueil.redirection;

import jakarta.servlet.http.HttpServletRequest;
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

    private final VueDuRecueil vue;
    private final ReglagesDuRecueil reglages;

    ErreursDuRecueil(VueDuRecueil vue, ReglagesDuRecueil reglages) {
        this.vue = vue;
        this.reglages = reglages;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String modifieEntreTemps(HttpServletRequest requete, RedirectAttributes redirection) {
        redirection.addFlashAttribute("information", vue.texte("recueil.dossier.modifie-entre-temps"));
        return redirection(dossierDeLaRequete(requete));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tropGros(HttpServletRequest requete, RedirectAttributes redirection) {
        redirection.addFlashAttribute("information", vue.texte("recueil.numerisation.trop-grande",
                reglages.tailleMaxNumerisation().toMegabytes()));
        return redirection(dossierDeLaRequete(requete));
    }

    /** La page du dossier d'une requête {@code /mairie/dossiers/{numero}/…}, sinon la liste. */
    private static String dossierDeLaRequete(HttpServletRequest requete) {
        String[] morceaux = requete.getRequestURI().split("/");
        return morceaux.length > 3 ? CheminsDuRecueil.DOSSIERS + "/" + morceaux[3] : CheminsDuRecueil.DOSSIERS;
    }
}
