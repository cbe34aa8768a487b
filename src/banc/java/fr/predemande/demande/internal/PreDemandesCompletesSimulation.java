package fr.predemande.demande.internal;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import fr.predemande.recueil.internal.TempsCpu;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pré-demandes complètes par seconde, tenues dans la durée (objectif : ≥ 50 par seconde), et ce qu'elles coûtent
 * au regard de requêtes authentifiées triviales, mesurées dans le même passage (objectif : les 16 requêtes d'une
 * pré-demande complète coûtent au plus deux fois 16 requêtes triviales).
 *
 * <p>{@code banc.utilisateurs} usagers virtuels (50) se connectent (hors mesure) et se retrouvent (rendez-vous), puis
 * chauffent l'application {@code banc.chauffe} secondes (60, réglage commun du profil Maven) en faisant ce qui sera
 * mesuré. Puis deux phases de {@code banc.duree} secondes, l'une après l'autre, chacun gardant sa session :
 *
 * <ol>
 *   <li><b>pré-demandes complètes</b>, sans pause, comme un navigateur : nouvelle pré-demande, les six sections avec
 *       des réponses valables (chaque redirection suivie : page de la section suivante, puis vérification), validation
 *       et page de confirmation, soit 16 requêtes. C'est la capacité de l'application : le débit qu'elle soutient quand
 *       la demande la dépasse. La phase compte jusqu'à ce que l'application ait fini ce que les validations lui ont
 *       laissé après la réponse (récapitulatif PDF, courriel et SMS par l'outbox) : chaque usager attend le
 *       récapitulatif de sa dernière pré-demande (au plus {@code banc.vidange} secondes, 600), et le débit tenu est
 *       compté jusque-là ;
 *   <li><b>requêtes triviales authentifiées</b>, sans pause : {@code GET /cgu} avec le cookie de session, la page la
 *       plus légère de l'espace usager (session lue dans PostgreSQL, chaîne de sécurité, petite page Thymeleaf, aucune
 *       requête métier), le pendant de {@code GET /mairie/recueil} au banc du poste.
 * </ol>
 *
 * <p>Le rapport des coûts : (requêtes triviales par seconde ÷ 16) ÷ pré-demandes par seconde, puis le même par le temps
 * CPU de l'application et de son PostgreSQL quand {@code banc.pidApplication} et {@code banc.donneesPostgres} sont
 * donnés (voir {@link TempsCpu}). {@code banc.connexionParSoumission=true} : chaque pré-demande commence par une
 * connexion (nouvelle session, Argon2id), pour voir ce qu'elle coûte au débit.
 */
public class PreDemandesCompletesSimulation extends Simulation {

    static final boolean CONNEXION_PAR_SOUMISSION = Boolean.getBoolean("banc.connexionParSoumission");
    static final String GROUPE = "pré-demande complète";
    static final int REQUETES_PAR_PRE_DEMANDE = 16;
    /** Au plus ce temps (s) pour que les récapitulatifs en attente soient faits après la phase. */
    static final int VIDANGE_SECONDES = Integer.getInteger("banc.vidange", 600);

    static final String PAGE_TRIVIALE = "/cgu";
    /** Le JIT met quelques minutes à tout compiler : un premier passage mesuré coûte deux à trois fois le suivant. */
    static final int CHAUFFE_SECONDES = Integer.getInteger("banc.chauffe", 60);

    /** Une phase mesurée : sa fenêtre, ses réussites (fin, durée), ses échecs, le CPU et la charge à ses bornes. */
    static final class Phase {
        final String nom;
        final Queue<long[]> reussies = new ConcurrentLinkedQueue<>();
        final AtomicInteger echouees = new AtomicInteger();
        final AtomicReference<Borne> debut = new AtomicReference<>();
        final AtomicReference<Borne> finDesRequetes = new AtomicReference<>();
        final AtomicReference<Borne> fin = new AtomicReference<>();

        Phase(String nom) {
            this.nom = nom;
        }

        double secondes() {
            return (finDesRequetes.get().instant - debut.get().instant) / 1000.0;
        }

        double debit() {
            return reussies.size() / secondes();
        }

        /** Réussies par seconde, de son début jusqu'à ce que le travail laissé après les réponses soit fait. */
        double debitJusquALaFin() {
            return reussies.size() / ((fin.get().instant - debut.get().instant) / 1000.0);
        }

