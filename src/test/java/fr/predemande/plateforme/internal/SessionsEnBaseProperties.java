package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.SessionRepository;

/**
 * Les sessions en base ne sont écrites que si elles changent, l'heure du dernier accès au plus une fois par intervalle ;
 * celle qui est en base ne retarde jamais d'un intervalle ou plus sur la dernière requête, ni ne la dépasse.
 */
class SessionsEnBaseProperties {

    static final Duration INTERVALLE = Duration.ofMinutes(1);
    static final Duration INACTIVITE = Duration.ofMinutes(30);
    /** Maintenant : la map de Spring Session juge l'expiration à l'heure réelle. */
    static final Instant DEBUT = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** Le dépôt « en base » : une map, qui compte ses écritures. */
    static final class BaseComptee implements SessionRepository<MapSession> {

        final MapSessionRepository map = new MapSessionRepository(new ConcurrentHashMap<>());
        int ecritures;

        BaseComptee() {
            map.setDefaultMaxInactiveInterval(INACTIVITE);
        }

        @Override
        public MapSession createSession() {
            return map.createSession();
        }

        @Override
        public void save(MapSession session) {
            ecritures++;
            map.save(session);
        }

        @Override
        public MapSession findById(String id) {
            return map.findById(id);
        }

        @Override
        public void deleteById(String id) {
            map.deleteById(id);
        }

        Instant dernierAccesEcrit(String id) {
            return map.findById(id).getLastAccessedTime();
        }
    }

    private final BaseComptee base = new BaseComptee();
    private final SessionsEnBase sessions = new SessionsEnBase(base, INTERVALLE, new SimpleMeterRegistry());

    /** Ce que fait le filtre de Spring Session à chaque requête : lire, noter l'heure, enregistrer. */
    private SessionsEnBase.SessionLue requete(String id, Instant heure) {
        var session = sessions.findById(id);
        session.setLastAccessedTime(heure);
        sessions.save(session);
        return session;
    }

    private String sessionCreeeA(Instant heure) {
        var session = sessions.createSession();
        session.setLastAccessedTime(heure);
        sessions.save(session);
        return session.getId();
    }

    @Test
    void lesRequetesDUneMinuteNEcriventRienPuisLaSuivanteEcritLHeure() {
        String id = sessionCreeeA(DEBUT);
        assertThat(base.ecritures).as("création").isEqualTo(1);

        for (int seconde = 1; seconde < 60; seconde += 7) {
            requete(id, DEBUT.plusSeconds(seconde));
        }
        assertThat(base.ecritures).as("requêtes de la première minute").isEqualTo(1);
        assertThat(base.dernierAccesEcrit(id)).isEqualTo(DEBUT);

        requete(id, DEBUT.plusSeconds(60));
        assertThat(base.ecritures).isEqualTo(2);
        assertThat(base.dernierAccesEcrit(id)).isEqualTo(DEBUT.plusSeconds(60));
    }

    @Test
    void unChangementDAttributOuDIdentifiantEstToujoursEcrit() {
        String id = sessionCreeeA(DEBUT);
        var session = sessions.findById(id);
        session.setLastAccessedTime(DEBUT.plusSeconds(1));
        session.setAttribute("poste", "Guichet 1");
        sessions.save(session);
        assertThat(base.ecritures).isEqualTo(2);
        assertThat(base.findById(id).<String>getAttribute("poste")).isEqualTo("Guichet 1");
        assertThat(base.dernierAccesEcrit(id))
                .as("l'heure, elle, attend l'intervalle")
                .isEqualTo(DEBUT);

        session = sessions.findById(id);
        String nouveau = session.changeSessionId();
        sessions.save(session);
        assertThat(base.ecritures).isEqualTo(3);
        assertThat(base.findById(nouveau)).isNotNull();
    }

