package fr.predemande.demande.internal;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Pendant la même fenêtre, {@code banc.sondes} usagers connectés (5) envoient en boucle 16 requêtes triviales
 * ({@code /actuator/health/liveness} avec leur cookie de session), puis attendent une seconde : ce que coûtent, sous la
 * même charge, autant de requêtes authentifiées qu'une pré-demande complète en compte (nouvelle pré-demande, six
 * sections, validation, chacune suivie de sa redirection). Objectif : une pré-demande complète ≤ 2 × ces 16 requêtes.
 *
 * <p>À la fin, le débit des pré-demandes terminées (page de confirmation avec son numéro) sur la fenêtre mesurée, le
 * nombre d'erreurs, la médiane et le 99e centile de la durée d'une pré-demande complète et des 16 requêtes triviales
 * (hors 10 premières secondes), et leur rapport.
 */
public class PreDemandesCompletesSimulation extends Simulation {

    static final boolean CONNEXION_PAR_SOUMISSION = Boolean.getBoolean("banc.connexionParSoumission");
    static final String GROUPE = "pré-demande complète";
    static final String GROUPE_TRIVIAL = "16 requêtes triviales";
    static final int SONDES = Integer.getInteger("banc.sondes", 5);

    private static final AtomicLong DEBUT = new AtomicLong();
    private static final Queue<Long> TERMINEES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger ECHOUEES = new AtomicInteger();
    /** {fin, durée} en millisecondes de chaque pré-demande terminée, et de chaque série de 16 requêtes triviales. */
    private static final Queue<long[]> DUREES = new ConcurrentLinkedQueue<>();

    private static final Queue<long[]> DUREES_TRIVIALES = new ConcurrentLinkedQueue<>();

    ScenarioBuilder usager = scenario("pré-demandes complètes")
            .exec(Parcours.connexionChacunSonTour())
            .exitHereIfFailed()
            .rendezVous(Parcours.UTILISATEURS)
            .exec(session -> {
                DEBUT.compareAndSet(0, System.currentTimeMillis());
                return session;
            })
            .during(Duration.ofSeconds(Parcours.DUREE_SECONDES))
            .on(
                    exec(session -> session.set("debutMs", System.currentTimeMillis())),
                    exitBlockOnFail()
                            .on(group(GROUPE)
                                    .on(
                                            CONNEXION_PAR_SOUMISSION
                                                    ? exec(flushCookieJar()).exec(Parcours.connexion())
                                                    : exec(session -> session),
                                            Parcours.nouveauBrouillon(),
                                            Parcours.sixSections(),
                                            Parcours.validation())),
                    exec(session -> {
                        if (session.isFailed()) {
                            ECHOUEES.incrementAndGet();
                        } else {
                            long maintenant = System.currentTimeMillis();
                            TERMINEES.add(maintenant);
                            DUREES.add(new long[] {maintenant, maintenant - session.getLong("debutMs")});
                        }
                        return session.markAsSucceeded();
                    }));

    /** Mêmes conditions que les usagers : connectés (session en base), pendant leur fenêtre mesurée. */
    ScenarioBuilder sonde = scenario("requêtes triviales authentifiées")
            .exec(Parcours.connexionChacunSonTour())
            .exitHereIfFailed()
            .asLongAs(session -> DEBUT.get() == 0)
            .on(pause(Duration.ofMillis(100)))
            .during(Duration.ofSeconds(Parcours.DUREE_SECONDES))
            .on(
                    exec(session -> session.set("debutMs", System.currentTimeMillis())),
                    exitBlockOnFail()
                            .on(group(GROUPE_TRIVIAL)
                                    .on(repeat(16)
                                            .on(exec(http("requête triviale authentifiée")
                                                    .get("/actuator/health/liveness")
                                                    .header("Accept", "application/json")
                                                    .check(status().is(200)))))),
                    exec(session -> {
                        if (!session.isFailed()) {
                            long maintenant = System.currentTimeMillis();
                            DUREES_TRIVIALES.add(new long[] {maintenant, maintenant - session.getLong("debutMs")});
                        }
                        return session.markAsSucceeded();
                    }),
                    pause(Duration.ofSeconds(1)));

    {
        setUp(
                        usager.injectOpen(
                                rampUsers(Parcours.UTILISATEURS).during(Duration.ofSeconds(Parcours.RAMPE_SECONDES))),
                        sonde.injectOpen(
                                nothingFor(Duration.ofSeconds(Parcours.RAMPE_SECONDES)),
                                rampUsers(SONDES).during(Duration.ofSeconds(5))))
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
        // la boucle dure banc.duree secondes, moins si la limite de temps de la simulation l'a coupée
        long fin = Math.min(debut + Parcours.DUREE_SECONDES * 1000L, System.currentTimeMillis());
        double fenetre = (fin - debut) / 1000.0;
        long chauffe = debut + 10_000L;
        long dansLaFenetre = TERMINEES.stream().filter(t -> t <= fin).count();
        long apresChauffe =
                TERMINEES.stream().filter(t -> t > chauffe && t <= fin).count();
        System.out.printf(
                "%nBanc, pré-demandes complètes (%d usagers%s) :%n",
                Parcours.UTILISATEURS, CONNEXION_PAR_SOUMISSION ? ", une connexion par pré-demande" : "");
        System.out.printf(
                "  terminées : %d (dont %d dans les %.0f s mesurées), échouées : %d%n",
                TERMINEES.size(), dansLaFenetre, fenetre, ECHOUEES.get());
        System.out.printf(
                "  débit tenu : %.1f pré-demandes/s sur %.0f s, %.1f/s hors 10 premières secondes (objectif ≥ 50/s)%n",
                dansLaFenetre / fenetre, fenetre, apresChauffe / Math.max(1, fenetre - 10));
        List<Long> completes = durees(DUREES, chauffe, fin);
        List<Long> triviales = durees(DUREES_TRIVIALES, chauffe, fin);
        System.out.printf(
                "  pré-demande complète (16 requêtes) : médiane %d ms, p99 %d ms (%d mesurées)%n",
                centile(completes, 50), centile(completes, 99), completes.size());
        System.out.printf(
                "  16 requêtes triviales authentifiées : médiane %d ms, p99 %d ms (%d mesurées, %d sondes)%n",
                centile(triviales, 50), centile(triviales, 99), triviales.size(), SONDES);
        if (!triviales.isEmpty() && centile(triviales, 50) > 0) {
            System.out.printf(
                    "  rapport des médianes : %.1f (objectif ≤ 2)%n",
                    (double) centile(completes, 50) / centile(triviales, 50));
        }
        System.out.printf("  charge de la machine (/proc/loadavg) : %s%n", chargeDeLaMachine());
    }

    /** Les durées des séries terminées après la chauffe et dans la fenêtre, triées. */
    private static List<Long> durees(Queue<long[]> mesures, long apres, long avant) {
        List<Long> durees = new ArrayList<>();
        for (long[] mesure : mesures) {
            if (mesure[0] > apres && mesure[0] <= avant) {
                durees.add(mesure[1]);
            }
        }
        durees.sort(null);
        return durees;
    }

    private static long centile(List<Long> triees, int centile) {
        if (triees.isEmpty()) {
            return 0;
        }
        int rang = (int) Math.ceil(centile / 100.0 * triees.size()) - 1;
        return triees.get(Math.max(0, Math.min(rang, triees.size() - 1)));
    }

    private static String chargeDeLaMachine() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException | RuntimeException e) {
            return "inconnue";
        }
    }
}