        /** Millisecondes de CPU (application + PostgreSQL) par réussite, de son début à sa fin ; -1 sans relevé. */
        double cpuParReussite() {
            TempsCpu.Releve avant = debut.get().cpu;
            TempsCpu.Releve apres = fin.get().cpu;
            if (avant.application() < 0 || avant.postgres() < 0 || reussies.isEmpty()) {
                return -1;
            }
            return (apres.application() - avant.application() + apres.postgres() - avant.postgres())
                    / (double) reussies.size();
        }

        long centile(int centile) {
            List<Long> durees = new ArrayList<>();
            reussies.forEach(mesure -> durees.add(mesure[1]));
            durees.sort(null);
            if (durees.isEmpty()) {
                return -1;
            }
            int rang = (int) Math.ceil(centile / 100.0 * durees.size()) - 1;
            return durees.get(Math.max(0, Math.min(rang, durees.size() - 1)));
        }
    }

    /** Un instant, le CPU consommé jusque-là et la charge de la machine. */
    record Borne(long instant, TempsCpu.Releve cpu, String charge) {
        static Borne maintenant() {
            return new Borne(System.currentTimeMillis(), TempsCpu.relever(), chargeDeLaMachine());
        }
    }

    static final Phase COMPLETES = new Phase("pré-demandes complètes");
    static final Phase TRIVIALES = new Phase("requêtes triviales (" + PAGE_TRIVIALE + ")");

    ScenarioBuilder usager = scenario("pré-demandes complètes, puis requêtes triviales")
            .exec(Parcours.connexionChacunSonTour())
            .exitHereIfFailed()
            .rendezVous(Parcours.UTILISATEURS)
            .during(Duration.ofSeconds(CHAUFFE_SECONDES))
            .on(exitBlockOnFail()
                    .on(
                            Parcours.nouveauBrouillon(),
                            Parcours.sixSections(),
                            Parcours.validation(),
                            trivialeEnChauffe()))
            .exec(session -> session.markAsSucceeded())
            .rendezVous(Parcours.UTILISATEURS)
            .exec(borne(COMPLETES.debut))
            .during(Duration.ofSeconds(Parcours.DUREE_SECONDES))
            .on(mesure(
                    COMPLETES,
                    group(GROUPE)
                            .on(
                                    CONNEXION_PAR_SOUMISSION
                                            ? exec(flushCookieJar()).exec(Parcours.connexion())
                                            : exec(session -> session),
                                    Parcours.nouveauBrouillon(),
                                    Parcours.sixSections(),
                                    Parcours.validation(),
                                    exec(session -> session.set("derniereValidee", session.getString("id"))))))
            .rendezVous(Parcours.UTILISATEURS)
            .exec(borne(COMPLETES.finDesRequetes))
            // chacun attend le récapitulatif de sa dernière pré-demande : ils se font dans l'ordre des validations,
            // donc tous sont faits quand le dernier l'est (le coût de la phase les compte tous)
            // (la boucle s'est arrêtée à l'heure, peut-être au milieu d'une pré-demande : seule la dernière validée
            // compte)
            .exec(session -> session.set("recapitulatif", session.contains("derniereValidee") ? 0 : 200))
            .asLongAs(session -> session.getInt("recapitulatif") != 200
                    && System.currentTimeMillis() - COMPLETES.finDesRequetes.get().instant < VIDANGE_SECONDES * 1000L)
            .on(pause(Duration.ofMillis(500))
                    .exec(http("récapitulatif prêt ?")
                            .get("/demandes/#{derniereValidee}/recapitulatif.pdf")
                            .disableFollowRedirect()
                            .check(status().saveAs("recapitulatif"))))
            .exec(session -> session.markAsSucceeded())
            .rendezVous(Parcours.UTILISATEURS)
            .exec(borne(COMPLETES.fin))
            .exec(borne(TRIVIALES.debut))
            .during(Duration.ofSeconds(Parcours.DUREE_SECONDES))
            .on(mesure(TRIVIALES, exec(triviale())))
            .rendezVous(Parcours.UTILISATEURS)
            .exec(borne(TRIVIALES.finDesRequetes))
            .exec(borne(TRIVIALES.fin));

