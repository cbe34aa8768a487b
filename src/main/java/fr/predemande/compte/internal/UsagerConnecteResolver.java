package fr.predemande.compte.internal;

import fr.predemande.compte.UsagerConnecte;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Un paramètre {@link UsagerConnecte} d'une page reçoit l'usager connecté (celui de la session), ou {@code null} sur une
 * page publique visitée sans connexion ; ailleurs, la chaîne de sécurité a déjà exigé la connexion.
 */
@Configuration(proxyBeanMethods = false)
class UsagerConnecteResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolveurs) {
        resolveurs.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parametre) {
        return UsagerConnecte.class.equals(parametre.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parametre,
            ModelAndViewContainer conteneur,
            NativeWebRequest requete,
            WebDataBinderFactory liaisons) {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification != null
                && authentification.getPrincipal() instanceof ComptesUsagersJdbc.CompteAuthentifie compte) {
            return compte.usager();
        }
        return null;
    }
}
