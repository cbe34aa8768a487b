package fr.predemande.habilitation.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.support.ApplicationEnTest;
import jakarta.servlet.http.Cookie;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * L'application entière, avec de quoi peupler l'espace mairie : des mairies (chacune neuve, son code unique) et leurs
 * agents, enrôlés (secret TOTP connu du test) ou tout juste créés (mot de passe provisoire).
 */
abstract class EspaceMairieEnTest extends ApplicationEnTest {

    static final String MOT_DE_PASSE_AGENT = "saule-violon-marmotte-31";
    private static final AtomicInteger NUMERO = new AtomicInteger();

    /** Un agent de test, son mot de passe et son secret en base 32 ({@code null} tant qu'il n'est pas enrôlé). */
    record AgentDeTest(UUID id, String identifiant, String motDePasse, String secret, Mairie mairie) {

        /** Le code de l'application de l'agent à cet instant, décalé de quelques pas de 30 s. */
        String code(int decalage) {
            return Totp.code(Totp.depuisBase32(secret), Totp.pas(Instant.now()) + decalage, Totp.CHIFFRES);
        }

        String code() {
            return code(0);
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgentRepository agents;

    @Autowired
    PasswordEncoder empreintes;

    static String unique(String prefixe) {
        return prefixe + "." + System.nanoTime() % 1_000_000_000L + "-" + NUMERO.incrementAndGet();
    }

    Mairie mairie(String nom, String... postes) {
        var mairie = new Mairie(UUID.randomUUID(), unique("m"), nom, "42", "42218");
        jdbc.sql(
                        "insert into mairie (id, code, nom, code_departement, code_insee, cree_le) values (?, ?, ?, ?, ?, now())")
                .params(mairie.id(), mairie.code(), mairie.nom(), mairie.codeDepartement(), mairie.codeInsee())
                .update();
        for (String poste : postes) {
            jdbc.sql("insert into poste_de_recueil (id, mairie_id, libelle) values (?, ?, ?)")
                    .params(UUID.randomUUID(), mairie.id(), poste)
                    .update();
        }
        return mairie;
    }

    AgentDeTest agentEnrole(Mairie mairie, RoleAgent... roles) {
        String secret = Totp.base32(Totp.nouveauSecret());
        return creer(mairie, MOT_DE_PASSE_AGENT, secret, true, roles);
    }

    AgentDeTest nouvelAgent(Mairie mairie, String motDePasseProvisoire, RoleAgent... roles) {
        return creer(mairie, motDePasseProvisoire, null, false, roles);
    }

    private AgentDeTest creer(Mairie mairie, String motDePasse, String secret, boolean enrole, RoleAgent... roles) {
        var agent = new Agent(
                UUID.randomUUID(),
                unique("agent"),
                "Durand",
                "Claire",
                mairie.id(),
                Set.of(roles),
                empreintes.encode(motDePasse),
                secret,
                enrole,
                null,
                0,
                0,
                null,
                0);
        agents.inserer(agent, null, Instant.now());
        return new AgentDeTest(agent.id(), agent.identifiant(), motDePasse, secret, mairie);
    }

    ResultActions seConnecter(String identifiant, String motDePasse, String code, String adresse) throws Exception {
        return mvc.perform(post("/mairie/connexion")
                .with(csrf())
                .with(depuis(adresse))
                .param("identifiant", identifiant)
                .param("motDePasse", motDePasse)
                .param("code", code));
    }

    /** La session (cookie de Spring Session) d'un agent connecté par le formulaire, avec le code du pas courant. */
    Cookie sessionDe(AgentDeTest agent) throws Exception {
        return seConnecter(agent.identifiant(), agent.motDePasse(), agent.code(), adresseUnique())
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    /** Chaque test a sa propre adresse : le frein par adresse ne mêle pas les tests entre eux. */
    static String adresseUnique() {
        int n = NUMERO.incrementAndGet();
        return "10.42." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor depuis(String adresse) {
        return requete -> {
            requete.setRemoteAddr(adresse);
            return requete;
        };
    }

    /** Les actions consignées au journal d'audit pour cet identifiant (acteur ou objet), dans l'ordre. */
    List<ActionAuditee> actionsAuditees(String identifiant) {
        return jdbc.sql("select action from journal_audit where acteur = ? or objet = ? order by numero")
                .params(identifiant, identifiant)
                .query((ligne, n) -> ActionAuditee.valueOf(ligne.getString("action")))
                .list();
    }

    List<String> detailsAudites(String identifiant, ActionAuditee action) {
        return jdbc.sql(
                        "select coalesce(detail, '') from journal_audit where acteur = ? and action = ? order by numero")
                .params(identifiant, action.name())
                .query(String.class)
                .list();
    }

    Timestamp verrouilleJusqua(AgentDeTest agent) {
        return jdbc.sql("select verrouille_jusqua from agent where id = ?")
                .param(agent.id())
                .query(Timestamp.class)
                .single();
    }
}
