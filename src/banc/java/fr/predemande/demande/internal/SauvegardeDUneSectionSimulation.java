package fr.predemande.demande.internal;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Enregistrer une section à 50 usagers simultanés (objectif : p99 ≤ 50 ms).
 *
 * <p>Chaque usager virtuel se connecte et crée son brouillon (hors mesure), attend les autres (rendez-vous), puis
 * pendant {@code banc.duree} secondes enregistre ses sections l'une après l'autre, en boucle, avec des réponses
 * valables. Seul l'envoi du formulaire est mesuré (« enregistrer une section », redirection non suivie : la page
 * suivante n'en fait pas partie). Entre deux envois, un temps de réflexion tiré entre 0,5 et 1,5 fois
 * {@code banc.pauseMs} (1 000 ms par défaut ; 0 : aucune pause, l'application est alors saturée et la mesure donne
 * sa capacité plutôt que le temps de réponse à 50 usagers).
 */
public class SauvegardeDUneSectionSimulation extends Simulation {

    static final long PAUSE_MS = Long.getLong("banc.pauseMs", 1000);
    static final String REQUETE = "enregistrer une section";

    ScenarioBuilder usager = scenario("sauvegarde d'une section")
            .exec(Parcours.connexionChacunSonTour(), Parcours.nouveauBrouillon())
            .exitHereIfFailed()
            .rendezVous(Parcours.UTILISATEURS)
            .during(Duration.ofSeconds(Parcours.DUREE_SECONDES), "envoi")
            .on(
                    exec(session -> {
                        // chaque usager commence à une section différente, puis les enchaîne
                        int rang = (int) ((session.userId() + session.getInt("envoi")) % Parcours.SECTIONS.size());
                        String chemin = Parcours.SECTIONS.get(rang);
                        return session.set("section", chemin).set("reponses", Parcours.reponses(chemin));
                    }),
                    pause(session -> Duration.ofMillis(
                            PAUSE_MS == 0
                                    ? 0
                                    : ThreadLocalRandom.current().nextLong(PAUSE_MS / 2, PAUSE_MS * 3 / 2 + 1))),
                    exec(http(REQUETE)
                            .post("/demandes/#{id}/#{section}")
                            .formParamMap(session -> session.getMap("reponses"))
                            .formParam("_csrf", "#{csrf}")
                            .disableFollowRedirect()
                            // 302 vers la section suivante : enregistrée et valable (200 = formulaire en erreur)
                            .check(
                                    status().is(302),
                                    header("Location")
                                            .transform(l -> l.contains("/demandes/"))
                                            .is(true))));

    {
        setUp(usager.injectOpen(rampUsers(Parcours.UTILISATEURS).during(Duration.ofSeconds(Parcours.RAMPE_SECONDES))))
                .protocols(Parcours.protocole())
                .maxDuration(Duration.ofSeconds(Parcours.DUREE_MAXIMALE_SECONDES))
                .assertions(
                        details(REQUETE).responseTime().percentile(99.0).lte(50),
                        details(REQUETE).failedRequests().count().is(0L));
    }
}
