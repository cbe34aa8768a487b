package fr.predemande.recueil.internal;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import fr.predemande.demande.internal.Parcours;
import fr.predemande.habilitation.CheminsDeLaMairie;
import fr.predemande.habilitation.internal.ApplicationDAuthentification;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Les agents virtuels du banc du poste, préparés par HTTP comme le ferait une mairie : l'administrateur de
 * démonstration se connecte (mot de passe et code TOTP calculé depuis le secret affiché au démarrage) et crée les
 * comptes ; chaque agent se connecte avec son mot de passe provisoire, lit son secret sur la page d'enrôlement, choisit
 * son mot de passe, confirme par un premier code et choisit son poste (les postes de la mairie à tour de rôle). Il en
 * reste, pour la mesure, une session par agent : son cookie {@code SESSION} et le jeton CSRF de ses formulaires.
 *
 * <p>Réglages : {@code banc.agents} (200), {@code banc.administrateur}, {@code banc.administrateurMotDePasse},
 * {@code banc.administrateurSecret} (l'administrateur de Saint-Étienne par défaut, tel qu'affiché au démarrage). Un
 * code TOTP ne sert qu'une fois : deux passages du banc dans la même demi-minute refuseraient la connexion de
 * l'administrateur (un échec compté, cinq verrouillent son compte).
 */
final class AgentsDuBanc {

    static final int NOMBRE = Integer.getInteger("banc.agents", 200);
    static final String ADMINISTRATEUR = System.getProperty("banc.administrateur", "admin.saint-etienne");
    static final String MOT_DE_PASSE_ADMINISTRATEUR =
            System.getProperty("banc.administrateurMotDePasse", "glycine-phare-castor-58");
    static final String SECRET_ADMINISTRATEUR =
            System.getProperty("banc.administrateurSecret", "H6CJQEDJYJI73YYAW45BWQNHT2J7GUBT");
    /** Enrôlements menés de front : chacun coûte deux Argon2id (16 Mio, deux passes) au serveur. */
    static final int ENROLEMENTS_SIMULTANES = 4;

    /** Un agent connecté, tel que la mesure le reprend : sa session et le jeton CSRF qui va avec. */
    record SessionDAgent(String identifiant, String cookie, String csrf) {}

    private record AEnroler(int rang, String identifiant, String motDePasseProvisoire) {}

    private static final String POSTE = CheminsDeLaMairie.ACCUEIL + "/poste";

    /** Des identifiants neufs à chaque passage : « banc-<heure en base 36>-<rang> ». */
    private final String prefixe = "banc-" + Long.toString(System.currentTimeMillis() / 1000, 36) + "-";

    private final Queue<AEnroler> aEnroler = new ConcurrentLinkedQueue<>();
    private final List<SessionDAgent> connectes = new CopyOnWriteArrayList<>();
    private final AtomicInteger echecs = new AtomicInteger();
    private final AtomicInteger suivant = new AtomicInteger();

    List<SessionDAgent> connectes() {
        return connectes;
    }

    int echecs() {
        return echecs.get();
    }

    /** Les sessions l'une après l'autre : avec {@link #NOMBRE} agents, chacun revient tous les {@link #NOMBRE} appels. */
    SessionDAgent suivante() {
        return connectes.get(Math.floorMod(suivant.getAndIncrement(), connectes.size()));
    }

    /** L'administrateur se connecte, puis crée les comptes un à un (chacun montre une fois son mot de passe provisoire). */
    ChainBuilder creationParLAdministrateur() {
        return exec(
                        http("administrateur : page de connexion")
                                .get(CheminsDeLaMairie.CONNEXION)
                                .check(status().is(200), Parcours.jeton()),
                        http("administrateur : connexion")
                                .post(CheminsDeLaMairie.CONNEXION)
                                .formParam("identifiant", ADMINISTRATEUR)
                                .formParam("motDePasse", MOT_DE_PASSE_ADMINISTRATEUR)
                                .formParam(
                                        "code",
                                        session ->
                                                ApplicationDAuthentification.code(SECRET_ADMINISTRATEUR, Instant.now()))
                                .formParam("_csrf", "#{csrf}")
                                .check(
                                        status().is(200),
                                        currentLocationRegex(".*/mairie$").exists()),
                        http("administrateur : comptes des agents")
                                .get(CheminsDeLaMairie.AGENTS)
                                .check(status().is(200), Parcours.jeton()))
                .exitHereIfFailed()
                .repeat(NOMBRE, "rang")
                .on(
                        exec(session -> session.set("nouvelAgent", prefixe + session.getInt("rang"))),
                        exec(http("administrateur : création d'un agent")
                                .post(CheminsDeLaMairie.AGENTS)
                                .formParam("identifiantAgent", "#{nouvelAgent}")
                                .formParam("nomAgent", "Banc")
                                .formParam("prenomAgent", "Agent")
                                .formParam("roles", "AGENT")
                                .formParam("_csrf", "#{csrf}")
                                .check(
                                        status().is(200),
                                        regex("Mot de passe provisoire : ([a-z0-9-]+)<")
                                                .saveAs("provisoire"),
                                        Parcours.jeton())),
                        compterLEchecEtArreter(),
                        exec(session -> {
                            aEnroler.add(new AEnroler(
                                    session.getInt("rang"),
                                    session.getString("nouvelAgent"),
                                    session.getString("provisoire")));
                            return session;
                        }));
    }

