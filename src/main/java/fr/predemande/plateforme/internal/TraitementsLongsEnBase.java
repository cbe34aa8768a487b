package fr.predemande.plateforme.internal;

import fr.predemande.plateforme.TraitementsLongs;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code SET LOCAL statement_timeout} : PostgreSQL l'oublie à la fin de la transaction. Le délai de réponse côté client
 * ({@code socketTimeout} du pilote) est celui de la connexion : Hikari le remet à sa valeur quand la connexion revient
 * au pool.
 */
@Component
class TraitementsLongsEnBase implements TraitementsLongs {

    /** Au-delà du délai du serveur : un serveur vivant annule la requête lui-même, avant que le client ne coupe. */
    static final Duration MARGE_DU_CLIENT = Duration.ofSeconds(30);

    private final DataSource source;

    TraitementsLongsEnBase(DataSource source) {
        this.source = source;
    }

    @Override
    public void prolongerLaTransaction(Duration duree) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Un traitement long se prolonge dans sa transaction, pas en dehors");
        }
        if (duree.isNegative() || duree.isZero()) {
            throw new IllegalArgumentException("Durée d'un traitement long : " + duree);
        }
        // la connexion de la transaction en cours, liée au fil par le gestionnaire de transactions
        Connection connexion = DataSourceUtils.getConnection(source);
        String sql = "set local statement_timeout = " + duree.toMillis();
        try (var reglage = connexion.createStatement()) {
            reglage.execute(sql);
            connexion.setNetworkTimeout(
                    Runnable::run, Math.toIntExact(duree.plus(MARGE_DU_CLIENT).toMillis()));
        } catch (SQLException e) {
            throw new SQLStateSQLExceptionTranslator().translate("Prolongation d'un traitement long", sql, e);
        } finally {
            // rendue au gestionnaire de transactions, qui la garde jusqu'à la fin de la transaction
            DataSourceUtils.releaseConnection(connexion, source);
        }
    }
}
