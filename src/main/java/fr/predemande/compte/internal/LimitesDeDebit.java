package fr.predemande.compte.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limites de débit partagées par tous les nœuds (Bucket4j sur PostgreSQL) : échecs de connexion, réponses secrètes,
 * envois de liens. Une limite se consomme à l'échec ; tant qu'elle est épuisée, on refuse sans même essayer.
 */
@Component
class LimitesDeDebit {

    /** Une limite : {@code capacite} essais d'un coup, puis un essai de plus toutes les {@code periode}. */
    enum Limite {
        CONNEXION_PAR_IDENTIFIANT(5, Duration.ofMinutes(1)),
        CONNEXION_PAR_ADRESSE(30, Duration.ofSeconds(20)),
        REPONSE_SECRETE_PAR_LIEN(5, Duration.ofHours(1)),
        ENVOI_DE_LIEN_PAR_IDENTIFIANT(3, Duration.ofMinutes(20));

        private final BucketConfiguration configuration;

        Limite(int capacite, Duration periode) {
            this.configuration = BucketConfiguration.builder()
                    .addLimit(limite -> limite.capacity(capacite).refillIntervally(1, periode))
                    .build();
        }
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> seaux;

    LimitesDeDebit(DataSource source) {
        this.seaux = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(source)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("limite_debit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
                .build();
    }

    boolean epuisee(Limite limite, String cle) {
        return seau(limite, cle).getAvailableTokens() < 1;
    }

    /** Compte un échec ; faux si la limite était déjà épuisée. */
    boolean consommer(Limite limite, String cle) {
        return seau(limite, cle).tryConsume(1);
    }

    void remettreAZero(Limite limite, String cle) {
        seaux.removeProxy(limite.name() + ":" + cle);
    }

    private io.github.bucket4j.distributed.BucketProxy seau(Limite limite, String cle) {
        ProxyManager<String> gestionnaire = seaux;
        return gestionnaire.getProxy(limite.name() + ":" + cle, () -> limite.configuration);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5M")
    @SchedulerLock(name = "limites-purge", lockAtMostFor = "PT5M")
    void purger() {
        while (seaux.removeExpired(1000) > 0) {
            // par lots, pour ne pas tenir de long verrou
        }
    }
}
