package fr.predemande.demande.internal;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Les gestes d'un usager pour les simulations Gatling : connexion, nouvelle pré-demande, sections, validation. Les
 * réponses sont celles des tests HTTP ({@link PreDemandesHttpTest#REPONSES_VALIDES}) : le banc suit le formulaire.
 *
 * <p>Réglages (propriétés système, posées par le profil Maven {@code banc}) : {@code banc.url} (boucle locale
 * seulement), {@code banc.identifiant}, {@code banc.motDePasse}, {@code banc.utilisateurs}, {@code banc.duree} (s).
 * Public pour les bancs des autres modules, qui préparent avec lui les pré-demandes validées qu'ils emploient.
 */
public final class Parcours {

    public static final String URL = System.getProperty("banc.url", "http://127.0.0.1:18080");
    static final String IDENTIFIANT = System.getProperty("banc.identifiant", "demo.usager");
    static final String MOT_DE_PASSE = System.getProperty("banc.motDePasse", "cerisier-lanterne-hibou-42");
    static final int UTILISATEURS = Integer.getInteger("banc.utilisateurs", 50);
    public static final int DUREE_SECONDES = Integer.getInteger("banc.duree", 60);
    /** Les usagers virtuels arrivent sur ce temps (s). */
    static final int RAMPE_SECONDES = Integer.getInteger("banc.rampe", 30);
    /**
     * Toute simulation s'arrête d'elle-même au bout de ce temps, quoi qu'il arrive (rendez-vous jamais atteint…) ; les
     * connexions, l'une après l'autre, peuvent dépasser la rampe sur une machine chargée.
     */
    static final int DUREE_MAXIMALE_SECONDES = RAMPE_SECONDES + DUREE_SECONDES + 120;

    /** Le tour de connexion suivant à donner, et celui qui peut se connecter. */
    private static final AtomicInteger TOURS_DONNES = new AtomicInteger();

    private static final AtomicInteger TOUR_EN_COURS = new AtomicInteger();

    /** Dans l'ordre du formulaire ; chacune redirige vers la suivante, la dernière vers la vérification. */
    static final List<String> SECTIONS =
            List.of("motif", "etat-civil", "filiation", "nationalite", "adresse", "contact");

    static final String COURRIEL =
            PreDemandesHttpTest.REPONSES_VALIDES.get("contact").get("courriel");

    private Parcours() {}

    /** HTTP vers l'application locale ; toute autre adresse est refusée avant le premier envoi. */
    public static HttpProtocolBuilder protocole() {
        exigerBoucleLocale(URL);
        return http.baseUrl(URL)
                .acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("fr-FR,fr")
                .userAgentHeader("predemande-banc");
    }

    public static void exigerBoucleLocale(String url) {
        String hote = URI.create(url).getHost();
        try {
            if (hote == null || !InetAddress.getByName(hote).isLoopbackAddress()) {
                throw new IllegalArgumentException("Le banc ne vise que cette machine (127.0.0.1, localhost) : " + url);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Adresse inconnue : " + url, e);
        }
    }

    /** Le jeton CSRF du premier formulaire de la page ; il vaut pour toute la session (jusqu'à la connexion suivante). */
    public static CheckBuilder.Final jeton() {
        return regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf");
    }

    /**
     * La connexion, une à la fois : le frein des connexions compte chaque essai d'avance et impose une attente dès 5
     * essais simultanés d'un même identifiant depuis une même adresse (tous les usagers virtuels sont {@code demo.usager}
     * sur 127.0.0.1). Chacun attend son tour (sans bloquer Gatling : de courtes pauses), se connecte, puis passe la main.
     */
    static ChainBuilder connexionChacunSonTour() {
        return exec(session -> session.set("tour", TOURS_DONNES.getAndIncrement()))
                .asLongAs(session -> TOUR_EN_COURS.get() != session.getInt("tour"))
                .on(pause(Duration.ofMillis(20)))
                .exec(connexion())
                .exec(session -> {
                    TOUR_EN_COURS.incrementAndGet();
                    return session;
                });
    }

    /**
     * Connexion par le formulaire (Argon2id côté serveur), puis « Mon compte », où elle mène, pour le jeton de la
     * session. Pas la liste « Mes demandes » : le compte de démonstration, partagé par tous les usagers virtuels, y
     * accumule les pré-demandes de chaque passage du banc (des milliers), ce qu'aucun usager réel ne verrait.
     */
    public static ChainBuilder connexion() {
        return exec(
                http("page de connexion").get("/connexion").check(status().is(200), jeton()),
                http("connexion")
                        .post("/connexion")
                        .formParam("identifiant", IDENTIFIANT)
                        .formParam("motDePasse", MOT_DE_PASSE)
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(l -> !l.contains("erreur"))
                                        .is(true)),
                http("mon compte").get("/compte").check(status().is(200), jeton()));
    }

    /** Un brouillon dont l'identifiant vient du navigateur, comme le champ caché du formulaire de la liste. */
    public static ChainBuilder nouveauBrouillon() {
        return exec(session -> session.set("id", UUID.randomUUID().toString()))
                .exec(http("nouvelle pré-demande")
                        .post("/demandes")
                        .formParam("id", "#{id}")
                        .formParam("_csrf", "#{csrf}")
                        .check(
                                status().is(200),
                                currentLocationRegex(".*/demandes/#{id}/motif$").exists()));
    }

    /** Une section enregistrée avec des réponses valables ; le navigateur suit la redirection vers la page suivante. */
    static ChainBuilder section(String chemin, String suivante) {
        return exec(http("section " + chemin)
                .post("/demandes/#{id}/" + chemin)
                .formParamMap(reponses(chemin))
                .formParam("_csrf", "#{csrf}")
                .check(
                        status().is(200),
                        currentLocationRegex(".*/demandes/[0-9a-f-]{36}/" + suivante + "$")
                                .exists(),
                        substring("id=\"resume-erreurs\"").notExists()));
    }

    /** Les six sections, de « motif » jusqu'à la page de vérification. */
    public static ChainBuilder sixSections() {
        ChainBuilder chaine = section(SECTIONS.get(0), SECTIONS.get(1));
        for (int i = 1; i < SECTIONS.size(); i++) {
            chaine = chaine.exec(
                    section(SECTIONS.get(i), i + 1 < SECTIONS.size() ? SECTIONS.get(i + 1) : "verification"));
        }
        return chaine;
    }

    /**
     * La validation : numéro, PDF/A stocké, courriel et SMS par l'outbox ; la page de confirmation montre le numéro,
     * gardé dans la session sous {@code numero} (« 7K3M 9Q2X TG »).
     */
    public static ChainBuilder validation() {
        return exec(http("validation")
                .post("/demandes/#{id}/validation")
                .formParam("courriel", COURRIEL)
                .formParam("_csrf", "#{csrf}")
                .check(
                        status().is(200),
                        currentLocationRegex(".*/demandes/#{id}/confirmation$").exists(),
                        regex("id=\"numero\">([0-9A-Z ]{12})<").saveAs("numero")));
    }

    static Map<String, Object> reponses(String section) {
        return new HashMap<>(PreDemandesHttpTest.REPONSES_VALIDES.get(section));
    }
}
