package fr.predemande.habilitation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Une correction envoyée au poste alors que la session de l'agent a expiré : rien de ce qui a été tapé n'est perdu.
 * L'agent se reconnecte (mot de passe et code), revient à la section et y retrouve sa saisie ; rien n'est écrit au
 * dossier tant qu'il ne la renvoie pas lui-même. Une requête forgée n'écrit rien ; un usager et un agent qui partagent
 * un navigateur retrouvent chacun sa propre saisie.
 */
class SaisieInterrompueAuPosteHttpTest extends EspaceMairieEnTest {

    /** Le cookie d'une session qui n'existe plus (expirée, purgée) : le navigateur l'envoie encore. */
    private static final Cookie SESSION_EXPIREE = new Cookie("SESSION", "c2Vzc2lvbi1leHBpcmVl");

    private AgentDeTest agent;
    private Cookie sessionDeLAgent;
    private String dossier;
    private String section;

    @BeforeEach
    void unDossierOuvertAuPoste() throws Exception {
        agent = agentEnrole(mairie("Mairie de Saint-Genest-Lerpt", "Poste 1"), RoleAgent.AGENT);
        sessionDeLAgent = sessionDe(agent);
        dossier = mvc.perform(
                        post("/mairie/recueil/papier").cookie(sessionDeLAgent).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(dossier).startsWith("/mairie/dossiers/");
        section = dossier + "/sections/etat-civil";
    }

    @Test
    void laCorrectionEnvoyeeApresExpirationRevientApresLaReconnexionSansEtreEnregistree() throws Exception {
        long version = version();
        String retenue = retenue();

        var envoi = mvc.perform(etatCivil(post(section).cookie(SESSION_EXPIREE).with(depuis(adresseUnique())), "171")
                        .param("version", String.valueOf(version))
                        .param("_csrf", "perime"))
                .andExpect(redirectedUrl("/mairie/connexion?session-expiree"))
                .andReturn();
        Cookie nouvelle = cookie(envoi, SESSION_EXPIREE);
        assertThat(page(get("/mairie/connexion").param("session-expiree", "").cookie(nouvelle)))
                .contains("Votre session a expiré");

        var connexion = reconnecter(nouvelle).andExpect(redirectedUrl(section)).andReturn();
        Cookie apres = cookie(connexion, nouvelle);

        String reprise = page(get(section).cookie(apres));
        assertThat(reprise)
                .contains(
                        "id=\"saisie-reprise\"",
                        "avant l’expiration de votre session",
                        "value=\"Martin-Durand\"",
                        "value=\"171\"",
                        "name=\"version\" value=\"" + version + "\"");
        // rien n'est écrit au dossier, ni consigné comme correction
        assertThat(version()).isEqualTo(version);
        assertThat(retenue()).isEqualTo(retenue);
        assertThat(corrections()).isZero();
        // reprise une seule fois : la page suivante montre le dossier tel qu'il est
        assertThat(page(get(section).cookie(apres))).doesNotContain("id=\"saisie-reprise\"", "value=\"171\"");

        // l'agent la renvoie lui-même, avec un jeton valide : elle est enregistrée
        mvc.perform(etatCivil(post(section).cookie(apres).with(csrf()), "171")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(dossier + "#declaration"));
        assertThat(version()).isGreaterThan(version);
        assertThat(retenue()).contains("171", "Martin-Durand");
    }

    @Test
    void uneModificationFaiteEntreTempsSeVoitAuRenvoiDeLaSaisieReprise() throws Exception {
        long version = version();
        var envoi = mvc.perform(etatCivil(post(section).cookie(SESSION_EXPIREE), "172")
                        .param("version", String.valueOf(version))
                        .param("_csrf", "perime"))
                .andExpect(redirectedUrl("/mairie/connexion?session-expiree"))
                .andReturn();
        Cookie nouvelle = cookie(envoi, SESSION_EXPIREE);

        // pendant ce temps, un autre poste corrige la même section
        mvc.perform(etatCivil(post(section).cookie(sessionDeLAgent).with(csrf()), "180")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        String apresLAutre = retenue();
        assertThat(apresLAutre).contains("180");

        Cookie apres =
                cookie(reconnecter(nouvelle).andExpect(redirectedUrl(section)).andReturn(), nouvelle);
        assertThat(page(get(section).cookie(apres)))
                .contains("value=\"172\"", "name=\"version\" value=\"" + version + "\"");

        // renvoyée telle quelle, avec la version lue avant l'expiration : refusée, rien d'écrasé, la saisie reste
        assertThat(page(etatCivil(post(section).cookie(apres).with(csrf()), "172")
                        .param("version", String.valueOf(version))))
                .contains("modifié par un autre agent entre-temps", "value=\"172\"");
        assertThat(retenue()).isEqualTo(apresLAutre);
    }

    @Test
    void uneRequeteForgeeNEcritRien() throws Exception {
        long version = version();
        String retenue = retenue();

        // sans session ni jeton : gardée au plus dans une session neuve, celle de qui l'envoie ; rien d'écrit
        mvc.perform(etatCivil(post(section), "199").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/mairie/connexion?session-expiree"));
        // dans la session d'un agent connecté, sans jeton ou avec un faux : refusée
        mvc.perform(etatCivil(post(section).cookie(sessionDeLAgent), "199").param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        mvc.perform(etatCivil(post(section).cookie(sessionDeLAgent), "199")
                        .param("version", String.valueOf(version))
                        .param("_csrf", "forge"))
                .andExpect(status().isForbidden());
        // et la saisie forgée ne s'invite pas dans la page de l'agent connecté
        assertThat(page(get(section).cookie(sessionDeLAgent))).doesNotContain("value=\"199\"", "id=\"saisie-reprise\"");

        assertThat(version()).isEqualTo(version);
        assertThat(retenue()).isEqualTo(retenue);
        assertThat(actionsAuditees(agent.identifiant())).doesNotContain(ActionAuditee.CORRECTION);
    }

    @Test
    void unUsagerEtUnAgentDansLeMemeNavigateurRetrouventChacunSaSaisie() throws Exception {
        String usager = compteActive();
        Cookie sessionDeLUsager = connecter(usager);
        UUID brouillon = UUID.randomUUID();
        mvc.perform(post("/demandes").cookie(sessionDeLUsager).with(csrf()).param("id", brouillon.toString()))
                .andExpect(status().is3xxRedirection());

        // la session du navigateur expire : l'usager envoie sa section, puis l'agent sa correction, dans le même
        // navigateur
        var envoiDeLUsager = mvc.perform(post("/demandes/" + brouillon + "/etat-civil")
                        .cookie(SESSION_EXPIREE)
                        .param("nomNaissance", "Lefebvre")
                        .param("taille", "163")
                        .param("_csrf", "perime"))
                .andExpect(redirectedUrl("/connexion?session-expiree"))
                .andReturn();
        Cookie navigateur = cookie(envoiDeLUsager, SESSION_EXPIREE);
        var envoiDeLAgent = mvc.perform(post(section)
                        .cookie(navigateur)
                        .param("version", String.valueOf(version()))
                        .param("taille", "177")
                        .param("_csrf", "perime"))
                .andExpect(redirectedUrl("/mairie/connexion?session-expiree"))
                .andReturn();
        navigateur = cookie(envoiDeLAgent, navigateur);

        // l'agent se reconnecte : il revient à sa section, avec sa saisie et pas celle de l'usager
        navigateur =
                cookie(reconnecter(navigateur).andExpect(redirectedUrl(section)).andReturn(), navigateur);
        assertThat(page(get(section).cookie(navigateur)))
                .contains("value=\"177\"")
                .doesNotContain("163", "Lefebvre");

        // l'usager se reconnecte : il revient à sa section, avec sa saisie
        var connexionDeLUsager = mvc.perform(post("/connexion")
                        .cookie(navigateur)
                        .with(csrf())
                        .param("identifiant", usager)
                        .param("motDePasse", MOT_DE_PASSE))
                .andExpect(redirectedUrl("/demandes/" + brouillon + "/etat-civil"))
                .andReturn();
        navigateur = cookie(connexionDeLUsager, navigateur);
        assertThat(page(get("/demandes/" + brouillon + "/etat-civil").cookie(navigateur)))
                .contains("value=\"163\"", "value=\"Lefebvre\"")
                .doesNotContain("value=\"177\"");
    }

    /** Les réponses d'état civil d'une pré-demande de test, au nom de « Martin-Durand », avec cette taille. */
    private static MockHttpServletRequestBuilder etatCivil(MockHttpServletRequestBuilder requete, String taille) {
        var champs = new HashMap<>(PreDemandesDeTest.REPONSES.get("etat-civil"));
        champs.put("nomNaissance", "Martin-Durand");
        champs.put("taille", taille);
        champs.forEach(requete::param);
        return requete;
    }

    /**
     * La connexion de l'agent dans ce navigateur : mot de passe et code de son application, le suivant de celui de sa
     * première connexion (un code ne sert qu'une fois).
     */
    private ResultActions reconnecter(Cookie navigateur) throws Exception {
        return mvc.perform(post("/mairie/connexion")
                .cookie(navigateur)
                .with(csrf())
                .with(depuis(adresseUnique()))
                .param("identifiant", agent.identifiant())
                .param("motDePasse", agent.motDePasse())
                .param("code", agent.code(1)));
    }

    /** Le cookie de session posé par la réponse (nouvelle session, ou nouvel identifiant), sinon celui d'avant. */
    private static Cookie cookie(MvcResult resultat, Cookie precedent) {
        Cookie pose = resultat.getResponse().getCookie("SESSION");
        return pose != null ? pose : precedent;
    }

    private String page(MockHttpServletRequestBuilder requete) throws Exception {
        return mvc.perform(requete)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String numero() {
        return dossier.substring(dossier.lastIndexOf('/') + 1);
    }

    private long version() {
        return jdbc.sql("select version from dossier where numero = ?")
                .param(numero())
                .query(Long.class)
                .single();
    }

    private String retenue() {
        return jdbc.sql("select declaration_retenue::text from dossier where numero = ?")
                .param(numero())
                .query(String.class)
                .single();
    }

    private int corrections() {
        return jdbc.sql(
                        "select count(*) from correction_de_dossier c join dossier d on d.id = c.dossier where d.numero = ?")
                .param(numero())
                .query(Integer.class)
                .single();
    }
}
