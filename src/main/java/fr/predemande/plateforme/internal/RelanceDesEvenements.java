package fr.predemande.plateforme.internal;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * L'outbox : un événement dont le traitement a échoué (serveur SMTP indisponible…) reste enregistré et il est
 * relancé jusqu'à réussir. Un seul nœud relance à la fois, et une fois par intervalle tous nœuds confondus : le verrou
 * est gardé 50 s au moins (l'intervalle par défaut est d'une minute). Ce verrou est ce qui empêche un double envoi :
 * Spring Modulith marque bien chaque événement relancé ({@code status = 'RESUBMITTED'}) avant de le relancer, mais
 * l'écouteur le marque aussitôt « en cours » ({@code PROCESSING}), et une seconde relance pourrait alors le reprendre.
 *
 * <p>C'est aussi la relance après un redémarrage : celle de Spring Modulith au démarrage est coupée
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}), parce qu'elle reprend tous les événements
 * non terminés, sans âge minimal, y compris ceux qu'un autre nœud est en train d'envoyer.
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
    @SchedulerLock(name = "outbox-relance", lockAtLeastFor = "PT50S", lockAtMostFor = "PT5M")
    void relancer() {
        enAttente.resubmitIncompletePublicationsOlderThan(age);
    }
}
