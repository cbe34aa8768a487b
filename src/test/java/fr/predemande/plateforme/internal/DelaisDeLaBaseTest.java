package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import fr.predemande.plateforme.TraitementsLongs;
import fr.predemande.support.ApplicationEnTest;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Les délais des connexions du pool sont en place (une page échoue vite), et les traitements longs légitimes y
 * échappent : les migrations par leurs propres connexions, la purge et le référentiel le temps de leur transaction.
 */
class DelaisDeLaBaseTest extends ApplicationEnTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource source;

    @Autowired
    TraitementsLongs traitementsLongs;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Flyway flyway;

    @Test
    void lesConnexionsDuPoolOntLeursDelais() throws Exception {
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single())
                .isEqualTo("4s");
        try (var connexion = source.getConnection()) {
            assertThat(connexion.getNetworkTimeout()).isEqualTo(5_000);
        }
        var pool = source.unwrap(HikariDataSource.class);
        assertThat(pool.getConnectionTimeout()).isEqualTo(3_000);
        assertThat(pool.getValidationTimeout()).isEqualTo(1_000);
    }

    @Test
    void uneRequeteTropLongeEstAnnuleeParLeServeur() {
        long debut = System.nanoTime();
        assertThatThrownBy(() -> jdbc.sql("select pg_sleep(6)").query().listOfRows())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("statement timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - debut)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void unTraitementLongEchappeAuxDelaisLeTempsDeSaTransaction() {
        // 6 s : au-delà du statement_timeout (4 s) et du délai de réponse du pilote (5 s)
        new TransactionTemplate(transactions).executeWithoutResult(statut -> {
            traitementsLongs.prolongerLaTransaction(Duration.ofSeconds(20));
            assertThat(jdbc.sql("show statement_timeout").query(String.class).single())
                    .isEqualTo("20s");
            jdbc.sql("select pg_sleep(6)").query().listOfRows();
        });
        // la connexion rendue au pool a retrouvé les délais des pages
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single())
                .isEqualTo("4s");
        for (int i = 0; i < 12; i++) {
            try (var connexion = source.getConnection()) {
                assertThat(connexion.getNetworkTimeout()).isEqualTo(5_000);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void horsTransactionUnTraitementLongEstRefuse() {
        assertThatIllegalStateException()
                .isThrownBy(() -> traitementsLongs.prolongerLaTransaction(Duration.ofMinutes(1)));
    }

    @Test
    void lesMigrationsOntLeursPropresConnexionsSansDelai() throws Exception {
        DataSource migrations = flyway.getConfiguration().getDataSource();
        assertThat(migrations).isNotInstanceOf(HikariDataSource.class);
        try (var connexion = migrations.getConnection();
                var requete = connexion.createStatement();
                var resultat = requete.executeQuery("show statement_timeout")) {
            resultat.next();
            assertThat(resultat.getString(1)).isEqualTo("0");
            assertThat(connexion.getNetworkTimeout()).isZero();
        }
    }
}
