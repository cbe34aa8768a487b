package fr.predemande.demande.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chaque nuit, les pré-demandes non utilisées au bout de 6 mois passent à « expirée » et leurs données personnelles
 * sont effacées (DOMAIN §8). Un seul nœud l'exécute (ShedLock).
 */
@Component
class PurgeDesPreDemandes {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeDesPreDemandes.class);
    private final PreDemandeRepository depot;
    private final Clock horloge;

    PurgeDesPreDemandes(PreDemandeRepository depot, Clock horloge) {
        this.depot = depot;
        this.horloge = horloge;
    }

    // une annotation ne lit que l'environnement : l'heure par défaut est dans application.yml ; la nuit est celle de Paris
    @Scheduled(cron = "${predemande.purge.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = "purge-pre-demandes", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional
    public void purger() {
        int purgees = depot.expirerEtPurger(horloge.instant());
        if (purgees > 0) {
            LOG.info("{} pré-demande(s) expirée(s) et purgée(s)", purgees);
        }
    }
}
