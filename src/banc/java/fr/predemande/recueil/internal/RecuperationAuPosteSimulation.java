package fr.predemande.recueil.internal;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.crashLoadGeneratorIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import fr.predemande.demande.internal.Parcours;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retrouver une pré-demande par son numéro, au poste et par l'API, comparé dans le même passage à la requête
 * authentifiée la plus légère de l'espace mairie (issue 7, « Benchmark »).
 *
 * <p><b>Préparation</b> (hors mesure) : l'usager de démonstration valide {@code banc.preDemandes} pré-demandes (20) ;
 * l'administrateur de démonstration crée {@code banc.agents} agents (200), qui s'enrôlent et choisissent leur poste,
 * chacun dans sa session ({@link AgentsDuBanc}) ; puis {@code banc.chauffe} secondes (60) des trois requêtes mêlées,
 * par 20 utilisateurs sans pause, pour le JIT, mesurées à part.
 *
 * <p><b>Trois requêtes</b>, chacune avec une pré-demande tirée au hasard :
 * <ul>
 *   <li>poste : {@code POST /mairie/recueil} (le numéro tapé, comme la douchette l'envoie), session et jeton CSRF de
 *       l'agent ; la page de la pré-demande entière ;
 *   <li>API : {@code GET /api/v1/pre-demandes/{numero}} en HTTP Basic du client de démonstration (l'API n'a pas de
 *       session : chaque appel porte les identifiants du client) ;
 *   <li>page triviale : {@code GET /mairie/recueil}, la page de recherche vide, avec la session de l'agent. C'est la
 *       plus légère des requêtes authentifiées de l'espace mairie : session relue en base (Spring Session JDBC), chaîne
 *       de sécurité, rôle vérifié, petite page Thymeleaf, sans aucune requête métier. Les sondes
 *       ({@code /actuator/health/**}) ne lisent pas la session : elles ne mesurent pas une requête authentifiée.
 * </ul>
 *
 * <p><b>Deux modèles</b>, chacun {@code banc.duree} secondes (60) par requête, les six phases l'une après l'autre,
 * le fermé d'abord. Fermé : autant d'utilisateurs que d'agents, chacun avec sa session, qui enchaînent sans pause ;
 * objectif, un débit de la recherche d'au moins 50 % de celui de la page triviale. Ouvert : chaque agent une recherche
 * toutes les 2 s ({@code banc.agents} / 2 arrivées par seconde, au hasard, chacune prenant la session suivante) ;
 * objectif p99 ≤ 30 ms. Connexions HTTP gardées ouvertes et partagées (un poste garde la
 * sienne), pages demandées en gzip comme un navigateur.
 *
 * <p>L'application doit être démarrée avec des limites de débit de la recherche assez hautes pour la charge
 * ({@code predemande.recueil.recherches-par-minute} et {@code …-par-client-api}, voir le README) : 200 agents se
 * partagent ici les deux postes d'une mairie de démonstration, et la limite par poste (30 par minute) vaut pour un
 * guichet réel, pas pour 100 recherches par seconde sur un même poste. La limite reste appliquée (seaux Bucket4j en
 * base), seule sa capacité change ; chaque recherche est écrite au journal d'audit comme en vrai.
 *
 * <p>À la fin, pour chaque phase : requêtes réussies, erreurs, débit, médiane, p99 et maximum (ms), le temps CPU par
 * requête de l'application, de son PostgreSQL et du banc ({@link TempsCpu}), et la charge de la machine ; puis les
 * rapports de débit du modèle fermé. Le même tableau est écrit dans
 * {@code target/banc/recuperation-au-poste-<date>.txt}.
 */
public class RecuperationAuPosteSimulation extends Simulation {

    static final int DUREE_SECONDES = Parcours.DUREE_SECONDES;
    static final int CHAUFFE_SECONDES = Integer.getInteger("banc.chauffe", 60);
    static final int PRE_DEMANDES = Integer.getInteger("banc.preDemandes", 20);
    static final String API_PRE_DEMANDES = "/api/v1/pre-demandes";
    static final String CLIENT_API = System.getProperty("banc.clientApi", "demo.editeur");
    static final String SECRET_CLIENT_API =
            System.getProperty("banc.clientApiSecret", "nHONctHLSPKYpuXaLZBSx08gDYypy42A");
    /** Chaque agent fait une recherche toutes les 2 s dans le modèle ouvert. */
    static final double SECONDES_ENTRE_DEUX_RECHERCHES = 2.0;

    static final Duration PAUSE_ENTRE_PHASES = Duration.ofSeconds(5);
    static final int UTILISATEURS_DE_LA_CHAUFFE = 20;
    /** Au-delà, la préparation a un problème : le banc s'arrête de lui-même. */
    static final int PREPARATION_MAXIMALE_SECONDES = 900;

    static final int P99_VISE_MS = 30;
    static final double RAPPORT_VISE = 0.5;

    /** Ce qu'on demande, et ce qui prouve qu'on l'a obtenu. */
    enum Cible {
        POSTE("poste"),
        API("API"),
        TRIVIALE("page triviale");

        final String nom;

        Cible(String nom) {
            this.nom = nom;
        }
    }

    /** Dans l'ordre du passage : le modèle fermé d'abord, qui finit de chauffer le JIT avant que l'ouvert mesure p99. */
    enum Modele {
        FERME("fermé"),
        OUVERT("ouvert");

        final String nom;

        Modele(String nom) {
            this.nom = nom;
        }
    }

    private final AgentsDuBanc agents = new AgentsDuBanc();
    private final List<String> numeros = new CopyOnWriteArrayList<>();
    private final MesureDUnePhase chauffe = new MesureDUnePhase("chauffe (les trois mêlées)");
    private final List<MesureDUnePhase> phases = new ArrayList<>();
    private final Map<String, MesureDUnePhase> parNom = new HashMap<>();
    private final long debutDuBanc = System.currentTimeMillis();

    {
        var protocole = Parcours.protocole();
        var protocoleMesure = protocole.shareConnections().acceptEncodingHeader("gzip, deflate");

        var etapes = new ArrayList<PopulationBuilder>();
        etapes.add(scenario("préparation : pré-demandes validées")
                .exec(preDemandesValidees())
                .injectOpen(atOnceUsers(2))
                .protocols(protocole));
        etapes.add(scenario("préparation : comptes des agents")
                .exec(agents.creationParLAdministrateur())
                .injectOpen(atOnceUsers(1))
                .protocols(protocole));
        etapes.add(scenario("préparation : enrôlements")
                .exec(agents.enrolements())
                .injectOpen(atOnceUsers(AgentsDuBanc.ENROLEMENTS_SIMULTANES))
                .protocols(protocole));
        etapes.add(scenario("préparation : bilan")
                .exec(bilanDeLaPreparation())
                .injectOpen(atOnceUsers(1))
                .protocols(protocole));
        // la chauffe, en modèle fermé et à peu d'utilisateurs : le JIT compile sans que la file d'attente s'emballe ;
        // chacun garde sa requête (l'API n'a jamais le cookie d'une session d'agent)
        etapes.add(scenario("chauffe")
                .exec(uniformRandomSwitch().on(chauffeDe(Cible.POSTE), chauffeDe(Cible.API), chauffeDe(Cible.TRIVIALE)))
                .injectOpen(atOnceUsers(UTILISATEURS_DE_LA_CHAUFFE))
                .protocols(protocoleMesure));
        for (Modele modele : Modele.values()) {
            for (Cible cible : Cible.values()) {
                etapes.add(population(modele, cible).protocols(protocoleMesure));
            }
        }
        PopulationBuilder enchainement = etapes.get(etapes.size() - 1);
        for (int i = etapes.size() - 2; i >= 0; i--) {
            enchainement = etapes.get(i).andThen(enchainement);
        }
        int phasesMesurees = Modele.values().length * Cible.values().length;
        setUp(enchainement)
                .maxDuration(Duration.ofSeconds(PREPARATION_MAXIMALE_SECONDES
                        + CHAUFFE_SECONDES
                        + phasesMesurees * (DUREE_SECONDES + PAUSE_ENTRE_PHASES.toSeconds() + 5)));
    }

    static double rythmeOuvert() {
        return AgentsDuBanc.NOMBRE / SECONDES_ENTRE_DEUX_RECHERCHES;
    }

    private MesureDUnePhase phase(Modele modele, Cible cible) {
        return parNom.get(nom(modele, cible));
    }

    private static String nom(Modele modele, Cible cible) {
        return modele.nom + " : " + cible.nom;
    }

    private PopulationBuilder population(Modele modele, Cible cible) {
        String nom = nom(modele, cible);
        var mesure = new MesureDUnePhase(nom);
        var precedente = phases.isEmpty() ? chauffe : phases.get(phases.size() - 1);
        phases.add(mesure);
        parNom.put(nom, mesure);
        if (modele == Modele.OUVERT) {
            return scenario(nom)
                    .exec(appelUnique(mesure, precedente, cible, nom))
                    .injectOpen(
                            nothingFor(PAUSE_ENTRE_PHASES),
                            constantUsersPerSec(rythmeOuvert())
                                    .during(DUREE_SECONDES)
                                    .randomized());
        }
        // fermé : chaque utilisateur garde son agent et enchaîne les requêtes sans pause ; la boucle finit son tour
        // (exitASAP à false) pour que la dernière réponse soit notée comme les autres
        return scenario(nom)
                .exec(this::prendreUnAgent)
                .exec(cookieDeLAgent(cible))
                .during(Duration.ofSeconds(DUREE_SECONDES), false)
                .on(appel(mesure, precedente, cible, nom))
                .injectOpen(nothingFor(PAUSE_ENTRE_PHASES), atOnceUsers(AgentsDuBanc.NOMBRE));
    }

    private ChainBuilder chauffeDe(Cible cible) {
        return exec(this::prendreUnAgent)
                .exec(cookieDeLAgent(cible))
                .during(Duration.ofSeconds(CHAUFFE_SECONDES), false)
                .on(appel(chauffe, null, cible, "chauffe : " + cible.nom));
    }

    /** Une arrivée du modèle ouvert : l'agent suivant, une requête, puis l'utilisateur virtuel s'en va. */
    private ChainBuilder appelUnique(MesureDUnePhase mesure, MesureDUnePhase precedente, Cible cible, String nom) {
        return exec(this::prendreUnAgent).exec(cookieDeLAgent(cible)).exec(appel(mesure, precedente, cible, nom));
    }

    private ChainBuilder appel(MesureDUnePhase mesure, MesureDUnePhase precedente, Cible cible, String nom) {
        return exec(session -> {
                    if (mesure.commencer() && precedente != null) {
                        precedente.cloturer();
                    }
                    String numero = numeros.get(ThreadLocalRandom.current().nextInt(numeros.size()));
                    return session.set("numero", numero).set("numeroSansEspaces", numero.replace(" ", ""));
                })
                .exec(requete(nom, cible))
                .exec(session -> {
                    mesure.noter(session.contains("ms") ? session.getInt("ms") : null, session.isFailed());
                    return session.remove("ms").markAsSucceeded();
                });
    }

    private ChainBuilder cookieDeLAgent(Cible cible) {
        // l'API n'a pas de session : ses appels ne portent que les identifiants du client
        return cible == Cible.API
                ? exec(session -> session)
                : exec(addCookie(Cookie("SESSION", session -> session.getString("cookieDeSession"))));
    }

    private Session prendreUnAgent(Session session) {
        var agent = agents.suivante();
        return session.set("cookieDeSession", agent.cookie()).set("csrf", agent.csrf());
    }

    private static HttpRequestActionBuilder requete(String nom, Cible cible) {
        return switch (cible) {
            case POSTE ->
                http(nom)
                        .post(CheminsDuRecueil.RECHERCHE)
                        .formParam("numero", "#{numero}")
                        .formParam("_csrf", "#{csrf}")
                        .check(
                                responseTimeInMillis().saveAs("ms"),
                                status().is(200),
                                substring("<h1>Pré-demande #{numero}</h1>").exists());
            case API ->
                http(nom)
                        .get(API_PRE_DEMANDES + "/#{numeroSansEspaces}")
                        .basicAuth(CLIENT_API, SECRET_CLIENT_API)
                        .header("Accept", "application/json")
                        .check(
                                responseTimeInMillis().saveAs("ms"),
                                status().is(200),
                                substring("\"#{numeroSansEspaces}\"").exists());
            case TRIVIALE ->
                http(nom)
                        .get(CheminsDuRecueil.RECHERCHE)
                        .check(
                                responseTimeInMillis().saveAs("ms"),
                                status().is(200),
                                substring("id=\"numero\"").exists());
        };
    }

    /** Les pré-demandes que les agents retrouveront : deux sessions de l'usager de démonstration se les partagent. */
    private ChainBuilder preDemandesValidees() {
        return exec(Parcours.connexion())
                .exitHereIfFailed()
                .repeat((PRE_DEMANDES + 1) / 2)
                .on(
                        exitBlockOnFail()
                                .on(Parcours.nouveauBrouillon(), Parcours.sixSections(), Parcours.validation()),
                        exec(session -> {
                            if (!session.isFailed()) {
                                numeros.add(session.getString("numero"));
                            }
                            return session.markAsSucceeded();
                        }));
    }

    private ChainBuilder bilanDeLaPreparation() {
        return exec(session -> {
                    System.out.printf(
                            "%nBanc du poste, préparé en %d s : %d pré-demandes validées, %d agents connectés (%d échecs)%n",
                            (System.currentTimeMillis() - debutDuBanc) / 1000,
                            numeros.size(),
                            agents.connectes().size(),
                            agents.echecs());
                    return session;
                })
                .exec(crashLoadGeneratorIf(
                        "Préparation incomplète : aucun agent connecté ou aucune pré-demande validée",
                        session -> numeros.isEmpty() || agents.connectes().isEmpty()));
    }

    @Override
    public void after() {
        if (phases.isEmpty()) {
            return;
        }
        phases.get(phases.size() - 1).cloturer();
        var texte = new StringBuilder(String.format(
                Locale.ROOT,
                "%nBanc du poste : retrouver une pré-demande (%d agents, %d pré-demandes, %d s par phase, ouvert à %.0f/s)%n",
                agents.connectes().size(),
                numeros.size(),
                DUREE_SECONDES,
                rythmeOuvert()));
        texte.append(MesureDUnePhase.entete())
                .append('\n')
                .append(chauffe.ligne())
                .append('\n');
        phases.forEach(p -> texte.append(p.ligne()).append('\n'));
        MesureDUnePhase ouvertPoste = phase(Modele.OUVERT, Cible.POSTE);
        MesureDUnePhase ouvertApi = phase(Modele.OUVERT, Cible.API);
        MesureDUnePhase fermePoste = phase(Modele.FERME, Cible.POSTE);
        MesureDUnePhase fermeApi = phase(Modele.FERME, Cible.API);
        MesureDUnePhase fermeTrivial = phase(Modele.FERME, Cible.TRIVIALE);
        texte.append(String.format(
                Locale.ROOT,
                "  ouvert, p99 (objectif ≤ %d ms) : poste %d ms, API %d ms%n",
                P99_VISE_MS,
                ouvertPoste.centile(0.99),
                ouvertApi.centile(0.99)));
        texte.append(String.format(
                Locale.ROOT,
                "  fermé, débit rapporté à la page triviale (objectif ≥ %.0f %%) : poste %.0f %%, API %.0f %%%n",
                RAPPORT_VISE * 100,
                100 * fermePoste.debit() / fermeTrivial.debit(),
                100 * fermeApi.debit() / fermeTrivial.debit()));
        System.out.print(texte);
        try {
            Path dossier = Files.createDirectories(Path.of("target", "banc"));
            String date = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Files.writeString(dossier.resolve("recuperation-au-poste-" + date + ".txt"), texte);
        } catch (IOException e) {
            System.out.println("Tableau non écrit dans target/banc : " + e.getMessage());
        }
    }
}
