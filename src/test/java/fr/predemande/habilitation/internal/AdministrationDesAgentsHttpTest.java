package fr.predemande.habilitation.internal;

import static fr.predemande.audit.ActionAuditee.CREATION_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.habilitation.RoleAgent;
import org.junit.jupiter.api.Test;

/** L'administrateur d'une mairie gère les comptes des agents de sa mairie, et d'elle seule. */
class AdministrationDesAgentsHttpTest extends EspaceMairieEnTest {

    @Test
    void lAdministrateurDUneMairieNeVoitQueSesAgents() throws Exception {
        var mairieA = mairie("Mairie de Andrézieux", "Poste 1");
        var mairieB = mairie("Mairie de Bonson", "Poste 1");
        var agentDeA = agentEnrole(mairieA, RoleAgent.AGENT);
        var agentDeB = agentEnrole(mairieB, RoleAgent.AGENT);
        var administrateurDeB = agentEnrole(mairieB, RoleAgent.ADMINISTRATEUR);

        mvc.perform(get("/mairie/administration/agents").cookie(sessionDe(administrateurDeB)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(agentDeB.identifiant()),
                                containsString(administrateurDeB.identifiant()),
                                not(containsString(agentDeA.identifiant())))));
    }

    @Test
    void unAgentSansLeRoleNOuvrePasLAdministration() throws Exception {
        var agent = agentEnrole(mairie("Mairie de Villars", "Poste 1"), RoleAgent.AGENT);
        mvc.perform(get("/mairie/administration/agents").cookie(sessionDe(agent)))
                .andExpect(status().isForbidden());
    }

    @Test
    void lAdministrateurCreeUnAgentDeSaMairieAvecUnMotDePasseProvisoireMontreUneFois() throws Exception {
        var mairieB = mairie("Mairie de La Talaudière", "Poste 1");
        var administrateur = agentEnrole(mairieB, RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR);
        var session = sessionDe(administrateur);
        String identifiant = unique("nouvel");

        var creation = mvc.perform(post("/mairie/administration/agents")
                        .cookie(session)
                        .with(csrf())
                        .param("identifiantAgent", identifiant.toUpperCase())
                        .param("nomAgent", "Lefèvre")
                        .param("prenomAgent", "Noémie")
                        .param("roles", "AGENT"))
                .andExpect(redirectedUrl("/mairie/administration/agents"))
                .andExpect(flash().attribute("agentCree", identifiant))
                .andReturn();
        String provisoire = (String) creation.getFlashMap().get("motDePasseProvisoire");
        assertThat(provisoire).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");

        var agent = agents.parIdentifiant(identifiant).orElseThrow();
        assertThat(agent.mairie()).isEqualTo(mairieB.id());
        assertThat(agent.enrole()).isFalse();
        assertThat(agent.roles()).containsExactly(RoleAgent.AGENT);
        assertThat(empreintes.matches(provisoire, agent.motDePasseEmpreinte())).isTrue();
        assertThat(actionsAuditees(administrateur.identifiant())).contains(CREATION_AGENT);

        // la page suivante le montre, celle d'après non
        mvc.perform(get("/mairie/administration/agents").cookie(session).flashAttrs(creation.getFlashMap()))
                .andExpect(content()
                        .string(allOf(containsString(provisoire), containsString("Première connexion à faire"))));
        mvc.perform(get("/mairie/administration/agents").cookie(session))
                .andExpect(content().string(not(containsString(provisoire))));

        // le nouvel agent se connecte avec ce mot de passe et passe par l'enrôlement
        seConnecter(identifiant, provisoire, "", adresseUnique()).andExpect(redirectedUrl("/mairie/enrolement"));
    }

    @Test
    void unIdentifiantDejaPrisDansUneAutreMairieEstRefuseASonChamp() throws Exception {
        var autre = agentEnrole(mairie("Mairie de Saint-Priest"), RoleAgent.AGENT);
        var administrateur = agentEnrole(mairie("Mairie de Villeurbanne"), RoleAgent.ADMINISTRATEUR);
        var session = sessionDe(administrateur);
        mvc.perform(post("/mairie/administration/agents")
                        .cookie(session)
                        .with(csrf())
                        .param("identifiantAgent", "_mal forme")
                        .param("nomAgent", "Lefevre2")
                        .param("prenomAgent", "Noémie"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"resume-erreurs\""),
                                containsString("href=\"#identifiantAgent\""),
                                containsString("Le nom ne peut contenir que des lettres"),
                                containsString("Choisissez au moins un rôle"),
                                containsString("value=\"Lefevre2\""))));
        mvc.perform(post("/mairie/administration/agents")
                        .cookie(session)
                        .with(csrf())
                        .param("identifiantAgent", autre.identifiant())
                        .param("nomAgent", "Lefèvre")
                        .param("prenomAgent", "Noémie")
                        .param("roles", "AGENT"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Cet identifiant est déjà utilisé"),
                                containsString("href=\"#identifiantAgent\""))));
        assertThat(agents.parIdentifiant(autre.identifiant()).orElseThrow().mairie())
                .isEqualTo(autre.mairie().id());
    }
}
