package fr.predemande.web.internal;

import fr.predemande.web.CheminsPublics;
import fr.predemande.web.SecuriteDesPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Les ressources statiques (DSFR, styles, scripts) ont leur propre chaîne, la première : publiques, sans session ni
 * contexte de sécurité à charger. Les pages d'information, elles, sont dans l'espace usager (l'en-tête montre si l'on
 * est connecté) : le module les y déclare publiques.
 */
@Configuration(proxyBeanMethods = false)
class SecuriteDesRessources {

    static final String[] RESSOURCES = {"/dsfr/**", "/css/**", "/js/**", "/altcha/**", "/jsqr/**", "/favicon.ico"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain ressourcesStatiques(HttpSecurity http) throws Exception {
        SecuriteDesPages.appliquer(http);
        // leur en-tête de cache vient de la chaîne des ressources (un an, adresse marquée par l'empreinte du contenu)
        http.headers(entetes -> entetes.cacheControl(cache -> cache.disable()));
        http.securityMatcher(RESSOURCES)
                .authorizeHttpRequests(acces -> acces.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(contexte -> contexte.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    CheminsPublics pagesDInformation() {
        return CheminsPublics.de("/", "/cgu", "/accessibilite", "/donnees-personnelles", "/error");
    }
}
