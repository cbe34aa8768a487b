package fr.predemande.compte.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Les appareils qui se sont déjà connectés à un compte (OWASP, « Slow Down Online Guessing Attacks with Device
 * Cookies ») : après chaque connexion réussie, le navigateur reçoit un cookie signé, lié à l'identifiant. Les essais
 * qui le présentent échappent au frein commun des essais non reconnus (par adresse, par identifiant) : un inconnu
 * peut ralentir les essais non reconnus d'un compte, pas son titulaire sur son appareil habituel. Un échec fait avec
 * ce cookie compte contre lui seul ; au {@value #ECHECS_AVANT_REVOCATION}e, il est révoqué (un cookie volé ne donne
 * pas d'essais sans fin), et l'appareil redevient inconnu.
 *
 * <p>Le cookie : {@code base64url(identifiant|nonce|expiration) "." base64url(HMAC-SHA-256)}, la signature portant sur
 * la première partie telle qu'envoyée. Rien n'est gardé en base à l'émission ; seuls les échecs le sont, par nonce,
 * jusqu'à l'expiration du cookie. Son nom dépend de l'identifiant : deux personnes qui se connectent du même
 * ordinateur de famille y ont chacune le leur.
 */
@Component
class AppareilsDeConfiance {

    /** Le début du nom des cookies d'appareil ; la suite désigne l'identifiant (sans le dire en clair). */
    static final String PREFIXE = "APPAREIL_";
    /** Renouvelé à chaque connexion réussie : un appareil d'usage régulier le reste. */
    static final Duration DUREE = Duration.ofDays(180);

    static final int ECHECS_AVANT_REVOCATION = 5;
    /** Le cookie ne sert qu'à la connexion : il ne part avec aucune autre requête. */
    static final String CHEMIN = "/connexion";

    /** La clé des cookies est dérivée ainsi de la clé configurée : la même clé ne signe jamais deux sortes de choses. */
    private static final String USAGE_DE_LA_CLE = "predemande/compte/cookie-d-appareil/v1";

    private static final String HMAC = "HmacSHA256";
    private static final int LONGUEUR_MAX = 300;
    private static final SecureRandom HASARD = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    /** Un appareil reconnu : le cookie est le nôtre, pour cet identifiant, et n'a pas expiré. */
    record Appareil(String identifiant, String nonce, Instant expireLe) {}

    private final SecretKeySpec cle;
    private final boolean toujoursSecurise;
    private final JdbcClient jdbc;
    private final Clock horloge;

    AppareilsDeConfiance(ReglagesDuCompte reglages, Environment environnement, JdbcClient jdbc, Clock horloge) {
        this.cle = new SecretKeySpec(
                hmac(
                        new SecretKeySpec(secret(reglages, environnement), HMAC),
                        USAGE_DE_LA_CLE.getBytes(StandardCharsets.UTF_8)),
                HMAC);
        // comme le cookie de session : « secure » en production (application-prod.yml), même si le proxy ne dit rien
        this.toujoursSecurise = environnement.getProperty("server.servlet.session.cookie.secure", Boolean.class, false);
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    /**
     * La clé propre au compte, sinon celle de l'anti-robot, lue par son nom comme le fait la plateforme pour ses
     * contrôles de production (le compte n'a pas à dépendre du module anti-robot pour une chaîne de configuration).
     */
    private static byte[] secret(ReglagesDuCompte reglages, Environment environnement) {
        String configuree = StringUtils.hasText(reglages.cleAppareils())
                ? reglages.cleAppareils()
                : environnement.getProperty("predemande.antirobot.cle-hmac", "");
        if (StringUtils.hasText(configuree)) {
            return configuree.getBytes(StandardCharsets.UTF_8);
        }
        // hors production seulement (le profil prod exige la clé anti-robot) : les cookies ne survivent pas au
        // redémarrage
        byte[] aleatoire = new byte[32];
        HASARD.nextBytes(aleatoire);
        return aleatoire;
    }

    /** Le nom du cookie d'appareil de cet identifiant (normalisé). */
    static String nom(String identifiant) {
        return PREFIXE + Jetons.empreinte(identifiant).substring(0, 16);
    }

    /** L'appareil que désigne le cookie présenté pour cet identifiant, si ce cookie est valable. */
    Optional<Appareil> reconnu(String identifiant, Map<String, String> cookies) {
        return lire(cookies.get(nom(identifiant)))
                .filter(appareil -> appareil.identifiant().equals(identifiant));
    }

    /** Un cookie présenté pour cet identifiant qui ne vaut rien (forgé, altéré, expiré, révoqué) : à effacer. */
    boolean aRetirer(String identifiant, Map<String, String> cookies) {
        if (!cookies.containsKey(nom(identifiant))) {
            return false;
        }
        return reconnu(identifiant, cookies).map(this::revoque).orElse(true);
    }

    Optional<Appareil> lire(String valeur) {
        if (valeur == null || valeur.length() > LONGUEUR_MAX) {
            return Optional.empty();
        }
        int point = valeur.lastIndexOf('.');
        if (point <= 0) {
            return Optional.empty();
        }
        String charge = valeur.substring(0, point);
        try {
            byte[] signature = Base64.getUrlDecoder().decode(valeur.substring(point + 1));
            if (!MessageDigest.isEqual(signer(charge), signature)) {
                return Optional.empty();
            }
            String[] champs =
                    new String(Base64.getUrlDecoder().decode(charge), StandardCharsets.UTF_8).split("\\|", -1);
            if (champs.length != 3) {
                return Optional.empty();
            }
            Instant expireLe = Instant.ofEpochSecond(Long.parseLong(champs[2]));
            if (!horloge.instant().isBefore(expireLe)) {
                return Optional.empty();
            }
            return Optional.of(new Appareil(champs[0], champs[1], expireLe));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // base64 ou nombre illisibles (NumberFormatException en est une) : un cookie qui n'est pas le nôtre
            return Optional.empty();
        }
    }

    /** Un cookie neuf pour cet identifiant, après une connexion réussie (nouveau nonce : l'ancien cookie garde ses échecs). */
    ResponseCookie emettre(String identifiant, boolean requeteSecurisee) {
        byte[] octets = new byte[16];
        HASARD.nextBytes(octets);
        String nonce = BASE64.encodeToString(octets);
        Instant expireLe = horloge.instant().plus(DUREE).truncatedTo(ChronoUnit.SECONDS);
        String charge = BASE64.encodeToString(
                (identifiant + "|" + nonce + "|" + expireLe.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return cookie(nom(identifiant), charge + "." + BASE64.encodeToString(signer(charge)), DUREE, requeteSecurisee);
    }

    /** Efface le cookie de cet identifiant dans le navigateur. */
    ResponseCookie retirer(String identifiant, boolean requeteSecurisee) {
        return cookie(nom(identifiant), "", Duration.ZERO, requeteSecurisee);
    }

    /**
     * Un essai avec cet appareil, compté d'avance comme un échec ({@link #reussite} le rend) : des essais simultanés
     * ne passent pas tous avant que le premier échec soit compté.
     *
     * @return faux si le cookie est révoqué : l'essai est alors un essai non reconnu
     */
    boolean essayer(Appareil appareil) {
        // une seule instruction : la clé primaire tranche, même entre deux nœuds
        return jdbc.sql("""
                        insert into appareil_echecs (nonce, echecs, expire_le) values (?, 1, ?)
                        on conflict (nonce) do update set echecs = appareil_echecs.echecs + 1
                        where appareil_echecs.echecs < ?""")
                        .params(appareil.nonce(), Timestamp.from(appareil.expireLe()), ECHECS_AVANT_REVOCATION)
                        .update()
                == 1;
    }

    /** L'essai a réussi : il ne compte pas. */
    void reussite(Appareil appareil) {
        if (jdbc.sql("delete from appareil_echecs where nonce = ? and echecs <= 1")
                        .param(appareil.nonce())
                        .update()
                == 0) {
            jdbc.sql("update appareil_echecs set echecs = echecs - 1 where nonce = ? and echecs > 0")
                    .param(appareil.nonce())
                    .update();
        }
    }

    boolean revoque(Appareil appareil) {
        return jdbc.sql("select echecs from appareil_echecs where nonce = ?")
                .param(appareil.nonce())
                .query(Integer.class)
                .optional()
                .map(echecs -> echecs >= ECHECS_AVANT_REVOCATION)
                .orElse(false);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "appareils-purge", lockAtLeastFor = "PT55M", lockAtMostFor = "PT55M")
    void purger() {
        jdbc.sql("delete from appareil_echecs where expire_le < ?")
                .param(Timestamp.from(horloge.instant()))
                .update();
    }

    private ResponseCookie cookie(String nom, String valeur, Duration duree, boolean requeteSecurisee) {
        return ResponseCookie.from(nom, valeur)
                .httpOnly(true)
                .secure(toujoursSecurise || requeteSecurisee)
                .sameSite("Lax")
                .path(CHEMIN)
                .maxAge(duree)
                .build();
    }

    private byte[] signer(String charge) {
        return hmac(cle, charge.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(SecretKeySpec cle, byte[] donnees) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(cle);
            return mac.doFinal(donnees);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
