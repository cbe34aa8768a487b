package fr.predemande.habilitation.internal;

import static fr.predemande.audit.ActionAuditee.COMPTE_VERROUILLE;
import static fr.predemande.audit.ActionAuditee.CONNEXION_ECHOUEE;
import static fr.predemande.audit.ActionAuditee.CONNEXION_REUSSIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.habilitation.RoleAgent;
import fr.predemande.impression.CodesQr;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** La connexion des agents de mairie au niveau HTTP, sur l'application entière (vraie base, vrai journal d'audit). */
class ConnexionDesAgentsHttpTest extends EspaceMairieEnTest {

    private static final String REFUS_NEUTRE = "Identifiant, mot de passe ou code incorrect";
    private static final String TROP_DE_TENTATIVES = "Trop de tentatives de connexion";

    @Test
    void unAgentSeConnecteAvecSonMotDePasseEtLeCodeDuMomentEtArriveALAccueilDeSaMairie() throws Exception {
        var mairie = mairie("Mairie de Montbrison", "Poste unique");
        var agent = agentEnrole(mairie, RoleAgent.AGENT);

        var connexion = seConnecter(
                        agent.identifiant().toUpperCase(), agent.motDePasse(), agent.code(), adresseUnique())
                .andExpect(redirectedUrl("/mairie"))
                .andReturn();
        var session = connexion.getResponse().getCookie("SESSION");

        mvc.perform(get("/mairie").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Prédemande — Mairie"),
                                containsString("Bonjour Claire Durand"),
                                containsString("Mairie de Montbrison"),
                                // une mairie d'un seul poste : il est pris d'office, les deux parcours sont proposés
                                containsString("Poste : Poste unique"),
                                containsString("href=\"/mairie/recueil\""),
                                containsString("href=\"/mairie/recueil/papier\""),
                                containsString("action=\"/mairie/deconnexion\""),
                                not(containsString("Mes pré-demandes")))));
        assertThat(actionsAuditees(agent.identifiant())).containsExactly(CONNEXION_REUSSIE);
    }

    @Test
    void dansUneMairieDePlusieursPostesLAgentChoisitLeSienEtLesAutresModulesLeLisent() throws Exception {
        var mairie = mairie("Mairie de Roanne", "Poste 1", "Poste 2");
        var autre = mairie("Mairie de Feurs", "Poste 1");
        var agent = agentEnrole(mairie, RoleAgent.AGENT);
        var session = sessionDe(agent);

        mvc.perform(get("/mairie").cookie(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("Sur quel poste travaillez-vous ?"),
                                not(containsString("href=\"/mairie/recueil\"")))));
        // le poste d'une autre mairie n'est jamais retenu
        var posteAutre = jdbc.sql("select id from poste_de_recueil where mairie_id = ?")
                .param(autre.id())
                .query(java.util.UUID.class)
                .single();
        mvc.perform(post("/mairie/poste").cookie(session).with(csrf()).param("poste", posteAutre.toString()))
                .andExpect(redirectedUrl("/mairie"));
        mvc.perform(get("/mairie").cookie(session)).andExpect(content().string(not(containsString("Poste : "))));

        var poste2 = jdbc.sql("select id from poste_de_recueil where mairie_id = ? and libelle = 'Poste 2'")
                .param(mairie.id())
                .query(java.util.UUID.class)
                .single();
        mvc.perform(post("/mairie/poste").cookie(session).with(csrf()).param("poste", poste2.toString()))
                .andExpect(redirectedUrl("/mairie"));
        mvc.perform(get("/mairie").cookie(session))
                .andExpect(content()
                        .string(allOf(containsString("Poste : Poste 2"), containsString("href=\"/mairie/recueil\""))));
    }

    @Test
    void motDePasseFauxCodeFauxEtIdentifiantInconnuDonnentLeMemeMessage() throws Exception {
        var agent = agentEnrole(mairie("Mairie de Firminy", "Poste 1"), RoleAgent.AGENT);
        String adresse = adresseUnique();

        String motDePasseFaux =
                erreurAffichee(seConnecter(agent.identifiant(), "pas-le-bon-mot-de-passe", agent.code(), adresse));
        String codeFaux =
                erreurAffichee(seConnecter(agent.identifiant(), agent.motDePasse(), autreCode(agent.code()), adresse));
        String inconnu = erreurAffichee(seConnecter(unique("personne"), agent.motDePasse(), agent.code(), adresse));
        String codeVide = erreurAffichee(seConnecter(agent.identifiant(), agent.motDePasse(), "", adresse));

        assertThat(motDePasseFaux).contains(REFUS_NEUTRE);
        assertThat(List.of(codeFaux, inconnu, codeVide)).containsOnly(motDePasseFaux);
        assertThat(detailsAudites(agent.identifiant(), CONNEXION_ECHOUEE))
                .containsExactly("mot-de-passe", "code", "code");
    }

    @Test
    void unChampVideOuUnCodeMalFormeEstSignaleASonChampSansCompterUnEchec() throws Exception {
        var agent = agentEnrole(mairie("Mairie de Rive-de-Gier"), RoleAgent.AGENT);
        seConnecter(agent.identifiant(), "", "12a", adresseUnique())
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Indiquez votre mot de passe"),
                                containsString("Le code compte 6 chiffres"),
                                containsString("href=\"#motDePasse\""))));
        assertThat(actionsAuditees(agent.identifiant())).isEmpty();
    }

    @Test
    void cinqEchecsVerrouillentLeCompteQuinzeMinutesEtChaqueEchecEstAudite() throws Exception {
        var agent = agentEnrole(mairie("Mairie de Saint-Chamond", "Poste 1"), RoleAgent.AGENT);
        String adresse = adresseUnique();
        for (int i = 0; i < ConnexionDesAgents.ECHECS_AVANT_VERROUILLAGE; i++) {
            seConnecter(agent.identifiant(), agent.motDePasse(), autreCode(agent.code()), adresse)
                    .andExpect(content().string(containsString(REFUS_NEUTRE)));
        }
        Instant verrou = verrouilleJusqua(agent).toInstant();
        assertThat(Duration.between(Instant.now(), verrou)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));

        // le bon code ne suffit plus
        seConnecter(agent.identifiant(), agent.motDePasse(), agent.code(), adresse)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TROP_DE_TENTATIVES)));

        var attendues = new java.util.ArrayList<>(Collections.nCopies(5, CONNEXION_ECHOUEE));
        attendues.add(COMPTE_VERROUILLE);
        attendues.add(CONNEXION_ECHOUEE);
        assertThat(actionsAuditees(agent.identifiant())).containsExactlyElementsOf(attendues);
        assertThat(detailsAudites(agent.identifiant(), CONNEXION_ECHOUEE))
                .last()
                .isEqualTo("compte-verrouille");
    }

    @Test
    void unIdentifiantInconnuSeBloqueCommeUnCompte() throws Exception {
        String inconnu = unique("fantome");
        String adresse = adresseUnique();
        for (int i = 0; i < ConnexionDesAgents.ECHECS_AVANT_VERROUILLAGE; i++) {
            seConnecter(inconnu, "un-mot-de-passe-quelconque", "123456", adresse)
                    .andExpect(content().string(containsString(REFUS_NEUTRE)));
        }
        seConnecter(inconnu, "un-mot-de-passe-quelconque", "123456", adresse)
                .andExpect(content().string(containsString(TROP_DE_TENTATIVES)));
        assertThat(actionsAuditees(inconnu)).hasSize(6).containsOnly(CONNEXION_ECHOUEE);
    }

    @Test
    void unCodeDejaUtiliseNOuvrePasUneSecondeSession() throws Exception {
        var agent = agentEnrole(mairie("Mairie de Veauche"), RoleAgent.AGENT);
        String code = agent.code();
        seConnecter(agent.identifiant(), agent.motDePasse(), code, adresseUnique())
                .andExpect(redirectedUrl("/mairie"));
        seConnecter(agent.identifiant(), agent.motDePasse(), code, adresseUnique())
                .andExpect(content().string(containsString(REFUS_NEUTRE)));
        assertThat(detailsAudites(agent.identifiant(), CONNEXION_ECHOUEE)).containsExactly("code-deja-utilise");
        // le code suivant de l'application, oui
        seConnecter(agent.identifiant(), agent.motDePasse(), agent.code(1), adresseUnique())
                .andExpect(redirectedUrl("/mairie"));
    }

    @Test
    void unNouvelAgentPasseParLEnrolementAvantDEtreConnecte() throws Exception {
        var mairie = mairie("Mairie de Sorbiers", "Poste 1");
        var agent = nouvelAgent(mairie, "provisoire-kq7m-3xtp", RoleAgent.AGENT);

        var debut = seConnecter(agent.identifiant(), agent.motDePasse(), "", adresseUnique())
                .andExpect(redirectedUrl("/mairie/enrolement"))
                .andReturn();
        var session = debut.getResponse().getCookie("SESSION");
        // à mi-connexion, rien d'autre ne s'ouvre
        mvc.perform(get("/mairie").cookie(session)).andExpect(redirectedUrl("/mairie/enrolement"));
        mvc.perform(get("/mairie/recueil").cookie(session)).andExpect(redirectedUrl("/mairie/enrolement"));

        String page = mvc.perform(get("/mairie/enrolement").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = agents.parId(agent.id()).orElseThrow().totpSecret();
        // en base, seulement chiffré
        var ligne = jdbc.sql("select totp_secret, totp_secret_chiffre from agent where id = ?")
                .param(agent.id())
                .query()
                .singleRow();
        assertThat(ligne.get("totp_secret")).isNull();
        assertThat(new String((byte[]) ligne.get("totp_secret_chiffre"), StandardCharsets.ISO_8859_1))
                .doesNotContain(secret);
        assertThat(page)
                .contains(Totp.enGroupes(secret))
                .contains("src=\"/mairie/enrolement/qr.png\"")
                .contains("alt=\"QR code du compte " + agent.identifiant());
        byte[] png = mvc.perform(get("/mairie/enrolement/qr.png").cookie(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(CodesQr.lire(ImageIO.read(new ByteArrayInputStream(png))))
                .hasValue("otpauth://totp/Pr%C3%A9demande:" + agent.identifiant() + "?secret=" + secret
                        + "&issuer=Pr%C3%A9demande&algorithm=SHA1&digits=6&period=30");

        var avecSecret =
                new AgentDeTest(agent.id(), agent.identifiant(), "cerf-volant-ardoise-grenier-75", secret, mairie);
        mvc.perform(post("/mairie/enrolement")
                        .cookie(session)
                        .with(csrf())
                        .param("motDePasse", avecSecret.motDePasse())
                        .param("confirmation", avecSecret.motDePasse())
                        .param("code", autreCode(avecSecret.code())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce code ne correspond pas")));
        var fin = mvc.perform(post("/mairie/enrolement")
                        .cookie(session)
                        .with(csrf())
                        .param("motDePasse", avecSecret.motDePasse())
                        .param("confirmation", avecSecret.motDePasse())
                        .param("code", avecSecret.code()))
                .andExpect(redirectedUrl("/mairie"))
                .andReturn();
        mvc.perform(get("/mairie").cookie(fin.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bonjour Claire Durand")));
        assertThat(detailsAudites(agent.identifiant(), CONNEXION_REUSSIE)).containsExactly("enrolement");

        // ensuite : le mot de passe choisi et un code, le provisoire ne sert plus
        seConnecter(agent.identifiant(), agent.motDePasse(), "", adresseUnique())
                .andExpect(content().string(containsString(REFUS_NEUTRE)));
        seConnecter(agent.identifiant(), avecSecret.motDePasse(), avecSecret.code(1), adresseUnique())
                .andExpect(redirectedUrl("/mairie"));
    }

    @Test
    void laPageDemandeeAvantLaConnexionEstRendueEnsuite() throws Exception {
        var agent = agentEnrole(mairie("Mairie de Boën", "Poste 1"), RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR);
        var demande = mvc.perform(get("/mairie/administration/agents"))
                .andExpect(redirectedUrl("/mairie/connexion"))
                .andReturn();
        var session = demande.getResponse().getCookie("SESSION");
        mvc.perform(post("/mairie/connexion")
                        .cookie(session)
                        .with(csrf())
                        .with(depuis(adresseUnique()))
                        .param("identifiant", agent.identifiant())
                        .param("motDePasse", agent.motDePasse())
                        .param("code", agent.code()))
                .andExpect(redirectedUrl("/mairie/administration/agents"));
    }

    @Test
    void uneSessionDUsagerNOuvreAucunePageDeLaMairie() throws Exception {
        var usager = connecter(compteActive());
        mvc.perform(get("/demandes").cookie(usager)).andExpect(status().isOk());
        mvc.perform(get("/mairie").cookie(usager)).andExpect(redirectedUrl("/mairie/connexion"));
        mvc.perform(get("/mairie/administration/agents").cookie(usager)).andExpect(redirectedUrl("/mairie/connexion"));
    }

    @Test
    void uneSessionDAgentNOuvrePasLEspaceUsager() throws Exception {
        var agent = sessionDe(agentEnrole(
                mairie("Mairie de Saint-Genest-Lerpt", "Poste 1"), RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR));
        mvc.perform(get("/mairie").cookie(agent)).andExpect(status().isOk());
        mvc.perform(get("/demandes").cookie(agent)).andExpect(redirectedUrl("/connexion"));
        mvc.perform(get("/compte").cookie(agent)).andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void laDeconnexionFermeLaSession() throws Exception {
        var session = sessionDe(agentEnrole(mairie("Mairie de Chazelles"), RoleAgent.AGENT));
        mvc.perform(post("/mairie/deconnexion").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/mairie/connexion?deconnexion"));
        mvc.perform(get("/mairie").cookie(session)).andExpect(redirectedUrl("/mairie/connexion"));
    }

    private String erreurAffichee(org.springframework.test.web.servlet.ResultActions reponse) throws Exception {
        String page =
                reponse.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int debut = page.indexOf("id=\"resume-erreurs\"");
        assertThat(debut).as("résumé des erreurs").isPositive();
        return page.substring(debut, page.indexOf("</div>", debut));
    }

    /** Un code de 6 chiffres qui n'est pas celui-là. */
    private static String autreCode(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
