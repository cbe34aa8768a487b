package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.ClientApiConnecte;
import fr.predemande.habilitation.PosteCourant;
import fr.predemande.referentiel.PosteDeRecueil;
import jakarta.servlet.http.HttpServletRequest;
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
 * Les paramètres typés des pages de l'espace mairie et de l'API : {@link AgentConnecte} (l'agent connecté),
 * {@link PosteDeRecueil} (son poste, s'il est choisi) et {@link ClientApiConnecte} (le logiciel authentifié). Chacun
 * vaut {@code null} hors de son espace ; dans son espace, la chaîne de sécurité a déjà exigé la connexion.
 */
@Configuration(proxyBeanMethods = false)
class PrincipauxResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolveurs) {
        resolveurs.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parametre) {
        Class<?> type = parametre.getParameterType();
        return type.equals(AgentConnecte.class)
                || type.equals(ClientApiConnecte.class)
                || type.equals(PosteDeRecueil.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parametre,
            ModelAndViewContainer conteneur,
            NativeWebRequest requete,
            WebDataBinderFactory liaisons) {
        Class<?> type = parametre.getParameterType();
        if (type.equals(PosteDeRecueil.class)) {
            return agentConnecte() == null
                    ? null
                    : PosteCourant.de(requete.getNativeRequest(HttpServletRequest.class))
                            .orElse(null);
        }
        Object principal = principal();
        return type.isInstance(principal) ? principal : null;
    }

    /** L'agent connecté à l'espace mairie de la requête en cours, ou {@code null}. */
    static AgentConnecte agentConnecte() {
        return principal() instanceof AgentConnecte agent ? agent : null;
    }

    private static Object principal() {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        return authentification == null ? null : authentification.getPrincipal();
    }
}
