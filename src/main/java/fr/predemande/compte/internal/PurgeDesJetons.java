package fr.predemande.compte.internal;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Chaque nuit, les jetons des liens à usage unique sont effacés {@link #CONSERVATION} après leur expiration ou leur
 * usage (le premier des deux) : chacun garde l'adresse électronique à laquelle le lien est parti, une donnée
 * personnelle qui ne sert plus. Un seul nœud l'exécute (ShedLock).
 */
@Component
class PurgeDesJetons {

    /**
     * Une semaine : qui ouvre un vieux courriel lit encore « ce lien a expiré » ou « a déjà été utilisé » (et comment en
     * obtenir un autre) plutôt que « ce lien n'est pas reconnu » ; au-delà, l'adresse n'a plus de raison d'être gardée.
     */
    static final Duration CONSERVATION = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(PurgeDesJetons.class);
    private final Jetons jetons;
    private final Clock horloge;

    PurgeDesJetons(Jetons jetons, Clock horloge) {
        this.jetons = jetons;
        this.horloge = horloge;
    }

    @Scheduled(cron = "0 40 3 * * *", zone = "Europe/Paris")
    @SchedulerLock(name = "purge-jetons-compte", lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
    public void purger() {
        int effaces = jetons.purgerAvant(horloge.instant().minus(CONSERVATION));
        if (effaces > 0) {
            LOG.info("{} jeton(s) de lien à usage unique effacé(s)", effaces);
        }
    }
}
