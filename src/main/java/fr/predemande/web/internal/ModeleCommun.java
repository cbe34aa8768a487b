package fr.predemande.web.internal;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Ce que la mise en page doit savoir sur chaque page : la personne est-elle connectée ? */
@ControllerAdvice
class ModeleCommun {

    @ModelAttribute("connecte")
    boolean connecte() {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        return authentification != null
                && authentification.isAuthenticated()
                && !(authentification instanceof AnonymousAuthenticationToken);
    }
}
