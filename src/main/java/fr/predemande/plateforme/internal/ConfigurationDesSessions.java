package fr.predemande.plateforme.internal;

import fr.predemande.plateforme.CheminsSansSession;
import fr.predemande.plateforme.CookieDeSession;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.autoconfigure.SessionTimeout;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SaveMode;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Les sessions HTTP restent en PostgreSQL (Spring Session JDBC, partagées par les nœuds) ; deux choses les rendent
 * bon marché : une requête qui ne change pas sa session ne l'écrit pas ({@link SessionsEnBase}), et les chemins que
 * les modules déclarent sans session ({@link CheminsSansSession}) n'en lisent aucune ({@link CheminsServisSansSession}).
 */
@Configuration(proxyBeanMethods = false)
class ConfigurationDesSessions {

    /**
     * Le filtre de Spring Session, refait sur {@link SessionsEnBase} (posé devant le dépôt JDBC) et sur
     * {@link CheminsServisSansSession} (devant le cookie réglé par Spring Boot : nom, SameSite, Secure…).
     */
    @Bean
    static BeanPostProcessor filtreDesSessionsEnBase(ObjectProvider<FiltreDesSessions> filtre) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String nom) {
                return bean instanceof SessionRepositoryFilter<?>
                        ? filtre.getObject().filtre()
                        : bean;
            }
        };
    }

    @Bean
    FiltreDesSessions filtreDesSessions(
            JdbcIndexedSessionRepository jdbc,
            ReglagesDeLaPlateforme reglages,
            SessionTimeout duree,
            JdbcSessionProperties proprietes,
            MeterRegistry metriques,
            CookieSerializer cookie,
            List<CheminsSansSession> chemins) {
        Duration intervalle = reglages.sessions().intervalleDEcriture();
        Duration inactivite = duree.getTimeout();
        if (inactivite != null && intervalle.multipliedBy(2).compareTo(inactivite) > 0) {
            throw new IllegalStateException("predemande.sessions.intervalle-d-ecriture (" + intervalle
                    + ") doit rester sous la moitié de la durée des sessions (" + inactivite + ")");
        }
        if (proprietes.getSaveMode() != SaveMode.ON_SET_ATTRIBUTE) {
            // une session non modifiée n'est pas enregistrée du tout : les autres modes n'auraient plus d'effet
            throw new IllegalStateException("spring.session.jdbc.save-mode doit rester on-set-attribute");
        }
        var parCookie = new CookieHttpSessionIdResolver();
        parCookie.setCookieSerializer(cookie);
        return new FiltreDesSessions(
                new SessionsEnBase(jdbc, intervalle, metriques), new CheminsServisSansSession(parCookie, chemins));
    }

    /**
     * De quoi refaire le filtre. Ni le dépôt ni le lecteur d'identifiants ne sont des beans : Spring Boot retirerait
     * alors son dépôt JDBC (il n'en crée que si l'application n'a aucun dépôt de sessions) et son cookie réglé.
     */
    record FiltreDesSessions(SessionsEnBase sessions, CheminsServisSansSession identifiants) {

        SessionRepositoryFilter<?> filtre() {
            var filtre = new SessionRepositoryFilter<>(sessions) {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                        throws ServletException, IOException {
                    sessions.pendantLaRequete(() -> super.doFilterInternal(requete, reponse, suite));
                }
            };
            filtre.setHttpSessionIdResolver(identifiants);
            return filtre;
        }
    }

    @Bean
    CookieDeSession cookieDeSession(CookieSerializer cookie) {
        return requete -> !cookie.readCookieValues(requete).isEmpty();
    }

    /** Les sondes sont lues sans cesse par l'orchestrateur : jamais de session, même avec un cookie. */
    @Bean
    CheminsSansSession sondesSansSession() {
        return CheminsSansSession.de("/actuator/**");
    }
}