    @Test
    void retirerUnAttributAbsentOuRedonnerLaMemeDureeNeCouteRien() {
        String id = sessionCreeeA(DEBUT);
        var session = sessions.findById(id);
        session.removeAttribute("jamais-pose");
        session.setMaxInactiveInterval(INACTIVITE);
        sessions.save(session);
        assertThat(base.ecritures).isEqualTo(1);
    }

    @Test
    void uneHeureEnArriereNeFaitPasReculerCelleDeLaBase() {
        String id = sessionCreeeA(DEBUT);
        requete(id, DEBUT.minus(Duration.ofMinutes(5)));
        assertThat(base.dernierAccesEcrit(id)).isEqualTo(DEBUT);
        assertThat(base.ecritures).isEqualTo(1);
    }

    /**
     * Des requêtes espacées au hasard (de 0 à 3 intervalles) : après chacune, l'heure en base est au plus un intervalle
     * (exclu) avant la requête, jamais après ; donc la session expire entre 29 et 30 minutes après la dernière requête.
     * Et il n'y a jamais plus d'une écriture par intervalle.
     */
    @Test
    void lHeureEnBaseSuitLaDerniereRequeteAMoinsDUnIntervalle() {
        qt().forAll(lists().of(integers().between(0, 3 * 60_000)).ofSizeBetween(1, 200))
                .checkAssert(ecarts -> {
                    var base = new BaseComptee();
                    var sessions = new SessionsEnBase(base, INTERVALLE, new SimpleMeterRegistry());
                    var creee = sessions.createSession();
                    creee.setLastAccessedTime(DEBUT);
                    sessions.save(creee);
                    Instant heure = DEBUT;
                    for (int ecart : ecarts) {
                        heure = heure.plusMillis(ecart);
                        var session = sessions.findById(creee.getId());
                        assertThat(session)
                                .as("session lue %s après la précédente requête", Duration.ofMillis(ecart))
                                .isNotNull();
                        session.setLastAccessedTime(heure);
                        sessions.save(session);
                        Instant ecrite = base.dernierAccesEcrit(creee.getId());
                        assertThat(ecrite).isBeforeOrEqualTo(heure).isAfter(heure.minus(INTERVALLE));
                    }
                    long duree = Duration.between(DEBUT, heure).toMillis();
                    assertThat(base.ecritures).isLessThanOrEqualTo(1 + (int) (duree / INTERVALLE.toMillis()));
                });
    }

    @Test
    void pendantUneRequeteUneSessionLueNEstPasRelueSaufEffacee() throws Exception {
        String id = sessionCreeeA(DEBUT);
        var metriques = new SimpleMeterRegistry();
        var comptees = new SessionsEnBase(base, INTERVALLE, metriques);
        comptees.pendantLaRequete(() -> {
            var lue = comptees.findById(id);
            assertThat(comptees.findById(id)).isSameAs(lue);
            comptees.deleteById(id);
            assertThat(comptees.findById(id)).isNull();
        });
        assertThat(metriques.counter("predemande.sessions.lectures").count()).isEqualTo(2);

        String autre = sessionCreeeA(DEBUT);
        comptees.findById(autre);
        comptees.findById(autre);
        assertThat(metriques.counter("predemande.sessions.lectures").count())
                .as("hors requête, chaque lecture compte")
                .isEqualTo(4);
    }

    @Test
    void lesLecturesEtLesEcrituresSontComptees() {
        var metriques = new SimpleMeterRegistry();
        var comptees = new SessionsEnBase(base, INTERVALLE, metriques);
        var session = comptees.createSession();
        session.setLastAccessedTime(DEBUT);
        comptees.save(session);
        for (int i = 1; i <= 3; i++) {
            var lue = comptees.findById(session.getId());
            lue.setLastAccessedTime(DEBUT.plusSeconds(i));
            comptees.save(lue);
        }
        assertThat(metriques.counter("predemande.sessions.lectures").count()).isEqualTo(3);
        assertThat(metriques.counter("predemande.sessions.ecritures").count()).isEqualTo(1);
    }
}
