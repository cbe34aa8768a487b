package fr.predemande.compte.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limites de débit partagées par tous les nœuds (Bucket4j sur PostgreSQL) : échecs de connexion, réponses secrètes,
 * envois de liens. Une limite se consomme à l'échec ; tant qu'elle est épuisée, on refuse sans même essayer. Les
 * limites de la connexion se consomment, elles, avant la vérification et sont rendues à la réussite (voir
 * {@link ConnexionLimitee}) : des essais simultanés ne passent pas tous avant que le premier échec soit compté.
 */
@Component
class LimitesDeDebit {

    /** Une limite : {@code capacite} essais d'un coup, puis un essai de plus toutes les {@code periode}. */
    enum Limite {
        /**
         * Les essais non reconnus (sans cookie d'appareil valable) d'un identifiant, toutes adresses confondues : la
         * borne de ce qu'un réseau de machines peut essayer sur un compte. Une adresse seule ne l'épuise pas (elle
         * attend bien avant, {@link AttentesDeConnexion}) : son titulaire se connecte d'ailleurs.
         */
        CONNEXION_NON_RECONNUE_PAR_IDENTIFIANT(30, Duration.ofMinutes(2)),
        /** Une adresse qui essaie beaucoup d'identifiants. */
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

    /** Au-delà, la clé est remplacée par son empreinte (64 caractères) : avec le nom de la limite, la colonne suffit. */
    static final int LONGUEUR_MAX_CLE = 200;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> seaux;

    LimitesDeDebit(DataSource source) {
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

    boolean epuisee(Limite limite, String cle) {
        return seau(limite, cle).getAvailableTokens() < 1;
    }

    /** Compte un échec ; faux si la limite était déjà épuisée. */
    boolean consommer(Limite limite, String cle) {
        return seau(limite, cle).tryConsume(1);
    }

    /**
     * Compte un essai s'il reste de quoi.
     *
     * @return vide si l'essai est permis ; sinon l'attente avant le prochain
     */
    Optional<Duration> essayer(Limite limite, String cle) {
        var sonde = seau(limite, cle).tryConsumeAndReturnRemaining(1);
        return sonde.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(sonde.getNanosToWaitForRefill()));
    }

    /** Rend l'essai compté par {@link #essayer} : il a réussi, ou il a été refusé par un autre frein. */
    void rendre(Limite limite, String cle) {
        seau(limite, cle).addTokens(1);
    }

    void remettreAZero(Limite limite, String cle) {
        seaux.removeProxy(id(limite, cle));
    }

    private io.github.bucket4j.distributed.BucketProxy seau(Limite limite, String cle) {
        ProxyManager<String> gestionnaire = seaux;
        return gestionnaire.getProxy(id(limite, cle), () -> limite.configuration);
    }

    /**
     * La clé en base (300 caractères au plus) : un identifiant tapé peut être bien plus long que ceux des comptes, il
     * est alors remplacé par son empreinte, et le frein s'applique à lui aussi.
     */
    static String id(Limite limite, String cle) {
        return limite.name() + ":" + (cle.length() <= LONGUEUR_MAX_CLE ? cle : "#" + Jetons.empreinte(cle));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT5M")
    @SchedulerLock(name = "limites-purge", lockAtLeastFor = "PT9M", lockAtMostFor = "PT9M")
    void purger() {
        while (seaux.removeExpired(1000) > 0) {
            // par lots, pour ne pas tenir de long verrou
        }
    }
}
