package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.AgentDeLaSession;
import fr.predemande.habilitation.CheminsDeLaMairie;
import fr.predemande.habilitation.PosteCourant;
import fr.predemande.referentiel.Mairies;
import fr.predemande.referentiel.PosteDeRecueil;
import fr.predemande.web.SaisiesInterrompues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Ce que l'espace mairie garde dans la session, à part de l'espace usager : son propre contexte de sécurité et sa
 * propre page demandée avant connexion. Un usager et un agent connectés dans le même navigateur ne se mélangent
 * jamais : la chaîne usager ne lit pas le contexte de l'agent, ni la chaîne mairie celui de l'usager.
 */
@Component
class SessionDeLaMairie {

    static final String CLE_DU_CONTEXTE = AgentDeLaSession.CLE_DU_CONTEXTE;
    static final String CLE_DE_LA_PAGE_DEMANDEE = "fr.predemande.habilitation.PAGE_DEMANDEE_MAIRIE";

    private final Mairies mairies;
    private final SaisiesInterrompues saisiesInterrompues;
    private final HttpSessionSecurityContextRepository contextes = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache pagesDemandees = new HttpSessionRequestCache();
    /** Le même dépôt de jetons CSRF que le filtre (attribut de session par défaut) : le jeton change à la connexion. */
    private final CsrfAuthenticationStrategy nouveauJetonCsrf =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    SessionDeLaMairie(Mairies mairies, SaisiesInterrompues saisiesInterrompues) {
        this.mairies = mairies;
        this.saisiesInterrompues = saisiesInterrompues;
        contextes.setSpringSecurityContextKey(CLE_DU_CONTEXTE);
        pagesDemandees.setSessionAttrName(CLE_DE_LA_PAGE_DEMANDEE);
        // l'adresse rendue après la connexion est la page demandée telle quelle, sans « ?continue »
        pagesDemandees.setMatchingRequestParameterName(null);
        pagesDemandees.setRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/mairie/**"));
    }

    HttpSessionSecurityContextRepository contextes() {
        return contextes;
    }

    HttpSessionRequestCache pagesDemandees() {
        return pagesDemandees;
    }

    /**
     * L'agent est connecté (mot de passe et code vérifiés) ; son principal est l'{@link AgentConnecte} lui-même, ses
     * rôles ses autorités. Une mairie qui n'a qu'un poste : il n'y a rien à choisir, c'est son poste.
     */
    void connecter(AgentConnecte agent, HttpServletRequest requete, HttpServletResponse reponse) {
        List<GrantedAuthority> autorites = agent.roles().stream()
                .sorted()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        ouvrir(UsernamePasswordAuthenticationToken.authenticated(agent, null, autorites), requete, reponse);
        List<PosteDeRecueil> postes = mairies.postes(agent.mairie().id());
        if (postes.size() == 1) {
            requete.getSession().setAttribute(PosteCourant.ATTRIBUT, postes.get(0));
        }
    }

    /** Le mot de passe provisoire est vérifié : seule la page d'enrôlement s'ouvre. */
    void commencerLEnrolement(EnrolementEnCours enrolement, HttpServletRequest requete, HttpServletResponse reponse) {
        ouvrir(
                UsernamePasswordAuthenticationToken.authenticated(
                        enrolement, null, List.of(new SimpleGrantedAuthority(EnrolementEnCours.AUTORITE))),
                requete,
                reponse);
    }

    /** L'agent à mi-connexion de la requête en cours, s'il y en a un. */
    static Optional<EnrolementEnCours> enrolementEnCours() {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        return authentification != null && authentification.getPrincipal() instanceof EnrolementEnCours enrolement
                ? Optional.of(enrolement)
                : Optional.empty();
    }

    /**
     * Ouvre (ou fait avancer) la connexion : nouvel identifiant de session (contre la fixation de session), nouveau
     * jeton CSRF, le principal dans le contexte de l'espace mairie. Le poste d'un agent précédent est oublié.
     */
    private void ouvrir(Authentication authentification, HttpServletRequest requete, HttpServletResponse reponse) {
        requete.getSession(true);
        requete.changeSessionId();
        requete.getSession().removeAttribute(PosteCourant.ATTRIBUT);
        nouveauJetonCsrf.onAuthentication(authentification, requete, reponse);
        var contexte = SecurityContextHolder.createEmptyContext();
        contexte.setAuthentication(authentification);
        SecurityContextHolder.setContext(contexte);
        contextes.saveContext(contexte, requete, reponse);
    }

    /**
     * Où aller après la connexion : au formulaire dont l'envoi a trouvé la session expirée (sa saisie y est reprise),
     * sinon à la page de l'espace mairie demandée avant la connexion, une seule fois ; l'accueil sinon.
     */
    String pageApresConnexion(HttpServletRequest requete, HttpServletResponse reponse) {
        Optional<String> demandee = saisiesInterrompues
                .cheminEnAttente(requete, CheminsDeLaMairie.CONNEXION)
                .or(() -> Optional.ofNullable(pagesDemandees.getRequest(requete, reponse))
                        .map(SavedRequest::getRedirectUrl)
                        .map(java.net.URI::create)
                        .map(uri -> uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
                .filter(chemin -> chemin.startsWith(CheminsDeLaMairie.ACCUEIL + "/")
                        && !chemin.startsWith(CheminsDeLaMairie.CONNEXION));
        pagesDemandees.removeRequest(requete, reponse);
        return demandee.orElse(CheminsDeLaMairie.ACCUEIL);
    }
}
