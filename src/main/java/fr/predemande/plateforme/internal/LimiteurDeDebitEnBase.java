package fr.predemande.plateforme.internal;

import fr.predemande.plateforme.LimiteurDeDebit;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Bucket4j sur PostgreSQL (table {@code limite_debit}) : un seau par clé, verrouillé le temps d'y puiser. */
@Component
class LimiteurDeDebitEnBase implements LimiteurDeDebit {

    /** La colonne de la clé : au-delà, la clé est abrégée (sa fin remplacée par son empreinte). */
    static final int LONGUEUR_MAX_CLE = 200;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> seaux;

    LimiteurDeDebitEnBase(DataSource source) {
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

    @Override
    public Optional<Duration> consommer(String cle, int capacite, Duration periode) {
        var configuration = BucketConfiguration.builder()
                .addLimit(limite -> limite.capacity(capacite).refillGreedy(capacite, periode))
                .build();
        var sonde = seaux.getProxy(abregee(cle), () -> configuration).tryConsumeAndReturnRemaining(1);
        return sonde.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(sonde.getNanosToWaitForRefill()));
    }

    static String abregee(String cle) {
        if (cle.length() <= LONGUEUR_MAX_CLE) {
            return cle;
        }
        return cle.substring(0, LONGUEUR_MAX_CLE - 17) + "#" + Integer.toHexString(cle.hashCode());
    }
}
