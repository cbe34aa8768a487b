package fr.predemande.habilitation.internal;

import static fr.predemande.habilitation.CheminsDeLaMairie.ACCUEIL;
import static fr.predemande.habilitation.CheminsDeLaMairie.ADMINISTRATION;
import static fr.predemande.habilitation.CheminsDeLaMairie.CONNEXION;
import static fr.predemande.habilitation.CheminsDeLaMairie.ENROLEMENT;

import fr.predemande.habilitation.RoleAgent;
import fr.predemande.web.SaisiesInterrompues;
import fr.predemande.web.SecuriteDesPages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * La chaîne de sécurité de l'espace mairie ({@code /mairie/**}), avant celle des usagers : la connexion est ouverte ;
 * l'enrôlement, au seul agent à mi-connexion ; l'administration, aux administrateurs de mairie ; l'accueil, à tout
 * compte de mairie ; tout le reste (le recueil) aux agents. Le contexte de sécurité est gardé sous sa propre clé de
 * session ({@link SessionDeLaMairie}) : une session d'usager n'ouvre aucune page d'ici (elle mène à la connexion des
 * agents), et un agent n'a pas le rôle d'usager qu'exige l'espace usager. Un formulaire du poste envoyé après
 * l'expiration de la session n'est pas perdu ({@link SaisiesInterrompues}, sous la page de connexion des agents).
 */
@Configuration(proxyBeanMethods = false)
class SecuriteDeLaMairie {

    /** Après les ressources statiques et les sondes, avant les usagers (la dernière). */
    static final int ORDRE = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @Order(ORDRE)
    SecurityFilterChain mairie(HttpSecurity http, SessionDeLaMairie session, SaisiesInterrompues saisiesInterrompues)
            throws Exception {
        SecuriteDesPages.appliquer(http);
        // un formulaire envoyé après l'expiration de la session (plus de connexion, ou plus de jeton CSRF) : sa saisie
        // est gardée pour l'espace mairie et l'agent revient à la connexion ; tout autre refus est un 403
        var refus = saisiesInterrompues.gestionnaireDeRefus(CONNEXION);
        http.securityMatcher(ACCUEIL, ACCUEIL + "/**")
                .securityContext(contexte -> contexte.securityContextRepository(session.contextes()))
                .requestCache(cache -> cache.requestCache(session.pagesDemandees()))
                .authorizeHttpRequests(acces -> acces.requestMatchers(CONNEXION)
                        .permitAll()
                        .requestMatchers(ENROLEMENT, ENROLEMENT + "/**")
                        .hasAuthority(EnrolementEnCours.AUTORITE)
                        .requestMatchers(ADMINISTRATION, ADMINISTRATION + "/**")
                        .hasRole(RoleAgent.ADMINISTRATEUR.name())
                        .requestMatchers(ACCUEIL)
                        .hasAnyRole(RoleAgent.AGENT.name(), RoleAgent.ADMINISTRATEUR.name())
                        .anyRequest()
                        .hasRole(RoleAgent.AGENT.name()))
                .exceptionHandling(erreurs -> erreurs.authenticationEntryPoint(
                                saisiesInterrompues.pointDEntree(CONNEXION))
                        // l'agent à mi-connexion n'a qu'une page où aller ; les autres refus sont des 403
                        .accessDeniedHandler((requete, reponse, exception) -> {
                            var authentification =
                                    org.springframework.security.core.context.SecurityContextHolder.getContext()
                                            .getAuthentication();
                            if (authentification != null
                                    && authentification
                                            .getAuthorities()
                                            .contains(new SimpleGrantedAuthority(EnrolementEnCours.AUTORITE))) {
                                reponse.sendRedirect(requete.getContextPath() + ENROLEMENT);
                            } else {
                                refus.handle(requete, reponse, exception);
                            }
                        }))
                .logout(deconnexion -> deconnexion
                        .logoutUrl(fr.predemande.habilitation.CheminsDeLaMairie.DECONNEXION)
                        .logoutSuccessUrl(CONNEXION + "?deconnexion"));
        return http.build();
    }
}
