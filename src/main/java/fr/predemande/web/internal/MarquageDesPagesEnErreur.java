package fr.predemande.web.internal;

import fr.predemande.web.PageEnErreur;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Après chaque contrôleur, marque la page en erreur ({@link PageEnErreur#ATTRIBUT}) si un formulaire du modèle a des
 * erreurs : aucun contrôleur n'a à y penser, et aucune page en erreur n'est oubliée.
 */
@Component
class MarquageDesPagesEnErreur implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registre) {
        registre.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest requete, HttpServletResponse reponse, Object controleur, ModelAndView vue) {
        if (vue == null
                || redirection(vue.getViewName())
                || Boolean.TRUE.equals(vue.getModel().get(PageEnErreur.ATTRIBUT))) {
            return;
        }
        boolean erreurs =
                vue.getModel().values().stream().anyMatch(valeur -> valeur instanceof Errors e && e.hasErrors());
        if (erreurs) {
            vue.addObject(PageEnErreur.ATTRIBUT, true);
        }
    }

    /** Une redirection ne rend pas de page, et son modèle pourrait finir dans l'URL. */
    private static boolean redirection(String nomDeVue) {
        return nomDeVue != null && (nomDeVue.startsWith("redirect:") || nomDeVue.startsWith("forward:"));
    }
}
