package fr.predemande.plateforme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Les sessions restent en PostgreSQL, mais une requête connectée qui ne change pas sa session ne l'écrit pas :
 * l'heure du dernier accès n'est récrite qu'une fois l'intervalle passé (une minute), et une session inactive expire
 * toujours à l'heure. Sondes, ressources statiques et lien du QR code ne lisent aucune session, même quand le
 * navigateur en présente une. Par le vrai serveur HTTP, la vraie base.
 */
class SessionsHttpTest extends ApplicationEnTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry metriques;

    private String cookie;
    private String idDeSession;

    /** Un usager connecté ; la première page après la connexion écrit son jeton CSRF neuf, une fois. */
    @BeforeEach
    void usagerConnecte() throws Exception {
        cookie = connecter(compteActive()).getValue();
        idDeSession = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        assertThat(get("/compte").statusCode()).isEqualTo(200);
    }

    @Test
    void uneRequeteConnecteeEstMesureeUneFoisSansObservationDeChaqueFiltre() throws Exception {
        assertThat(get("/compte").statusCode()).isEqualTo(200);
        assertThat(metriques.find("http.server.requests").timers()).isNotEmpty();
        // Spring Security en ferait une par requête, par filtre et par décision d'accès (web, ObservationsDeLaSecurite)
        assertThat(metriques.find("spring.security.filterchains").timers()).isEmpty();
        assertThat(metriques.find("spring.security.authorizations").timers()).isEmpty();
    }

    @Test
    void vingtPagesConnecteesQuiNeChangentRienNEcriventPasLaSession() throws Exception {
        var avant = ligne();
        double lues = compteur("lectures");
        double ecrites = compteur("ecritures");

        for (int i = 0; i < 10; i++) {
            assertThat(get("/compte").statusCode()).isEqualTo(200);
            assertThat(get("/demandes").statusCode()).isEqualTo(200);
        }

        assertThat(compteur("lectures") - lues).as("sessions lues").isEqualTo(20);
        assertThat(compteur("ecritures") - ecrites).as("sessions écrites").isZero();
        assertThat(ligne()).as("la ligne de spring_session").isEqualTo(avant);
    }

    @Test
    void lIntervallePasseLaRequeteSuivanteRecritLHeureDuDernierAccesPuisPlusRienPendantUnIntervalle() throws Exception {
        reculer(Duration.ofSeconds(61));
        double ecrites = compteur("ecritures");
        long justeAvant = System.currentTimeMillis();

        assertThat(get("/compte").statusCode()).isEqualTo(200);

        var recrite = ligne();
        assertThat(recrite.get("last_access_time")).isBetween(justeAvant, System.currentTimeMillis());
        assertThat(recrite.get("expiry_time"))
                .isEqualTo(recrite.get("last_access_time") + 1000 * recrite.get("max_inactive_interval"));
        assertThat(compteur("ecritures") - ecrites).isEqualTo(1);

        assertThat(get("/demandes").statusCode()).isEqualTo(200);
        assertThat(ligne()).isEqualTo(recrite);
    }

    @Test
    void uneSessionInactiveDepuisLaDureeDesSessionsExpireEtCelleDe29MinutesNon() throws Exception {
        long duree = ligne().get("max_inactive_interval");
        assertThat(duree).as("spring.session.timeout").isEqualTo(30 * 60);

        dernierAccesIlYA(Duration.ofMinutes(29));
        assertThat(get("/compte").statusCode()).isEqualTo(200);
        assertThat(ligne().get("last_access_time")).as("récrite").isGreaterThan(System.currentTimeMillis() - 5_000);

        dernierAccesIlYA(Duration.ofSeconds(duree + 1));
        var expiree = get("/compte");
        assertThat(expiree.statusCode()).isEqualTo(302);
        assertThat(expiree.headers().firstValue("Location"))
                .hasValueSatisfying(adresse -> assertThat(adresse).contains("/connexion"));
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(idDeSession)
                        .query(Integer.class)
                        .single())
                .as("session expirée effacée")
                .isZero();
    }

    @Test
    void sondesRessourcesEtLienDuQrCodeNeLisentNiNEcriventAucuneSessionMemeAvecUnCookie() throws Exception {
        double lues = compteur("lectures");
        double ecrites = compteur("ecritures");
        var avant = ligne();

        for (String chemin : new String[] {
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/actuator/health",
            "/css/predemande.css",
            "/js/predemande.js",
            "/dsfr/dsfr.min.css",
            "/favicon.ico"
        }) {
            var reponse = get(chemin);
            assertThat(reponse.statusCode()).as(chemin).isLessThan(500);
            assertThat(reponse.headers().allValues("Set-Cookie"))
                    .as("cookies posés par " + chemin)
                    .isEmpty();
        }
        assertThat(get("/css/predemande.css").statusCode()).isEqualTo(200);
        var lien = get("/p/0000000000");
        assertThat(lien.statusCode()).isEqualTo(302);
        assertThat(lien.headers().firstValue("Location"))
                .hasValueSatisfying(adresse -> assertThat(adresse).endsWith("/p/0000000000/suite"));
        assertThat(lien.headers().allValues("Set-Cookie")).isEmpty();

        assertThat(compteur("lectures") - lues).as("sessions lues").isZero();
        assertThat(compteur("ecritures") - ecrites).as("sessions écrites").isZero();
        assertThat(ligne()).isEqualTo(avant);

        // la suite du lien, elle, lit la session (et le compteur le voit)
        assertThat(get("/p/0000000000/suite").statusCode()).isEqualTo(200);
        assertThat(compteur("lectures") - lues).isEqualTo(1);
    }

    @Test
    void sansCookieLeLienDuQrCodeMontreLaPageNeutreSansDetour() throws Exception {
        var reponse = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/p/0000000000"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).isEqualTo(200);
        assertThat(reponse.headers().allValues("Set-Cookie")).isEmpty();
    }

    private HttpResponse<String> get(String chemin) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url(chemin)))
                        .header("Cookie", "SESSION=" + cookie)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double compteur(String nom) {
        return metriques.counter("predemande.sessions." + nom).count();
    }

    private Map<String, Long> ligne() {
        return jdbc.sql(
                        "select last_access_time, expiry_time, max_inactive_interval from spring_session where session_id = ?")
                .param(idDeSession)
                .query((resultat, rang) -> Map.of(
                        "last_access_time",
                        resultat.getLong(1),
                        "expiry_time",
                        resultat.getLong(2),
                        "max_inactive_interval",
                        resultat.getLong(3)))
                .single();
    }

    /** Le temps passe : la session a été écrite pour la dernière fois il y a {@code duree} de plus. */
    private void reculer(Duration duree) {
        jdbc.sql(
                        "update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? where session_id = ?")
                .param(duree.toMillis())
                .param(duree.toMillis())
                .param(idDeSession)
                .update();
    }

    private void dernierAccesIlYA(Duration duree) {
        long dernier = System.currentTimeMillis() - duree.toMillis();
        jdbc.sql(
                        "update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 where session_id = ?")
                .param(dernier)
                .param(dernier)
                .param(idDeSession)
                .update();
    }
}