    {
        setUp(usager.injectOpen(rampUsers(Parcours.UTILISATEURS).during(Duration.ofSeconds(Parcours.RAMPE_SECONDES))))
                .protocols(Parcours.protocole())
                .maxDuration(Duration.ofSeconds(Parcours.DUREE_MAXIMALE_SECONDES
                        + CHAUFFE_SECONDES
                        + Parcours.DUREE_SECONDES
                        + VIDANGE_SECONDES
                        + 60));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder triviale() {
        return http("requête triviale authentifiée").get(PAGE_TRIVIALE).check(status().is(200));
    }

    private static ChainBuilder trivialeEnChauffe() {
        return repeat(REQUETES_PAR_PRE_DEMANDE).on(exec(triviale()));
    }

    /** Le premier usager virtuel qui passe relève la borne ; les autres la trouvent posée. */
    private static ChainBuilder borne(AtomicReference<Borne> borne) {
        return exec(session -> {
            if (borne.get() == null) {
                borne.compareAndSet(null, Borne.maintenant());
            }
            return session;
        });
    }

    /** Une itération de la phase : sa durée si elle a réussi, un échec sinon ; l'usager continue dans les deux cas. */
    private static ChainBuilder mesure(Phase phase, ChainBuilder iteration) {
        return exec(session -> session.set("debutMs", System.currentTimeMillis()))
                .exec(exitBlockOnFail().on(iteration))
                .exec(session -> {
                    if (session.isFailed()) {
                        phase.echouees.incrementAndGet();
                    } else {
                        long maintenant = System.currentTimeMillis();
                        phase.reussies.add(new long[] {maintenant, maintenant - session.getLong("debutMs")});
                    }
                    return session.markAsSucceeded();
                });
    }

    @Override
    public void after() {
        if (COMPLETES.debut.get() == null || TRIVIALES.fin.get() == null) {
            System.out.println("Banc : phases inachevées (connexions échouées, limite de temps ?)");
            return;
        }
        var texte = new StringBuilder();
        texte.append(String.format(
                Locale.ROOT,
                "%nBanc, pré-demandes complètes (%d usagers%s, %d s par phase après %d s de chauffe) :%n",
                Parcours.UTILISATEURS,
                CONNEXION_PAR_SOUMISSION ? ", une connexion par pré-demande" : "",
                Parcours.DUREE_SECONDES,
                CHAUFFE_SECONDES));
        for (Phase phase : List.of(COMPLETES, TRIVIALES)) {
            texte.append(String.format(
                    Locale.ROOT,
                    "  %-36s %6d réussies, %d échouées, %7.1f/s, médiane %d ms, p99 %d ms, CPU appli + pg %s ms"
                            + " chacune, charge %s → %s%n",
                    phase.nom,
                    phase.reussies.size(),
                    phase.echouees.get(),
                    phase.debit(),
                    phase.centile(50),
                    phase.centile(99),
                    phase.cpuParReussite() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", phase.cpuParReussite()),
                    phase.debut.get().charge,
                    phase.fin.get().charge));
        }
        // le débit qui compte est celui qui comprend les récapitulatifs : sinon un arriéré grandissant passerait pour
        // de la capacité
        double rapportDebits =
                TRIVIALES.debit() / REQUETES_PAR_PRE_DEMANDE / Math.max(COMPLETES.debitJusquALaFin(), Double.MIN_VALUE);
        texte.append(String.format(
                Locale.ROOT,
                "  débit tenu : %.1f pré-demandes/s sur la fenêtre des requêtes, %.1f/s jusqu'au dernier récapitulatif"
                        + " (fait %.0f s après la dernière réponse) (objectif ≥ 50/s)%n"
                        + "  une pré-demande complète coûte %.2f fois 16 requêtes triviales, par les débits (objectif ≤ 2)%n",
                COMPLETES.debit(),
                COMPLETES.debitJusquALaFin(),
                (COMPLETES.fin.get().instant - COMPLETES.finDesRequetes.get().instant) / 1000.0,
                rapportDebits));
        if (COMPLETES.cpuParReussite() > 0 && TRIVIALES.cpuParReussite() > 0) {
            texte.append(String.format(
                    Locale.ROOT,
                    "  et %.2f fois, par le CPU de l'application et de PostgreSQL (%.1f ms contre 16 × %.2f ms)%n",
                    COMPLETES.cpuParReussite() / (REQUETES_PAR_PRE_DEMANDE * TRIVIALES.cpuParReussite()),
                    COMPLETES.cpuParReussite(),
                    TRIVIALES.cpuParReussite()));
        }
        System.out.print(texte);
        try {
            Path rapport = Path.of("target", "banc", "pre-demandes-completes-" + System.currentTimeMillis() + ".txt");
            Files.createDirectories(rapport.getParent());
            Files.writeString(rapport, texte);
        } catch (IOException e) {
            System.out.println("Banc : rapport non écrit (" + e.getMessage() + ")");
        }
    }

    private static String chargeDeLaMachine() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
