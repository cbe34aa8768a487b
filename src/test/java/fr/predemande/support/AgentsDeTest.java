package fr.predemande.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.stockage.CoffreDesSecrets;
import fr.predemande.stockage.SecretChiffre;
import jakarta.servlet.http.Cookie;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Des mairies, leurs postes de recueil et des agents déjà enrôlés (mot de passe et secret TOTP connus du test), pour
 * les tests hors du module habilitation : le poste de recueil, les parcours dans le navigateur. Écrits directement en
 * base comme les écrit l'administration des agents (le secret chiffré par le coffre des secrets) ; les codes à 6 chiffres sont calculés ici (RFC 6238 : HMAC-SHA1,
 * pas de 30 s), comme les calcule l'application d'authentification de l'agent.
 */
public final class AgentsDeTest {

    public static final String MOT_DE_PASSE_AGENT = "saule-violon-marmotte-31";
    private static final AtomicInteger NUMERO = new AtomicInteger();
    private static final SecureRandom HASARD = new SecureRandom();

    /** Un agent enrôlé : son identifiant, son mot de passe, son secret TOTP (brut) et sa mairie. */
    public record AgentDeTest(
            UUID id, String identifiant, String motDePasse, byte[] secret, Mairie mairie, Set<RoleAgent> roles) {

        /** Le code qu'affiche à cet instant l'application d'authentification de l'agent. */
        public String code() {
            return totp(secret, Math.floorDiv(Instant.now().getEpochSecond(), 30));
        }

        /** L'agent tel que la connexion le pose dans la session. */
        public AgentConnecte connecte() {
            return new AgentConnecte(id, identifiant, "Claire", "Durand", mairie, roles);
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder empreintes;
    private final CoffreDesSecrets coffre;

    public AgentsDeTest(JdbcClient jdbc, PasswordEncoder empreintes, CoffreDesSecrets coffre) {
        this.jdbc = jdbc;
        this.empreintes = empreintes;
        this.coffre = coffre;
    }

    /** Une mairie neuve (son code unique) et ses postes de recueil. */
    public Mairie mairie(String nom, String departement, String codeInsee, String... postes) {
        var mairie = new Mairie(UUID.randomUUID(), unique("m"), nom, departement, codeInsee);
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

    /** Un agent qui a déjà fait sa première connexion : le second facteur lui est demandé à chaque connexion. */
    public AgentDeTest agentEnrole(Mairie mairie, RoleAgent... roles) {
        byte[] secret = new byte[20];
        HASARD.nextBytes(secret);
        var agent = new AgentDeTest(
                UUID.randomUUID(),
                unique("agent"),
                MOT_DE_PASSE_AGENT,
                secret,
                mairie,
                roles.length == 0 ? EnumSet.noneOf(RoleAgent.class) : EnumSet.of(roles[0], roles));
        Timestamp maintenant = Timestamp.from(Instant.now());
        // le contexte même d'AgentRepository : le secret n'est lisible que sur la ligne de cet agent
        SecretChiffre chiffre = coffre.chiffrer(secret, "agent.totp_secret:" + agent.id());
        jdbc.sql("""
                        insert into agent (id, identifiant, nom, prenom, mairie_id, roles, mot_de_passe_empreinte,
                          totp_secret_chiffre, totp_cle_maitresse, enrole, cree_par, cree_le, modifie_le)
                        values (?, ?, 'Durand', 'Claire', ?, ?::varchar(20)[], ?, ?, ?, true, null, ?, ?)""")
                .params(
                        agent.id(),
                        agent.identifiant(),
                        mairie.id(),
                        agent.roles().stream().sorted().map(RoleAgent::name).toArray(String[]::new),
                        empreintes.encode(MOT_DE_PASSE_AGENT),
                        chiffre.octets(),
                        chiffre.cleMaitresse(),
                        maintenant,
                        maintenant)
                .update();
        return agent;
    }

    /**
     * La session (cookie de Spring Session) de l'agent connecté par le formulaire de connexion des agents, avec le code
     * du moment : un code ne sert qu'une fois, une seule connexion par agent et par pas de 30 s.
     */
    public static Cookie session(MockMvc mvc, AgentDeTest agent) throws Exception {
        var reponse = mvc.perform(post("/mairie/connexion")
                        .with(csrf())
                        .param("identifiant", agent.identifiant())
                        .param("motDePasse", agent.motDePasse())
                        .param("code", agent.code()))
                .andReturn()
                .getResponse();
        Cookie session = reponse.getCookie("SESSION");
        if (reponse.getStatus() != 302 || session == null) {
            throw new AssertionError("Connexion de l'agent " + agent.identifiant() + " refusée (statut "
                    + reponse.getStatus() + ", redirection " + reponse.getRedirectedUrl() + ")");
        }
        return session;
    }

    /** Le code TOTP à 6 chiffres de ce pas de temps (RFC 6238 sur HOTP, RFC 4226). */
    public static String totp(byte[] secret, long pas) {
        byte[] empreinte;
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(secret, "HmacSHA1"));
            empreinte =
                    hmac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(pas).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int decalage = empreinte[empreinte.length - 1] & 0x0f;
        int binaire = ((empreinte[decalage] & 0x7f) << 24)
                | ((empreinte[decalage + 1] & 0xff) << 16)
                | ((empreinte[decalage + 2] & 0xff) << 8)
                | (empreinte[decalage + 3] & 0xff);
        return String.format("%06d", binaire % 1_000_000);
    }

    private static String unique(String prefixe) {
        return prefixe + "." + System.nanoTime() % 1_000_000_000L + "-" + NUMERO.incrementAndGet();
    }
}
