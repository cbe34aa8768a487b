package fr.predemande.demande.internal;

import fr.predemande.plateforme.TraitementsLongs;
import java.time.Clock;
import java.time.Duration;
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
    /** Le temps laissé à la purge, aussi long que le verrou qui empêche un autre nœud de la lancer en même temps. */
    static final Duration DUREE_MAX = Duration.ofMinutes(30);

    private final PreDemandeRepository depot;
    private final Clock horloge;
    private final TraitementsLongs traitementsLongs;

    PurgeDesPreDemandes(PreDemandeRepository depot, Clock horloge, TraitementsLongs traitementsLongs) {
        this.depot = depot;
        this.horloge = horloge;
        this.traitementsLongs = traitementsLongs;
    }

    // une annotation ne lit que l'environnement : l'heure par défaut est dans application.yml ; la nuit est celle de
    // Paris
    @Scheduled(cron = "${predemande.purge.cron}", zone = "Europe/Paris")
    @SchedulerLock(name = "purge-pre-demandes", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional
    public void purger() {
        // des mois d'expirations d'un coup après une interruption : plus que les quelques secondes d'une page
        traitementsLongs.prolongerLaTransaction(DUREE_MAX);
        int purgees = depot.expirerEtPurger(horloge.instant());
        if (purgees > 0) {
            LOG.info("{} pré-demande(s) expirée(s) et purgée(s)", purgees);
        }
    }
}
