package fr.predemande.antirobot.internal;

import fr.predemande.antirobot.VerificationAntiRobot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * Défis et vérification au format ALTCHA (v1) : {@code challenge = SHA-256(salt + number)}, {@code signature =
 * HMAC-SHA-256(challenge)}, l'expiration dans le sel ({@code ?expires=}), la réponse en JSON encodé en Base64.
 */
@Service
class DefisAltcha implements VerificationAntiRobot {

    static final String ALGORITHME = "SHA-256";
    private static final Logger LOG = LoggerFactory.getLogger(DefisAltcha.class);
    private static final SecureRandom HASARD = new SecureRandom();

    private final byte[] cle;
    private final int difficulte;
    private final Duration validite;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock horloge;

    DefisAltcha(ReglagesDeLAntiRobot reglages, JdbcClient jdbc, ObjectMapper json, Clock horloge) {
        if (reglages.cleHmac().isBlank()) {
            // hors production seulement : le profil prod exige la clé (plateforme, ControlesDeProduction)
            byte[] aleatoire = new byte[32];
            HASARD.nextBytes(aleatoire);
            this.cle = aleatoire;
        } else {
            this.cle = reglages.cleHmac().getBytes(StandardCharsets.UTF_8);
        }
        this.difficulte = reglages.difficulte();
        this.validite = reglages.validite();
        this.jdbc = jdbc;
        this.json = json;
        this.horloge = horloge;
    }

    Map<String, Object> nouveauDefi() {
        byte[] octets = new byte[12];
        HASARD.nextBytes(octets);
        long expiration = horloge.instant().plus(validite).getEpochSecond();
        String sel = HexFormat.of().formatHex(octets) + "?expires=" + expiration + "&";
        int nombre = HASARD.nextInt(difficulte + 1);
        String defi = sha256(sel + nombre);
        return Map.of(
                "algorithm", ALGORITHME,
                "challenge", defi,
                "maxnumber", difficulte,
                "salt", sel,
                "signature", hmac(defi));
    }

    @Override
    public boolean verifierEtConsommer(String reponse) {
        if (reponse == null || reponse.isBlank() || reponse.length() > 2000) {
            return false;
        }
        try {
            var charge = json.readTree(Base64.getDecoder().decode(reponse.trim()));
            String algorithme = charge.path("algorithm").asString("");
            String defi = charge.path("challenge").asString("");
            String sel = charge.path("salt").asString("");
            String signature = charge.path("signature").asString("");
            long nombre = charge.path("number").asLong(-1);
            if (!ALGORITHME.equals(algorithme) || nombre < 0 || nombre > difficulte) {
                return false;
            }
            Instant expiration = expiration(sel);
            if (expiration == null || !horloge.instant().isBefore(expiration)) {
                return false;
            }
            if (!MessageDigest.isEqual(
                            sha256(sel + nombre).getBytes(StandardCharsets.US_ASCII),
                            defi.getBytes(StandardCharsets.US_ASCII))
                    || !MessageDigest.isEqual(
                            hmac(defi).getBytes(StandardCharsets.US_ASCII),
                            signature.getBytes(StandardCharsets.US_ASCII))) {
                return false;
            }
            // usage unique, vrai aussi entre plusieurs nœuds : la clé primaire tranche
            int inseres = jdbc.sql("insert into defi_antirobot_utilise (signature, expire_le) values (?, ?)"
                            + " on conflict (signature) do nothing")
                    .params(signature, Timestamp.from(expiration))
                    .update();
            return inseres == 1;
        } catch (RuntimeException e) {
            LOG.debug("Réponse anti-robot illisible", e);
            return false;
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "antirobot-purge", lockAtLeastFor = "PT55M", lockAtMostFor = "PT55M")
    void purgerLesDefisExpires() {
        jdbc.sql("delete from defi_antirobot_utilise where expire_le < ?")
                .param(Timestamp.from(horloge.instant()))
                .update();
    }

    private static Instant expiration(String sel) {
        int debut = sel.indexOf("expires=");
        if (debut < 0) {
            return null;
        }
        int fin = sel.indexOf('&', debut);
        String valeur = sel.substring(debut + "expires=".length(), fin < 0 ? sel.length() : fin);
        try {
            return Instant.ofEpochSecond(Long.parseLong(valeur));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String sha256(String texte) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmac(String texte) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cle, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