    /** Un enrôleur prend les comptes créés un à un, chacun dans une session neuve, jusqu'au dernier. */
    ChainBuilder enrolements() {
        return asLongAs(session -> !aEnroler.isEmpty())
                .on(
                        exec(flushCookieJar()),
                        exec(this::prendreUnCompte),
                        doIf(session -> session.contains("identifiantAgent"))
                                .then(exitBlockOnFail().on(enrolement()), exec(session -> {
                                    if (session.isFailed()) {
                                        echecs.incrementAndGet();
                                    } else {
                                        connectes.add(new SessionDAgent(
                                                session.getString("identifiantAgent"),
                                                session.getString("cookieDeSession"),
                                                session.getString("csrf")));
                                    }
                                    return session.markAsSucceeded();
                                })));
    }

    private Session prendreUnCompte(Session session) {
        Session propre = session.removeAll(
                "identifiantAgent", "provisoire", "rangAgent", "secret", "postes", "cookieDeSession", "csrf");
        AEnroler compte = aEnroler.poll();
        return compte == null
                ? propre
                : propre.set("identifiantAgent", compte.identifiant())
                        .set("provisoire", compte.motDePasseProvisoire())
                        .set("rangAgent", compte.rang())
                        .set("motDePasseChoisi", "banc-" + UUID.randomUUID());
    }

    private ChainBuilder enrolement() {
        return exec(
                        http("agent : page de connexion")
                                .get(CheminsDeLaMairie.CONNEXION)
                                .check(status().is(200), Parcours.jeton()),
                        http("agent : connexion, mot de passe provisoire")
                                .post(CheminsDeLaMairie.CONNEXION)
                                .formParam("identifiant", "#{identifiantAgent}")
                                .formParam("motDePasse", "#{provisoire}")
                                .formParam("code", "")
                                .formParam("_csrf", "#{csrf}")
                                .check(
                                        status().is(200),
                                        currentLocationRegex(".*/mairie/enrolement$")
                                                .exists(),
                                        regex("id=\"cle\">([A-Z2-7 ]+)<").saveAs("secret"),
                                        Parcours.jeton()),
                        http("agent : enrôlement")
                                .post(CheminsDeLaMairie.ENROLEMENT)
                                .formParam("motDePasse", "#{motDePasseChoisi}")
                                .formParam("confirmation", "#{motDePasseChoisi}")
                                .formParam(
                                        "code",
                                        session -> ApplicationDAuthentification.code(
                                                session.getString("secret"), Instant.now()))
                                .formParam("_csrf", "#{csrf}")
                                .check(
                                        status().is(200),
                                        currentLocationRegex(".*/mairie$").exists(),
                                        regex("name=\"poste\" id=\"poste-[0-9a-f-]{36}\" value=\"([0-9a-f-]{36})\"")
                                                .findAll()
                                                .optional()
                                                .saveAs("postes"),
                                        Parcours.jeton()))
                // une mairie d'un seul poste le donne d'office ; sinon les postes à tour de rôle
                .doIf(session -> session.contains("postes"))
                .then(exec(http("agent : choix du poste")
                        .post(POSTE)
                        .formParam("poste", session -> {
                            List<String> postes = session.getList("postes");
                            return postes.get(session.getInt("rangAgent") % postes.size());
                        })
                        .formParam("_csrf", "#{csrf}")
                        .check(
                                status().is(200),
                                currentLocationRegex(".*/mairie$").exists(),
                                substring("Vous travaillez sur le poste").exists())))
                .exec(
                        http("agent : page de recherche")
                                .get(CheminsDuRecueil.RECHERCHE)
                                .check(status().is(200), Parcours.jeton()),
                        getCookieValue(CookieKey("SESSION").saveAs("cookieDeSession")));
    }

    private ChainBuilder compterLEchecEtArreter() {
        return doIf(Session::isFailed)
                .then(exec(session -> {
                    echecs.incrementAndGet();
                    return session;
                }))
                .exitHereIfFailed();
    }
}
