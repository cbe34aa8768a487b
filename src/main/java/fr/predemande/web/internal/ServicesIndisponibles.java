package fr.predemande.web.internal;

import fr.predemande.web.Indisponibilites;
import fr.predemande.web.SecuriteDesPages;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Quand la base de données ou le magasin de documents ne répond pas, la page « Service momentanément indisponible » :
 * 503 avec {@code Retry-After}, tout de suite (les délais des connexions la font venir en 5 s au plus), au lieu d'une
 * erreur 500 qui se fait attendre. L'API ({@code /api/**}) répond un problème RFC 9457 503.
 *
 * <p>Spring Session passe avant tout le reste (Spring Security, contrôleurs) : il lit la session en base quand on la
 * demande, et l'enregistre en fin de requête. Deux filtres l'encadrent :
 * <ul>
 * <li>l'intérieur voit passer les pannes de la lecture de la session et de toute la suite ; il retire la session de la
 * requête, pour que Spring Session n'essaie pas de l'enregistrer dans une base qui ne répond pas (une seconde attente) :
 * elle reste en base telle qu'elle était ;</li>
 * <li>l'extérieur, hors de Spring Session, répond : à toutes ces pannes, et à celles de l'enregistrement de la session
 * en fin de requête.</li>
 * </ul>
 * La page est rendue là, sans la requête de Spring Session (dont la moindre lecture de session retournerait en base),
 * et pas par {@code /error} : la page d'erreur repasserait par Spring Security et la session, donc par la base.
 */
@Configuration(proxyBeanMethods = false)
class ServicesIndisponibles {

    /** Ce que disent la page et l'en-tête {@code Retry-After} : réessayer dans 30 s. */
    static final int REESSAYER_APRES_SECONDES = 30;

    private static final Logger LOG = LoggerFactory.getLogger(ServicesIndisponibles.class);

    @Bean
    FilterRegistrationBean<Filtre> servicesIndisponiblesInterieur(
            ObjectProvider<ThymeleafViewResolver> vues, MessageSource messages, ObjectMapper json) {
        return enregistrer(new Filtre(true, vues, messages, json), SessionRepositoryFilter.DEFAULT_ORDER + 1);
    }

    @Bean
    FilterRegistrationBean<Filtre> servicesIndisponiblesExterieur(
            ObjectProvider<ThymeleafViewResolver> vues, MessageSource messages, ObjectMapper json) {
        return enregistrer(new Filtre(false, vues, messages, json), SessionRepositoryFilter.DEFAULT_ORDER - 1);
    }

    private static FilterRegistrationBean<Filtre> enregistrer(Filtre filtre, int ordre) {
        var enregistrement = new FilterRegistrationBean<>(filtre);
        enregistrement.setOrder(ordre);
        enregistrement.setName(filtre.nom());
        enregistrement.setDispatcherTypes(DispatcherType.REQUEST);
        return enregistrement;
    }

    /**
     * L'un des deux filtres : il laisse passer la requête et ne fait rien, sauf panne d'un service ; l'intérieur oublie
     * alors la session, l'extérieur répond.
     */
    static final class Filtre extends OncePerRequestFilter {

        private final boolean interieur;
        private final ObjectProvider<ThymeleafViewResolver> vues;
        private final MessageSource messages;
        private final ObjectMapper json;

        Filtre(
                boolean interieur,
                ObjectProvider<ThymeleafViewResolver> vues,
                MessageSource messages,
                ObjectMapper json) {
            this.interieur = interieur;
            // deux noms : OncePerRequestFilter marque la requête au nom du filtre, l'un ne doit pas masquer l'autre
            setBeanName(nom());
            this.vues = vues;
            this.messages = messages;
            this.json = json;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                throws ServletException, IOException {
            try {
                suite.doFilter(requete, reponse);
            } catch (ServletException | IOException | RuntimeException e) {
                if (!Indisponibilites.estUneIndisponibilite(e) || reponse.isCommitted()) {
                    throw e;
                }
                if (interieur) {
                    oublierLaSession(requete);
                    throw e;
                }
                LOG.warn(
                        "Service indisponible, réponse 503 à {} {} : {}",
                        requete.getMethod(),
                        requete.getRequestURI(),
                        premiereCause(e));
                repondre(requete, reponse);
            }
        }

        /**
         * Spring Session garde la session de la requête dans un attribut de la requête, et l'enregistre en fin de
         * requête s'il l'y trouve : sans elle, il n'écrit rien.
         */
        private static void oublierLaSession(HttpServletRequest requete) {
            for (String nom : Collections.list(requete.getAttributeNames())) {
                if (requete.getAttribute(nom) instanceof HttpSession) {
                    requete.removeAttribute(nom);
                }
            }
        }

        private void repondre(HttpServletRequest requete, HttpServletResponse reponse)
                throws IOException, ServletException {
            reponse.resetBuffer();
            reponse.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            reponse.setHeader("Retry-After", String.valueOf(REESSAYER_APRES_SECONDES));
            reponse.setHeader("Cache-Control", "no-store");
            reponse.setHeader("X-Content-Type-Options", "nosniff");
            if (requete.getRequestURI().startsWith(requete.getContextPath() + "/api/")) {
                probleme(requete, reponse);
            } else {
                page(requete, reponse);
            }
        }

        private void probleme(HttpServletRequest requete, HttpServletResponse reponse) throws IOException {
            var probleme = new LinkedHashMap<String, Object>();
            probleme.put("type", "about:blank");
            probleme.put("title", messages.getMessage("api.probleme.503.titre", null, Locale.FRANCE));
            probleme.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            probleme.put(
                    "detail",
                    messages.getMessage(
                            "api.probleme.503.detail", new Object[] {REESSAYER_APRES_SECONDES}, Locale.FRANCE));
            probleme.put("instance", requete.getRequestURI());
            reponse.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            reponse.setCharacterEncoding("UTF-8");
            json.writeValue(reponse.getOutputStream(), probleme);
        }

        /** La page d'erreur commune (error.html), au statut 503 ; sans session, la personne n'y est pas « connectée ». */
        private void page(HttpServletRequest requete, HttpServletResponse reponse)
                throws IOException, ServletException {
            reponse.setHeader("Content-Security-Policy", SecuriteDesPages.POLITIQUE_DE_CONTENU);
            requete.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(Locale.FRANCE));
            try {
                View vue = vues.getObject().resolveViewName("error", Locale.FRANCE);
                Map<String, Object> modele =
                        Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "connecte", false);
                vue.render(modele, requete, reponse);
            } catch (Exception e) {
                if (e instanceof IOException io) {
                    throw io;
                }
                throw new ServletException("Page 503 impossible à rendre", e);
            }
        }

        String nom() {
            return "servicesIndisponibles-" + (interieur ? "interieur" : "exterieur");
        }

        private static String premiereCause(Throwable erreur) {
            Throwable racine = erreur;
            while (racine.getCause() != null && racine.getCause() != racine) {
                racine = racine.getCause();
            }
            return erreur.getClass().getSimpleName() + (racine == erreur ? "" : " ← " + racine);
        }
    }
}
