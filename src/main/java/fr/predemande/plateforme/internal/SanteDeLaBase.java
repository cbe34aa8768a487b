package fr.predemande.plateforme.internal;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * « baseDeDonnees » dans la santé et le groupe readiness : la base répond-elle à {@code select 1} en 2 s ? Sinon
 * l'application se déclare non prête, et l'orchestrateur cesse de lui envoyer du trafic jusqu'au retour de la base.
 *
 * <p>Sa propre connexion, gardée d'une vérification à l'autre, pas une du pool : un pool épuisé par la charge ne dit
 * rien de la base, et une connexion à ouvrir demanderait à la base un processus à chaque sonde. Si elle est rompue
 * (base redémarrée), une nouvelle est ouverte dans la même vérification.
 *
 * <p>Quand la base revient après une panne, les connexions que le pool gardait d'avant sont mortes (serveur redémarré)
 * ou douteuses : la sonde les lui fait fermer, et l'application n'est prête qu'une fois que le pool a rouvert au moins
 * une connexion (il réessaie de lui-même, de plus en plus espacé jusqu'à 5 s) ; d'ici là, ses pages répondraient
 * encore 503.
 */
@Component("baseDeDonneesHealthIndicator")
class SanteDeLaBase implements HealthIndicator, DisposableBean {

    static final Duration DELAI = Duration.ofSeconds(2);

    private final DataSourceProperties base;
    private final ObjectProvider<DataSource> pool;
    private final SondeAvecDelai sonde = new SondeAvecDelai("base", DELAI);
    /** Seulement touchées par le fil de la sonde. */
    private Connection connexion;

    private boolean enPanne;

    SanteDeLaBase(DataSourceProperties base, ObjectProvider<DataSource> pool) {
        this.base = base;
        this.pool = pool;
    }

    @Override
    public Health health() {
        return sonde.verifier(() -> {
            boolean ancienne = connexion != null;
            try {
                interroger();
            } catch (SQLException e) {
                fermer();
                enPanne = true;
                if (!ancienne) {
                    throw e;
                }
                // la connexion gardée a pu être rompue par un redémarrage de la base : une neuve tranche
                interroger();
            }
            HikariPoolMXBean etat = etatDuPool();
            if (enPanne && etat != null) {
                // les connexions libres sont fermées tout de suite, celles en cours d'usage à leur retour
                etat.softEvictConnections();
            }
            enPanne = false;
            if (etat != null && etat.getTotalConnections() == 0) {
                throw new SQLException("La base répond, mais le pool de connexions ne s'y est pas encore reconnecté");
            }
            return null;
        });
    }

    private void interroger() throws SQLException {
        if (connexion == null) {
            connexion = ouvrir();
        }
        try (var requete = connexion.createStatement()) {
            requete.execute("select 1");
        }
    }

    /** L'état du pool Hikari de l'application ; rien s'il n'en est pas un, ou s'il n'a pas encore démarré. */
    private HikariPoolMXBean etatDuPool() {
        try {
            DataSource source = pool.getIfUnique();
            return source != null && source.isWrapperFor(HikariDataSource.class)
                    ? source.unwrap(HikariDataSource.class).getHikariPoolMXBean()
                    : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private Connection ouvrir() throws SQLException {
        var proprietes = new Properties();
        if (base.determineUsername() != null) {
            proprietes.setProperty("user", base.determineUsername());
        }
        if (base.determinePassword() != null) {
            proprietes.setProperty("password", base.determinePassword());
        }
        // en secondes, pour le pilote PostgreSQL ; la sonde n'attend de toute façon pas au-delà de DELAI
        String secondes = String.valueOf(DELAI.toSeconds());
        proprietes.setProperty("connectTimeout", secondes);
        proprietes.setProperty("loginTimeout", secondes);
        proprietes.setProperty("socketTimeout", String.valueOf(DELAI.toSeconds() + 1));
        proprietes.setProperty("ApplicationName", "predemande-sonde");
        return DriverManager.getConnection(base.determineUrl(), proprietes);
    }

    private void fermer() {
        if (connexion != null) {
            try {
                connexion.close();
            } catch (SQLException e) {
                // déjà rompue
            }
            connexion = null;
        }
    }

    @Override
    public void destroy() {
        sonde.close();
        fermer();
    }
}
