package fr.predemande.antirobot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ReponseAntiRobot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** Le contrôle anti-robot : une réponse juste passe une fois ; fausse, falsifiée ou expirée, jamais. */
@SpringBootTest
class DefisAltchaTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    private final MutableClock horloge = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

    private DefisAltcha defis(String cle) {
        return new DefisAltcha(new ReglagesDeLAntiRobot(cle, 1000, Duration.ofMinutes(10)), jdbc, json, horloge);
    }

    private String defiJson(DefisAltcha defis) {
        return json.writeValueAsString(defis.nouveauDefi());
    }

    @Test
    void uneReponseJusteEstAccepteeUneSeuleFois() {
        var defis = defis("cle-de-test");
        String reponse = ReponseAntiRobot.resoudre(defiJson(defis));
        assertThat(defis.verifierEtConsommer(reponse)).isTrue();
        assertThat(defis.verifierEtConsommer(reponse)).isFalse();
    }

    @Test
    void uneReponseExpireeEstRefusee() {
        var defis = defis("cle-de-test");
        String reponse = ReponseAntiRobot.resoudre(defiJson(defis));
        horloge.avancer(Duration.ofMinutes(11));
        assertThat(defis.verifierEtConsommer(reponse)).isFalse();
    }

    @Test
    void unDefiSigneParUneAutreCleEstRefuse() {
        String reponse = ReponseAntiRobot.resoudre(defiJson(defis("autre-cle")));
        assertThat(defis("cle-de-test").verifierEtConsommer(reponse)).isFalse();
    }

    @Test
    void unNombreFauxOuUneChargeIlliseibleSontRefuses() {
        var defis = defis("cle-de-test");
        String reponse = ReponseAntiRobot.resoudre(defiJson(defis));
        @SuppressWarnings("unchecked")
        Map<String, Object> charge = json.readValue(Base64.getDecoder().decode(reponse), Map.class);
        charge.put("number", ((Number) charge.get("number")).intValue() + 1);
        String falsifiee = Base64.getEncoder()
                .encodeToString(json.writeValueAsString(charge).getBytes(StandardCharsets.UTF_8));
        assertThat(defis.verifierEtConsommer(falsifiee)).isFalse();
        assertThat(defis.verifierEtConsommer("pas du base64 !")).isFalse();
        assertThat(defis.verifierEtConsommer(null)).isFalse();
        assertThat(defis.verifierEtConsommer(reponse)).isTrue();
    }

    @Test
    void leSelPorteLExpirationDansLeFormatAltcha() {
        var defi = defis("cle-de-test").nouveauDefi();
        assertThat(defi).containsKeys("algorithm", "challenge", "maxnumber", "salt", "signature");
        assertThat(defi.get("algorithm")).isEqualTo("SHA-256");
        assertThat((String) defi.get("salt"))
                .contains("?expires="
                        + horloge.instant().plus(Duration.ofMinutes(10)).getEpochSecond());
    }

    static final class MutableClock extends Clock {
        private Instant maintenant;

        MutableClock(Instant depart) {
            this.maintenant = depart;
        }

        void avancer(Duration duree) {
            maintenant = maintenant.plus(duree);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return maintenant;
        }
    }
}
