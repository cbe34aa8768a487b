package fr.predemande.plateforme.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Les sessions expirées sont effacées chaque minute par un seul nœud : Spring Session le ferait sur chacun à la même
 * seconde (sa purge est coupée, {@code spring.session.jdbc.cleanup-cron: "-"}), N suppressions concurrentes des mêmes
 * lignes. Une session expirée mais pas encore effacée n'est de toute façon plus lue comme valable.
 */
@Component
class NettoyageDesSessions {

    private final JdbcIndexedSessionRepository sessions;

    NettoyageDesSessions(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "0 * * * * *")
    @SchedulerLock(name = "sessions-expirees", lockAtLeastFor = "PT50S", lockAtMostFor = "PT5M")
    void nettoyer() {
        sessions.cleanUpExpiredSessions();
    }
}
