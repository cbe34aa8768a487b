package fr.predemande.habilitation.internal;

import static fr.predemande.stockage.internal.CoffresDeTest.coffre;
import static fr.predemande.stockage.internal.CoffresDeTest.nouvelleCle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fr.predemande.habilitation.RoleAgent;
import fr.predemande.stockage.CoffreDesSecrets;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Au démarrage, les secrets TOTP encore en clair (d'avant V23) sont chiffrés et ceux d'une ancienne clé maîtresse
 * rechiffrés sous l'active ; un secret dont la clé manque est laissé tel quel et signalé. Sur une copie de la table
 * agent dans un schéma jetable : le test choisit ses clés maîtresses sans toucher aux agents des autres tests.
 */
class ChiffrementDesSecretsTotpTest extends EspaceMairieEnTest {

    private static final String ANCIENNE = nouvelleCle("2025");
    private static final String NOUVELLE = nouvelleCle("2026");

    @Autowired
    Environment environnement;

    private Connection connexion;
    private String schema;
    private JdbcClient base;

    @BeforeEach
    void copieDeLaTableAgent() throws Exception {
        String original =
                jdbc.sql("select current_schema()").query(String.class).single();
        connexion = DriverManager.getConnection(
                environnement.getRequiredProperty("spring.datasource.url"),
                environnement.getProperty("spring.datasource.username"),
                environnement.getProperty("spring.datasource.password"));
        schema = "habilitation_" + UUID.randomUUID().toString().replace("-", "");
        try (var instruction = connexion.createStatement()) {
            instruction.execute("create schema " + schema);
            instruction.execute("set search_path to " + schema);
            // colonnes, valeurs par défaut et contraintes de vérification de la vraie table (V13 puis V23)
            instruction.execute("create table agent (like " + original + ".agent including all)");
        }
        base = JdbcClient.create(new SingleConnectionDataSource(connexion, true));
    }

    @AfterEach
    void nettoyer() throws Exception {
        try (var instruction = connexion.createStatement()) {
            instruction.execute("drop schema " + schema + " cascade");
        } finally {
            connexion.close();
        }
    }

    @Test
    void chaqueSecretPasseSousLaCleActiveEtSeRelitPareil() {
        var avant = new AgentRepository(base, coffre(null, ANCIENNE));
        String enClair = Totp.base32(Totp.nouveauSecret());
        UUID ancien = agentEnClair(enClair);
        String sousLAncienne = Totp.base32(Totp.nouveauSecret());
        UUID rotation = inserer(avant, sousLAncienne);
        String perdu = Totp.base32(Totp.nouveauSecret());
        UUID sansCle = inserer(new AgentRepository(base, coffre(null, nouvelleCle("perdue"))), perdu);
        UUID pasEncoreEnrole = inserer(avant, null);

        CoffreDesSecrets coffre = coffre("2026", ANCIENNE, NOUVELLE);
        var agents = new AgentRepository(base, coffre);
        assertThat(agents.parId(ancien).orElseThrow().totpSecret())
                .as("lu en clair avant")
                .isEqualTo(enClair);

        var bilan = new ChiffrementDesSecretsTotp(base, agents, coffre).toutMettreSousLaCleActive();

        assertThat(bilan.chiffres()).isEqualTo(1);
        assertThat(bilan.rechiffres()).isEqualTo(1);
        assertThat(bilan.echecs())
                .singleElement()
                .asString()
                .contains(identifiant(sansCle))
                .contains("« perdue »")
                .doesNotContain(perdu);
        assertThat(agents.parId(ancien).orElseThrow().totpSecret()).isEqualTo(enClair);
        assertThat(agents.parId(rotation).orElseThrow().totpSecret()).isEqualTo(sousLAncienne);
        assertThat(agents.parId(pasEncoreEnrole).orElseThrow().totpSecret()).isNull();
        for (UUID id : new UUID[] {ancien, rotation}) {
            var ligne = base.sql("select totp_secret, totp_secret_chiffre, totp_cle_maitresse from agent where id = ?")
                    .param(id)
                    .query()
                    .singleRow();
            assertThat(ligne.get("totp_secret")).isNull();
            assertThat(ligne.get("totp_cle_maitresse")).isEqualTo("2026");
            assertThat(new String((byte[]) ligne.get("totp_secret_chiffre"), StandardCharsets.ISO_8859_1))
                    .doesNotContain(enClair)
                    .doesNotContain(sousLAncienne);
        }
        assertThat(base.sql("select totp_cle_maitresse from agent where id = ?")
                        .param(sansCle)
                        .query(String.class)
                        .single())
                .isEqualTo("perdue");

        // un second démarrage n'a plus rien à faire
        var ensuite = new ChiffrementDesSecretsTotp(base, agents, coffre).toutMettreSousLaCleActive();
        assertThat(ensuite.chiffres() + ensuite.rechiffres()).isZero();
        assertThat(ensuite.echecs()).hasSize(1);
    }

    @Test
    void unSecretRecopieSurLaLigneDUnAutreAgentNeSeDechiffrePas() {
        CoffreDesSecrets coffre = coffre(null, NOUVELLE);
        var agents = new AgentRepository(base, coffre);
        UUID premier = inserer(agents, Totp.base32(Totp.nouveauSecret()));
        UUID second = inserer(agents, Totp.base32(Totp.nouveauSecret()));

        base.sql(
                        "update agent set totp_secret_chiffre = (select totp_secret_chiffre from agent where id = ?) where id = ?")
                .params(premier, second)
                .update();

        assertThatIllegalStateException()
                .isThrownBy(() -> agents.parId(second))
                .withMessageContaining(second.toString())
                .withMessageContaining("« 2026 »");
        CoffreDesSecrets apresRotation = coffre("2027", NOUVELLE, nouvelleCle("2027"));
        var bilan = new ChiffrementDesSecretsTotp(base, new AgentRepository(base, apresRotation), apresRotation)
                .toutMettreSousLaCleActive();
        assertThat(bilan.rechiffres()).isEqualTo(1);
        assertThat(bilan.echecs()).singleElement().asString().contains(identifiant(second));
    }

    private UUID inserer(AgentRepository agents, String secret) {
        var agent = new Agent(
                UUID.randomUUID(),
                unique("agent"),
                "Durand",
                "Claire",
                UUID.randomUUID(),
                Set.of(RoleAgent.AGENT),
                "empreinte",
                secret,
                secret != null,
                null,
                0,
                0,
                null,
                0);
        assertThat(agents.inserer(agent, null, Instant.now())).isTrue();
        return agent.id();
    }

    /** Comme l'écrivait l'application avant V23. */
    private UUID agentEnClair(String secret) {
        UUID id = UUID.randomUUID();
        base.sql("""
                        insert into agent (id, identifiant, nom, prenom, mairie_id, roles, mot_de_passe_empreinte,
                          totp_secret, enrole, cree_le, modifie_le)
                        values (?, ?, 'Durand', 'Claire', ?, array['AGENT']::varchar(20)[], 'empreinte', ?, true, now(), now())""").params(id, unique("agent"), UUID.randomUUID(), secret).update();
        return id;
    }

    private String identifiant(UUID id) {
        return base.sql("select identifiant from agent where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
