package fr.predemande.compte.internal;

import fr.predemande.saisie.Identifiants;
import fr.predemande.web.CheminsPublics;
import fr.predemande.web.SaisiesInterrompues;
import fr.predemande.web.SecuriteDesPages;
import jakarta.servlet.ServletException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * La chaîne de sécurité de l'espace public et usager : la dernière, qui reçoit tout ce que les chaînes des autres
 * espaces (ressources, sondes, mairie, instruction, API) ne prennent pas. Les pages publiques sont celles que chaque
 * module déclare ({@link CheminsPublics}) ; tout le reste exige un compte usager connecté.
 */
@Configuration(proxyBeanMethods = false)
class SecuriteDesUsagers {

    /** La page de connexion des usagers ; elle nomme aussi la saisie interrompue de l'espace usager. */
    static final String PAGE_DE_CONNEXION = "/connexion";
    /** Après la connexion, sans page demandée : l'usager vient pour ses pré-demandes. */
    static final String PAGE_APRES_CONNEXION = "/demandes";

    @Bean
    CheminsPublics pagesDuCompte() {
        return CheminsPublics.de(
                "/connexion",
                "/compte/inscription",
                "/compte/inscription/**",
                "/compte/activation",
                "/compte/activation/**",
                "/compte/mot-de-passe-oublie",
                "/compte/mot-de-passe-oublie/**",
                "/compte/courriel/confirmation");
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain usagers(
            HttpSecurity http,
            List<CheminsPublics> publics,
            ComptesUsagersJdbc comptes,
            PasswordEncoder empreintes,
            LimitesDeDebit limites,
            AttentesDeConnexion attentes,
            AppareilsDeConfiance appareils,
            SaisiesInterrompues saisiesInterrompues)
            throws Exception {
        var verification = new DaoAuthenticationProvider(comptes);
        verification.setPasswordEncoder(empreintes);
        SecuriteDesPages.appliquer(http);
        var pageDemandee = new SavedRequestAwareAuthenticationSuccessHandler();
        pageDemandee.setDefaultTargetUrl(PAGE_APRES_CONNEXION);
        String[] chemins =
                publics.stream().flatMap(p -> p.motifs().stream()).distinct().toArray(String[]::new);
        http.authorizeHttpRequests(acces ->
                        acces.requestMatchers(chemins).permitAll().anyRequest().hasRole("USAGER"))
                // gestionnaire explicite, sans parent : aucun autre fournisseur ne peut contourner le frein
                .authenticationManager(
                        new ProviderManager(new ConnexionLimitee(verification, limites, attentes, appareils)))
                .formLogin(connexion -> connexion
                        .loginPage("/connexion")
                        .loginProcessingUrl("/connexion")
                        .usernameParameter("identifiant")
                        .passwordParameter("motDePasse")
                        // l'adresse et les cookies d'appareil, pour les freins (ConnexionLimitee)
                        .authenticationDetailsSource(DetailsDeConnexion.SOURCE)
                        // retour au formulaire interrompu par l'expiration de la session, sinon à la page demandée
                        .successHandler((requete, reponse, authentification) -> {
                            // cet appareil est désormais connu pour ce compte (cookie neuf, à chaque connexion)
                            reponse.addHeader(
                                    HttpHeaders.SET_COOKIE,
                                    appareils
                                            .emettre(authentification.getName(), requete.isSecure())
                                            .toString());
                            if (saisiesInterrompues
                                    .cheminEnAttente(requete, PAGE_DE_CONNEXION)
                                    .isPresent()) {
                                saisiesInterrompues.rediriger(
                                        requete, reponse, PAGE_DE_CONNEXION, PAGE_APRES_CONNEXION);
                            } else {
                                pageDemandee.onAuthenticationSuccess(requete, reponse, authentification);
                            }
                        })
                        .failureHandler((requete, reponse, exception) -> {
                            if (exception instanceof InternalAuthenticationServiceException) {
                                // les identifiants n'ont pas pu être vérifiés (base en panne…) : ce n'est pas «
                                // identifiant
                                // ou mot de passe incorrect », c'est une page d'erreur (503 si la base ne répond pas)
                                throw new ServletException("Vérification des identifiants impossible", exception);
                            }
                            // l'identifiant tapé est gardé ; le mot de passe, jamais
                            var flash = new FlashMap();
                            flash.put("identifiant", requete.getParameter("identifiant"));
                            if (exception instanceof ConnexionLimitee.TropDeTentatives frein) {
                                flash.put(ConnexionController.ERREUR, "connexion.erreur.trop-de-tentatives");
                                flash.put(ConnexionController.ATTENTE, frein.secondes());
                            } else {
                                flash.put(ConnexionController.ERREUR, "connexion.erreur.identifiants");
                            }
                            // un cookie d'appareil forgé, expiré ou révoqué : le navigateur n'a plus à l'envoyer
                            String identifiant = Identifiants.normaliser(requete.getParameter("identifiant"));
                            if (appareils.aRetirer(
                                    identifiant,
                                    DetailsDeConnexion.SOURCE
                                            .buildDetails(requete)
                                            .cookiesDAppareil())) {
                                reponse.addHeader(
                                        HttpHeaders.SET_COOKIE,
                                        appareils
                                                .retirer(identifiant, requete.isSecure())
                                                .toString());
                            }
                            new SessionFlashMapManager().saveOutputFlashMap(flash, requete, reponse);
                            new SimpleUrlAuthenticationFailureHandler("/connexion?erreur")
                                    .onAuthenticationFailure(requete, reponse, exception);
                        }))
                .exceptionHandling(
                        erreurs -> erreurs.authenticationEntryPoint(saisiesInterrompues.pointDEntree(PAGE_DE_CONNEXION))
                                .accessDeniedHandler(saisiesInterrompues.gestionnaireDeRefus(PAGE_DE_CONNEXION)))
                .logout(deconnexion -> deconnexion.logoutUrl("/deconnexion").logoutSuccessUrl("/?deconnexion"));
        return http.build();
    }
}
