package fr.predemande.habilitation.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Les freins de la connexion des agents que le compte lui-même ne porte pas, partagés par tous les nœuds (Bucket4j sur
 * PostgreSQL, table {@code limite_debit} de la plateforme, clés préfixées {@code MAIRIE_}, purgée avec les autres) :
 * un identifiant inconnu se bloque comme un compte verrouillé, si bien que la réponse ne dit jamais si un compte
 * existe ; une adresse qui essaie beaucoup d'identifiants est freinée.
 */
@Component
class FreinDesConnexions {

    /** Une limite : {@code capacite} échecs, puis ce qu'il faut attendre. */
    enum Frein {
        /** Comme le verrouillage d'un compte (5 échecs, 15 minutes), pour un identifiant qui n'existe pas. */
        MAIRIE_IDENTIFIANT_INCONNU(BucketConfiguration.builder()
                .addLimit(limite -> limite.capacity(ConnexionDesAgents.ECHECS_AVANT_VERROUILLAGE)
                        .refillIntervally(
                                ConnexionDesAgents.ECHECS_AVANT_VERROUILLAGE, ConnexionDesAgents.PREMIER_VERROUILLAGE))
                .build()),
        /** Une mairie est souvent derrière une seule adresse : assez pour ses agents, trop peu pour un essai en masse. */
        MAIRIE_ADRESSE(BucketConfiguration.builder()
                .addLimit(limite -> limite.capacity(30).refillIntervally(1, Duration.ofSeconds(20)))
                .build());

        private final BucketConfiguration configuration;

        Frein(BucketConfiguration configuration) {
            this.configuration = configuration;
        }
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> seaux;

    FreinDesConnexions(DataSource source) {
        this.seaux = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(source)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("limite_debit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .build();
    }

    boolean serre(Frein frein, String cle) {
        return seau(frein, cle).getAvailableTokens() < 1;
    }

    void compterUnEchec(Frein frein, String cle) {
        seau(frein, cle).tryConsume(1);
    }

    private io.github.bucket4j.distributed.BucketProxy seau(Frein frein, String cle) {
        return seaux.getProxy(frein.name() + ":" + cle, () -> frein.configuration);
    }
}
