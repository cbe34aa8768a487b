package fr.predemande.plateforme.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * L'outbox : un événement dont le traitement a échoué (serveur SMTP indisponible…) reste enregistré et il est
 * relancé jusqu'à réussir. Un seul nœud relance à la fois.
 */
@Component
class RelanceDesEvenements {

    private final IncompleteEventPublications enAttente;
    private final Duration age;

    RelanceDesEvenements(IncompleteEventPublications enAttente, ReglagesDeLaPlateforme reglages) {
        this.enAttente = enAttente;
        this.age = reglages.outbox().ageAvantRelance();
    }

    // une annotation ne lit que l'environnement : la valeur par défaut est dans application.yml
    @Scheduled(fixedDelayString = "${predemande.outbox.intervalle}", initialDelayString = "PT30S")
    @SchedulerLock(name = "outbox-relance", lockAtMostFor = "PT5M")
    void relancer() {
        enAttente.resubmitIncompletePublicationsOlderThan(age);
    }
}
