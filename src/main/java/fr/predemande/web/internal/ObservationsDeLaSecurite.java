package fr.predemande.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observe par défaut chaque filtre de chaque requête et chaque décision d'accès : au banc des
 * pré-demandes complètes, un sixième du calcul d'une page triviale, pour des mesures que personne ne lit (le temps de
 * chaque requête reste mesuré par {@code http.server.requests}). Seules les authentifications (connexions, rares) le
 * restent.
 */
@Configuration(proxyBeanMethods = false)
class ObservationsDeLaSecurite {

    @Bean
    SecurityObservationSettings seulesLesAuthentificationsObservees() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }
}
