package fr.predemande.recueil.internal.api;

import fr.predemande.web.Indisponibilites;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * Les erreurs de {@code /api/**} qui surviennent avant qu'un contrôleur ne soit choisi : méthode non permise (405),
 * type de contenu refusé (415), format de réponse impossible (406), adresse sans point (404). Un conseil limité à des
 * contrôleurs ({@link ProblemesDeLApi}) ne les voit pas, faute de contrôleur ; sans ce résolveur, elles finiraient en
 * page d'erreur HTML. Une indisponibilité de la base ou du stockage lui échappe : le web en fait le problème 503. Il
 * passe juste après l'enregistrement de l'erreur par Spring Boot et avant les résolveurs de Spring MVC, ne prend que
 * les requêtes de l'API sans méthode de contrôleur, et écrit le problème que {@link ProblemesDeLApi} rédige.
 */
@Component
class ProblemesHorsDesPointsDeLApi implements HandlerExceptionResolver, Ordered {

    private final ProblemesDeLApi problemes;
    private final ObjectMapper json;

    ProblemesHorsDesPointsDeLApi(ProblemesDeLApi problemes, ObjectMapper json) {
        this.problemes = problemes;
        this.json = json;
    }

    @Override
    public int getOrder() {
        // DefaultErrorAttributes (HIGHEST_PRECEDENCE) retient l'erreur, puis ce résolveur, puis ceux de Spring MVC (0)
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest requete, HttpServletResponse reponse, Object handler, Exception erreur) {
        if (handler instanceof HandlerMethod
                || !requete.getRequestURI().startsWith(requete.getContextPath() + "/api/")
                || reponse.isCommitted()
                || Indisponibilites.estUneIndisponibilite(erreur)) {
            return null;
        }
        ResponseEntity<Object> probleme = problemes.traiter(erreur, new ServletWebRequest(requete, reponse));
        reponse.setStatus(probleme.getStatusCode().value());
        probleme.getHeaders().forEach((nom, valeurs) -> valeurs.forEach(valeur -> reponse.addHeader(nom, valeur)));
        reponse.setCharacterEncoding("UTF-8");
        try {
            json.writeValue(reponse.getOutputStream(), probleme.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }
}
