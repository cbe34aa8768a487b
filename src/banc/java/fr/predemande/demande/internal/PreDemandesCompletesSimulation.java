package fr.predemande.demande.internal;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pré-demandes complètes par seconde, tenues dans la durée (objectif : ≥ 50 par seconde).
 *
 * <p>{@code banc.utilisateurs} usagers virtuels (50) se connectent (hors mesure), se retrouvent (rendez-vous), puis
 * pendant {@code banc.duree} secondes enchaînent sans pause des pré-demandes entières comme un navigateur : nouvelle
 * pré-demande, les six sections avec des réponses valables (chaque redirection suivie : page de la section suivante,
 * puis vérification), validation et page de confirmation. C'est la capacité de l'application : le débit qu'elle
 * soutient quand la demande la dépasse.
 *
 * <p>{@code banc.connexionParSoumission=true} : chaque pré-demande commence par une connexion (nouvelle session,
 * Argon2id), pour voir ce qu'elle coûte au débit.
 *
 * <p>À la fin, le débit des pré-demandes terminées (page de confirmation avec son numéro) sur la fenêtre mesurée et
 * le nombre d'erreurs.
 */
public class PreDemandesCompletesSimulation extends Simulation {

    static final boolean CONNEXION_PAR_SOUMISSION = Boolean.getBoolean("banc.connexionParSoumission");
    static final String GROUPE = "pré-demande complète";

    private static final AtomicLong DEBUT = new AtomicLong();
    private static final Queue<Long> TERMINEES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger ECHOUEES = new AtomicInteger();

    ScenarioBuilder usager = scenario("pré-demandes complètes")
            .exec(Parcours.connexion())
            .exitHereIfFailed()
            .rendezVous(Parcours.UTILISATEURS)
            .exec(session -> {
                DEBUT.compareAndSet(0, System.currentTimeMillis());
                return session;
            })
            .during(Duration.ofSeconds(Parcours.DUREE_SECONDES)).on(
                    exitBlockOnFail().on(group(GROUPE).on(
                            CONNEXION_PAR_SOUMISSION ? exec(flushCookieJar()).exec(Parcours.connexion()) : exec(session -> session),
                            Parcours.nouveauBrouillon(),
                            Parcours.sixSections(),
                            Parcours.validation())),
                    exec(session -> {
                        if (session.isFailed()) {
                            ECHOUEES.incrementAndGet();
                        } else {
                            TERMINEES.add(System.currentTimeMillis());
                        }
                        return session.markAsSucceeded();
                    }));

    {
        setUp(usager.injectOpen(rampUsers(Parcours.UTILISATEURS).during(Duration.ofSeconds(10))))
                .protocols(Parcours.protocole())
                .maxDuration(Duration.ofSeconds(Parcours.DUREE_MAXIMALE_SECONDES));
    }

    @Override
    public void after() {
        long debut = DEBUT.get();
        if (debut == 0) {
            System.out.println("Banc : aucune pré-demande commencée (connexions échouées ?)");
            return;
        }
        // la boucle dure banc.duree secondes, moins si la limite de 90 s de la simulation l'a coupée
        long fin = Math.min(debut + Parcours.DUREE_SECONDES * 1000L, System.currentTimeMillis());
        double fenetre = (fin - debut) / 1000.0;
        long chauffe = debut + 10_000L;
        long dansLaFenetre = TERMINEES.stream().filter(t -> t <= fin).count();
        long apresChauffe = TERMINEES.stream().filter(t -> t > chauffe && t <= fin).count();
        System.out.printf("%nBanc, pré-demandes complètes (%d usagers%s) :%n", Parcours.UTILISATEURS,
                CONNEXION_PAR_SOUMISSION ? ", une connexion par pré-demande" : "");
        System.out.printf("  terminées : %d (dont %d dans les %.0f s mesurées), échouées : %d%n",
                TERMINEES.size(), dansLaFenetre, fenetre, ECHOUEES.get());
        System.out.printf("  débit tenu : %.1f pré-demandes/s sur %.0f s, %.1f/s hors 10 premières secondes (objectif ≥ 50/s)%n",
                dansLaFenetre / fenetre, fenetre, apresChauffe / Math.max(1, fenetre - 10));
    }
}
