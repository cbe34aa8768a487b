package fr.predemande.habilitation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.RoleAgent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Qui ouvre quoi dans l'espace mairie : chaque profil de connexion sur chaque page qui existe (ou que le module
 * recueil écrit : une page « ouverte » y passe la sécurité, qu'elle existe déjà ou réponde encore 404). Les profils
 * sont posés dans le contexte de sécurité de la chaîne mairie tels que la connexion les pose (principal et autorités) ;
 * les parcours de connexion eux-mêmes sont dans ConnexionDesAgentsHttpTest.
 */
class MatriceDAccesTest extends EspaceMairieEnTest {

    enum Profil {
        ANONYME,
        AGENT,
        ADMINISTRATEUR,
        AGENT_ET_ADMINISTRATEUR,
        ENROLEMENT_EN_COURS
    }

    enum Issue {
        /** La sécurité laisse passer (200, ou 404 tant que la page n'est pas écrite, ou sa propre redirection). */
        OUVERTE,
        /** Renvoyé à la connexion des agents. */
        CONNEXION,
        /** Renvoyé à l'enrôlement (agent à mi-connexion). */
        ENROLEMENT,
        /** Renvoyé à l'accueil de l'espace mairie (déjà connecté). */
        ACCUEIL,
        /** 403. */
        REFUSEE
    }

    @ParameterizedTest(name = "{0} sur {1} : {2}")
    @CsvSource({
        "ANONYME, /mairie/connexion, OUVERTE",
        "ANONYME, /mairie, CONNEXION",
        "ANONYME, /mairie/recueil, CONNEXION",
        "ANONYME, /mairie/recueil/papier, CONNEXION",
        "ANONYME, /mairie/dossiers/D1, CONNEXION",
        "ANONYME, /mairie/administration/agents, CONNEXION",
        "ANONYME, /mairie/administration/journal, CONNEXION",
        "ANONYME, /mairie/enrolement, CONNEXION",
        "ANONYME, /mairie/enrolement/qr.png, CONNEXION",
        "AGENT, /mairie/connexion, ACCUEIL",
        "AGENT, /mairie, OUVERTE",
        "AGENT, /mairie/recueil, OUVERTE",
        "AGENT, /mairie/recueil/papier, OUVERTE",
        "AGENT, /mairie/dossiers/D1, OUVERTE",
        "AGENT, /mairie/administration/agents, REFUSEE",
        "AGENT, /mairie/administration/journal, REFUSEE",
        "AGENT, /mairie/enrolement, REFUSEE",
        "ADMINISTRATEUR, /mairie/connexion, ACCUEIL",
        "ADMINISTRATEUR, /mairie, OUVERTE",
        "ADMINISTRATEUR, /mairie/recueil, REFUSEE",
        "ADMINISTRATEUR, /mairie/recueil/papier, REFUSEE",
        "ADMINISTRATEUR, /mairie/dossiers/D1, REFUSEE",
        "ADMINISTRATEUR, /mairie/administration/agents, OUVERTE",
        "ADMINISTRATEUR, /mairie/administration/journal, OUVERTE",
        "ADMINISTRATEUR, /mairie/enrolement, REFUSEE",
        "AGENT_ET_ADMINISTRATEUR, /mairie, OUVERTE",
        "AGENT_ET_ADMINISTRATEUR, /mairie/recueil, OUVERTE",
        "AGENT_ET_ADMINISTRATEUR, /mairie/dossiers/D1, OUVERTE",
        "AGENT_ET_ADMINISTRATEUR, /mairie/administration/agents, OUVERTE",
        "AGENT_ET_ADMINISTRATEUR, /mairie/administration/journal, OUVERTE",
        "AGENT_ET_ADMINISTRATEUR, /mairie/enrolement, REFUSEE",
        "ENROLEMENT_EN_COURS, /mairie/connexion, OUVERTE",
        "ENROLEMENT_EN_COURS, /mairie, ENROLEMENT",
        "ENROLEMENT_EN_COURS, /mairie/recueil, ENROLEMENT",
        "ENROLEMENT_EN_COURS, /mairie/administration/agents, ENROLEMENT",
        "ENROLEMENT_EN_COURS, /mairie/administration/journal, ENROLEMENT",
        "ENROLEMENT_EN_COURS, /mairie/enrolement, OUVERTE",
        "ENROLEMENT_EN_COURS, /mairie/enrolement/qr.png, OUVERTE"
    })
    void chaqueProfilNOuvreQueSesPages(Profil profil, String chemin, Issue attendue) throws Exception {
        var reponse = mvc.perform(en(profil, get(chemin))).andReturn().getResponse();
        String redirection = reponse.getRedirectedUrl();
        Issue obtenue = reponse.getStatus() == 403
                ? Issue.REFUSEE
                : "/mairie/connexion".equals(redirection)
                        ? Issue.CONNEXION
                        : "/mairie/enrolement".equals(redirection)
                                ? Issue.ENROLEMENT
                                : "/mairie".equals(redirection)
                                        ? Issue.ACCUEIL
                                        : reponse.getStatus() == 401 ? null : Issue.OUVERTE;
        assertThat(obtenue)
                .as("%s sur %s (statut %d, redirection %s)", profil, chemin, reponse.getStatus(), redirection)
                .isEqualTo(attendue);
    }

    private MockHttpServletRequestBuilder en(Profil profil, MockHttpServletRequestBuilder requete) {
        var mairie = mairie("Mairie de Matrice", "Poste 1");
        return switch (profil) {
            case ANONYME -> requete;
            case AGENT -> requete.with(authentication(agent(mairie, RoleAgent.AGENT)));
            case ADMINISTRATEUR -> requete.with(authentication(agent(mairie, RoleAgent.ADMINISTRATEUR)));
            case AGENT_ET_ADMINISTRATEUR ->
                requete.with(authentication(agent(mairie, RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR)));
            case ENROLEMENT_EN_COURS -> {
                var nouveau = nouvelAgent(mairie, "provisoire-matrice-1", RoleAgent.AGENT);
                yield requete.with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                        new EnrolementEnCours(nouveau.id(), nouveau.identifiant()),
                        null,
                        List.of(new SimpleGrantedAuthority(EnrolementEnCours.AUTORITE)))));
            }
        };
    }

    private UsernamePasswordAuthenticationToken agent(fr.predemande.referentiel.Mairie mairie, RoleAgent... roles) {
        var cree = agentEnrole(mairie, roles);
        var agent = new AgentConnecte(cree.id(), cree.identifiant(), "Claire", "Durand", mairie, Set.of(roles));
        return UsernamePasswordAuthenticationToken.authenticated(
                agent,
                null,
                Set.of(roles).stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList());
    }
}
