package fr.predemande.compte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.env.MockEnvironment;

/** Les cookies d'appareil hors HTTP : signature, clé commune aux nœuds, expiration, attributs. */
class AppareilsDeConfianceTest {

    private static final Instant MAINTENANT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void deuxNoeudsDeLaMemeCleReconnaissentLeursCookiesUnAutreNon() {
        var noeudA = appareils(new ReglagesDuCompte("cle-commune"), new MockEnvironment(), MAINTENANT);
        var noeudB = appareils(new ReglagesDuCompte("cle-commune"), new MockEnvironment(), MAINTENANT);
        var ailleurs = appareils(new ReglagesDuCompte("autre-cle"), new MockEnvironment(), MAINTENANT);
        ResponseCookie cookie = noeudA.emettre("camille", false);

        assertThat(noeudB.reconnu("camille", Map.of(cookie.getName(), cookie.getValue())))
                .hasValueSatisfying(appareil -> {
                    assertThat(appareil.identifiant()).isEqualTo("camille");
                    assertThat(appareil.expireLe()).isEqualTo(MAINTENANT.plus(AppareilsDeConfiance.DUREE));
                });
        assertThat(ailleurs.reconnu("camille", Map.of(cookie.getName(), cookie.getValue())))
                .isEmpty();
        // lié à l'identifiant : sous le nom d'un autre, il ne vaut rien
        assertThat(noeudB.reconnu("dominique", Map.of(AppareilsDeConfiance.nom("dominique"), cookie.getValue())))
                .isEmpty();
    }

    @Test
    void sansCleDuCompteLaCleAntiRobotSertEtSansAucuneChaqueDemarrageASaCle() {
        var antiRobot = new MockEnvironment().withProperty("predemande.antirobot.cle-hmac", "cle-des-defis");
        ResponseCookie cookie =
                appareils(new ReglagesDuCompte(""), antiRobot, MAINTENANT).emettre("camille", false);
        assertThat(appareils(new ReglagesDuCompte(""), antiRobot, MAINTENANT)
                        .reconnu("camille", Map.of(cookie.getName(), cookie.getValue())))
                .isPresent();
        // la clé qui signe est dérivée : une signature faite avec la clé anti-robot elle-même ne vaut rien
        String charge = cookie.getValue().substring(0, cookie.getValue().lastIndexOf('.'));
        String signeeAvecLaCleBrute =
                charge + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac("cle-des-defis", charge));
        assertThat(appareils(new ReglagesDuCompte(""), antiRobot, MAINTENANT)
                        .reconnu("camille", Map.of(cookie.getName(), signeeAvecLaCleBrute)))
                .isEmpty();

        ResponseCookie auHasard = appareils(new ReglagesDuCompte(""), new MockEnvironment(), MAINTENANT)
                .emettre("camille", false);
        assertThat(appareils(new ReglagesDuCompte(""), new MockEnvironment(), MAINTENANT)
                        .reconnu("camille", Map.of(auHasard.getName(), auHasard.getValue())))
                .isEmpty();
    }

    @Test
    void unCookieExpireNeVautPlusRien() {
        var reglages = new ReglagesDuCompte("cle-commune");
        ResponseCookie cookie =
                appareils(reglages, new MockEnvironment(), MAINTENANT).emettre("camille", false);
        Instant expiration = MAINTENANT.plus(AppareilsDeConfiance.DUREE);
        assertThat(appareils(reglages, new MockEnvironment(), expiration.minusSeconds(1))
                        .reconnu("camille", Map.of(cookie.getName(), cookie.getValue())))
                .isPresent();
        assertThat(appareils(reglages, new MockEnvironment(), expiration)
                        .reconnu("camille", Map.of(cookie.getName(), cookie.getValue())))
                .isEmpty();
    }

    @Test
    void leCookieEstHttpOnlyLaxLimiteALaConnexionEtSecureEnProduction() {
        ResponseCookie enHttp = appareils(new ReglagesDuCompte("k"), new MockEnvironment(), MAINTENANT)
                .emettre("camille", false);
        assertThat(enHttp.isHttpOnly()).isTrue();
        assertThat(enHttp.getSameSite()).isEqualTo("Lax");
        assertThat(enHttp.getPath()).isEqualTo("/connexion");
        assertThat(enHttp.getMaxAge()).isEqualTo(Duration.ofDays(180));
        assertThat(enHttp.isSecure()).isFalse();
        // derrière un proxy https qui le dit, ou en production (cookie de session « secure ») même s'il ne dit rien
        assertThat(appareils(new ReglagesDuCompte("k"), new MockEnvironment(), MAINTENANT)
                        .emettre("camille", true)
                        .isSecure())
                .isTrue();
        var production = new MockEnvironment().withProperty("server.servlet.session.cookie.secure", "true");
        assertThat(appareils(new ReglagesDuCompte("k"), production, MAINTENANT)
                        .emettre("camille", false)
                        .isSecure())
                .isTrue();
    }

    @Test
    void lesAttentesDoublentJusquACinqMinutes() {
        assertThat(IntStream.rangeClosed(1, 13)
                        .mapToObj(AttentesDeConnexion::attenteApres)
                        .map(Duration::toSeconds))
                .containsExactly(0L, 0L, 0L, 0L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
        assertThat(AttentesDeConnexion.attenteApres(Integer.MAX_VALUE)).isEqualTo(AttentesDeConnexion.ATTENTE_MAXIMALE);
    }

    private static byte[] hmac(String cle, String texte) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cle.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(texte.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AppareilsDeConfiance appareils(
            ReglagesDuCompte reglages, MockEnvironment environnement, Instant maintenant) {
        // lire et émettre ne touchent pas la base
        return new AppareilsDeConfiance(reglages, environnement, null, Clock.fixed(maintenant, ZoneOffset.UTC));
    }
}
