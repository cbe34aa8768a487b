package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.AccesALApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;

/**
 * La chaîne de sécurité de l'API ({@code /api/**}) : sans session ni cookie (donc sans CSRF), chaque appel porte les
 * identifiants de son client en HTTP Basic (RFC 7617), standard et connu de tout client HTTP ; pas d'OAuth 2 tant
 * qu'aucun serveur d'autorisation n'est là pour émettre des jetons. Chaque chemin exige la portée que son module
 * déclare ({@link AccesALApi}) ; le document OpenAPI est public ; tout autre chemin est fermé. Les refus sont des
 * problèmes RFC 9457 en JSON, jamais une page : 401 avec {@code WWW-Authenticate}, 403 pour une portée manquante.
 */
@Configuration(proxyBeanMethods = false)
class SecuriteDeLApi {

    /** Le document OpenAPI de l'API, lisible sans identifiants. */
    static final String DOCUMENT_OPENAPI = "/api/v1/openapi.json";

    static final String DOMAINE = "predemande-api";

    @Bean
    @Order(SecuriteDeLaMairie.ORDRE + 1)
    SecurityFilterChain api(
            HttpSecurity http,
            ClientsApi clients,
            ObjectProvider<AccesALApi> acces,
            ObjectMapper json,
            MessageSource messages)
            throws Exception {
        var problemes = new Problemes(json, messages);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(regles -> {
                    regles.requestMatchers(HttpMethod.GET, DOCUMENT_OPENAPI).permitAll();
                    for (AccesALApi ouverture : acces.orderedStream().toList()) {
                        regles.requestMatchers(ouverture.motifs().toArray(String[]::new))
                                .hasAuthority(ClientsApi.PREFIXE_DES_PORTEES + ouverture.portee());
                    }
                    regles.anyRequest().denyAll();
                })
                .authenticationManager(new ProviderManager(new AuthenticationProvider() {
                    @Override
                    public Authentication authenticate(Authentication demande) {
                        return clients.authentifier(demande);
                    }

                    @Override
                    public boolean supports(Class<?> type) {
                        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
                    }
                }))
                .httpBasic(basic -> basic.realmName(DOMAINE)
                        .authenticationEntryPoint((requete, reponse, exception) -> problemes.ecrire(
                                requete,
                                reponse,
                                HttpStatus.UNAUTHORIZED,
                                "api.probleme.401.titre",
                                "api.probleme.401.detail")))
                .exceptionHandling(
                        erreurs -> erreurs.authenticationEntryPoint((requete, reponse, exception) -> problemes.ecrire(
                                        requete,
                                        reponse,
                                        HttpStatus.UNAUTHORIZED,
                                        "api.probleme.401.titre",
                                        "api.probleme.401.detail"))
                                .accessDeniedHandler((requete, reponse, exception) -> problemes.ecrire(
                                        requete,
                                        reponse,
                                        HttpStatus.FORBIDDEN,
                                        "api.probleme.403.titre",
                                        "api.probleme.403.detail")))
                // sans session, pas de fixation à prévenir : la stratégie par défaut changerait l'identifiant de la
                // session
                // d'un navigateur dont le cookie accompagne l'appel (Set-Cookie en réponse, ancien identifiant mort)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Un refus au format RFC 9457 ({@code application/problem+json}), textes tirés des messages. */
    record Problemes(ObjectMapper json, MessageSource messages) {

        void ecrire(
                HttpServletRequest requete, HttpServletResponse reponse, HttpStatus statut, String titre, String detail)
                throws IOException {
            if (statut == HttpStatus.UNAUTHORIZED) {
                reponse.setHeader("WWW-Authenticate", "Basic realm=\"" + DOMAINE + "\", charset=\"UTF-8\"");
            }
            var probleme = new LinkedHashMap<String, Object>();
            probleme.put("type", "about:blank");
            probleme.put("title", messages.getMessage(titre, null, Locale.FRANCE));
            probleme.put("status", statut.value());
            probleme.put("detail", messages.getMessage(detail, null, Locale.FRANCE));
            probleme.put("instance", requete.getRequestURI());
            reponse.setStatus(statut.value());
            reponse.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            reponse.setCharacterEncoding("UTF-8");
            json.writeValue(reponse.getOutputStream(), probleme);
        }
    }
}
