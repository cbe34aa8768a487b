package fr.predemande.plateforme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.predemande.PredemandeApplication;
import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import fr.predemande.support.ReponseAntiRobot;
import fr.predemande.support.ServeurSmppDeTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Rien ne suppose un seul nœud : deux instances de l'application dans cette JVM, sur deux ports, partagent une seule
 * base PostgreSQL (le même serveur embarqué que l'application en développement, démarré ici pour ce test seul), un
 * serveur SMTP (GreenMail), un SMSC et un dossier de documents, comme N nœuds derrière un répartiteur de charge sans
 * affinité de session. Les usagers passent d'un nœud à l'autre en HTTP réel, avec leur seul cookie.
 *
 * <p>Deux crochets de test dans chaque nœud ({@link Crochets}) : le fournisseur de verrous ShedLock compte les verrous
 * obtenus (une tâche verrouillée ne tourne que si elle a obtenu le sien) ; l'envoi des courriels note chaque tentative,
 * et sait échouer une fois (serveur SMTP indisponible) ou rester en cours (serveur SMTP lent) pour des adresses dédiées.
 *
 * <p>Les tâches planifiées des nœuds ne doivent pas tourner d'elles-mêmes pendant le test (la relance de l'outbox part
 * 30 s après le démarrage) : dès que la base existe, le test tient le verrou ShedLock de chacune, comme un troisième
 * nœud, et ne le lâche que le temps de les déclencher lui-même.
 */
class DeuxNoeudsTest {

    /** La clé anti-robot, commune aux nœuds comme en production (elle signe aussi les cookies d'appareil). */
    private static final String CLE_ANTIROBOT = "cle-anti-robot-commune-aux-deux-noeuds-" + UUID.randomUUID();

    private static final String MOT_DE_PASSE = "voilier-cerise-tonnerre-83";
    private static final String TELEPHONE = "06 98 76 54 32";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern NUMERO = Pattern.compile("id=\"numero\">([0-9A-Z ]{12})<");
    private static final Duration LONGTEMPS = Duration.ofSeconds(90);
    private static final AtomicInteger COMPTEUR = new AtomicInteger();

    private static EmbeddedPostgres base;
    private static JdbcClient jdbc;
    private static GreenMail smtp;
    private static ServeurSmppDeTest smsc;
    private static Path documents;
    private static Noeud noeud1;
    private static Noeud noeud2;
    /** Le courriel que le nœud 1 était en train d'envoyer quand le nœud 2 a démarré. */
    private static String courrielEnCoursAuDemarrage;

    @BeforeAll
    static void demarrerLesDeuxNoeuds() throws Exception {
        Path donnees = Path.of(
                        "target",
                        "postgres-deux-noeuds",
                        "jvm-" + ProcessHandle.current().pid())
                .toAbsolutePath();
        Files.createDirectories(donnees);
        base = EmbeddedPostgres.builder()
                .setDataDirectory(donnees)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_connections", "100")
                .start();
        jdbc = JdbcClient.create(base.getPostgresDatabase());
        smtp = new GreenMail(new ServerSetup(portLibre(), null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        smsc = ServeurSmppDeTest.demarrer();
        documents = Files.createTempDirectory(Path.of("target"), "documents-deux-noeuds-")
                .toAbsolutePath();

        noeud1 = Noeud.demarrer("noeud-1");
        // la base existe (Flyway) : plus aucune tâche ne part d'elle-même, sur aucun nœud
        tachesPlanifiees().forEach(tache -> tenir(tache.nom()));

        // Un nœud rejoint le service pendant que l'autre envoie un courriel (serveur SMTP lent) : il ne doit pas
        // l'envoyer lui aussi en démarrant.
        courrielEnCoursAuDemarrage = Crochets.EN_COURS + COMPTEUR.incrementAndGet() + "@exemple.fr";
        noeud1.publier(new LienDeCompteEmis(
                UsageDuLien.ACTIVATION,
                courrielEnCoursAuDemarrage,
                "en-cours",
                "Léa",
                "http://localhost/compte/activation?jeton=en-cours",
                Instant.now().plus(Duration.ofHours(1))));
        await().atMost(LONGTEMPS)
                .until(() -> Crochets.tentatives(courrielEnCoursAuDemarrage).contains("noeud-1"));
        try {
            noeud2 = Noeud.demarrer("noeud-2");
        } finally {
            Crochets.SMTP_LENT.countDown();
        }
    }

    @AfterAll
    static void arreter() throws Exception {
        Crochets.SMTP_LENT.countDown();
        for (Noeud noeud : new Noeud[] {noeud2, noeud1}) {
            if (noeud != null) {
                noeud.contexte().close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (smsc != null) {
            smsc.close();
        }
        if (base != null) {
            base.close();
        }
    }

    @Test
    void unNoeudQuiRejointLeServicePendantUnEnvoiNeLeRefaitPas() {
        attendreEnvoye(courrielEnCoursAuDemarrage);
        assertThat(courrielsPour(courrielEnCoursAuDemarrage)).hasSize(1);
        assertThat(Crochets.tentatives(courrielEnCoursAuDemarrage))
                .as("seul le nœud 1 l'a envoyé")
                .containsExactly("noeud-1");
    }

    @Test
    void unUsagerConnecteSurUnNoeudContinueSurLAutreAvecLeMemeCookie() throws Exception {
        var usager = new Navigateur();
        String identifiant = identifiantUnique();
        String courriel = identifiant + "@exemple.fr";

        // le défi anti-robot tiré par le nœud 2 est accepté par le nœud 1 (même clé) ; rejoué au nœud 2, refusé
        String reponse =
                ReponseAntiRobot.resoudre(usager.get(noeud2, "/antirobot/defi").body());
        assertThat(usager.inscrire(noeud1, identifiant, courriel, reponse))
                .satisfies(redirigeVers("/compte/inscription/confirmation"));
        String autre = identifiantUnique();
        var rejouee = new Navigateur().inscrire(noeud2, autre, autre + "@exemple.fr", reponse);
        assertThat(rejouee.statusCode())
                .as("réponse anti-robot déjà utilisée sur l'autre nœud")
                .isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from compte where identifiant = ?")
                        .param(autre)
                        .query(Integer.class)
                        .single())
                .isZero();

        // le lien du courriel, ouvert sur le nœud 2 ; la connexion, sur le nœud 1
        usager.activer(noeud2, ApplicationEnTest.jeton(ApplicationEnTest.lienDans(courrielPour(courriel))));
        assertThat(usager.connecter(noeud1, identifiant)).satisfies(redirigeVers("/demandes"));
        String cookie = usager.cookie("SESSION");

        // le nœud 2 reconnaît la session (lue en base) ; sans le cookie, il demande de se connecter
        var compte = usager.get(noeud2, "/compte");
        assertThat(compte.statusCode()).isEqualTo(200);
        assertThat(compte.body()).contains("<td>" + identifiant + "</td>");
        assertThat(new Navigateur().get(noeud2, "/compte")).satisfies(redirigeVers("/connexion"));

        // un brouillon ouvert sur le nœud 2, rempli une section sur un nœud, la suivante sur l'autre (le jeton CSRF lu
        // sur un nœud vaut sur l'autre : il est dans la session)
        UUID brouillon = usager.nouveauBrouillon(noeud2);
        usager.remplir(brouillon, courriel, noeud1, noeud2);
        var verification = usager.get(noeud1, "/demandes/" + brouillon + "/verification");
        assertThat(verification.statusCode()).isEqualTo(200);
        assertThat(verification.body())
                .as("complète : le formulaire de validation est là")
                .doesNotContain("resume-erreurs-titre")
                .contains("action=\"/demandes/" + brouillon + "/validation\"");
        assertThat(usager.cookie("SESSION"))
                .as("le même cookie de session d'un bout à l'autre")
                .isEqualTo(cookie);
    }

    @Test
    void leFreinDeConnexionCompteLesEchecsDesDeuxNoeuds() throws Exception {
        var importun = new Navigateur();
        String inconnu = identifiantUnique();
        List<String> messages = new ArrayList<>();
        for (int essai = 0; essai < 6; essai++) {
            Noeud poste = essai % 2 == 0 ? noeud1 : noeud2;
            Noeud lu = essai % 2 == 0 ? noeud2 : noeud1;
            String jeton = importun.jetonCsrf(poste, "/connexion");
            var echec = importun.post(
                    poste,
                    "/connexion",
                    Map.of("identifiant", inconnu, "motDePasse", "mauvais-mot-de-passe-1", "_csrf", jeton));
            assertThat(echec).satisfies(redirigeVers("/connexion?erreur"));
            // le message est un attribut « flash », gardé dans la session : lu sur l'autre nœud
            String page = importun.get(lu, "/connexion?erreur").body();
            messages.add(
                    page.contains("réessayez dans")
                            ? "freiné"
                            : page.contains("Identifiant ou mot de passe incorrect") ? "incorrect" : page);
        }
        assertThat(messages).containsExactly("incorrect", "incorrect", "incorrect", "incorrect", "incorrect", "freiné");
    }

    @Test
    void vingtValidationsSimultaneesSurLesDeuxNoeudsDonnentUnNumeroUnPdfUnCourrielEtUnSms() throws Exception {
        var usager = new Navigateur();
        String identifiant = usager.inscritEtConnecte(noeud1);
        String courriel = "recapitulatif-" + identifiant + "@exemple.fr";
        UUID brouillon = usager.nouveauBrouillon(noeud1);
        usager.remplir(brouillon, courriel, noeud1, noeud2);
        String jeton = usager.jetonCsrf(noeud2, "/demandes/" + brouillon + "/verification");

        List<Noeud> cibles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cibles.add(i % 2 == 0 ? noeud1 : noeud2);
        }
        List<HttpResponse<String>> reponses = enMemeTemps(cibles.stream()
                .map(noeud -> (Action<HttpResponse<String>>) () -> usager.post(
                        noeud, "/demandes/" + brouillon + "/validation", Map.of("courriel", courriel, "_csrf", jeton)))
                .toList());
        assertThat(reponses).hasSize(20).allSatisfy(redirigeVers("/demandes/" + brouillon + "/confirmation"));

        // un numéro, le même sur les deux nœuds
        String numero = numeroAffiche(usager, noeud1, brouillon);
        assertThat(numeroAffiche(usager, noeud2, brouillon)).isEqualTo(numero);
        assertThat(jdbc.sql("select count(distinct numero) from pre_demande where id = ? and numero is not null")
                        .param(brouillon)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // un récapitulatif, construit après la validation par un écouteur de l'outbox (l'un ou l'autre nœud) : une
        // ligne, un fichier dans le dossier commun, le même PDF servi par les deux nœuds
        await().atMost(LONGTEMPS)
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from event_publication where event_type like '%PreDemandeValidee'")
                                .query(Integer.class)
                                .single())
                        .isZero());
        assertThat(jdbc.sql("select count(*) from document_stocke where cle like 'recapitulatifs/%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        try (Stream<Path> fichiers = Files.walk(documents)) {
            assertThat(fichiers.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().endsWith(".tmp")))
                    .as("fichiers du magasin de documents")
                    .hasSize(1);
        }
        byte[] pdf1 = usager.octets(noeud1, "/demandes/" + brouillon + "/recapitulatif.pdf");
        byte[] pdf2 = usager.octets(noeud2, "/demandes/" + brouillon + "/recapitulatif.pdf");
        assertThat(new String(pdf1, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf2).isEqualTo(pdf1);

        // un courriel, un SMS, une fois l'outbox vidée
        await().atMost(LONGTEMPS).untilAsserted(() -> {
            assertThat(courrielsPour(courriel)).isNotEmpty();
            assertThat(smsPour(TELEPHONE)).isNotEmpty();
            assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%PreDemandeValidee'"
                                    + " or event_type like '%RecapitulatifGenere'")
                            .query(Integer.class)
                            .single())
                    .isZero();
        });
        assertThat(courrielsPour(courriel)).hasSize(1);
        assertThat(smsPour(TELEPHONE)).hasSize(1);
        assertThat(Crochets.tentatives(courriel)).hasSize(1);
    }

    /**
     * Chaque tâche planifiée déclenchée à la même seconde sur les deux nœuds, puis de nouveau sur chacun une fois
     * finie, ne tourne qu'une fois : un verrou en base (sans lui, ou avec un verrou propre à chaque nœud, elle
     * tournerait deux fois d'emblée), gardé une bonne part de sa période (sans quoi elle tournerait de nouveau aussitôt).
     */
    @Test
    void chaqueTachePlanifieeNeTourneQuUneFoisParPeriodeSurLesDeuxNoeuds() throws Exception {
        List<Tache> taches = tachesPlanifiees();
        assertThat(taches)
                .extracting(Tache::nom)
                .contains(
                        "outbox-relance",
                        "purge-pre-demandes",
                        "purge-jetons-compte",
                        "antirobot-purge",
                        "sessions-expirees")
                .doesNotHaveDuplicates();
        // et pas la purge propre à Spring Session, sans verrou : elle a son planificateur à elle, dont le fil
        // « spring-session-1 » part dès le démarrage de chaque nœud (les deux nœuds sont dans cette JVM)
        assertThat(Thread.getAllStackTraces().keySet())
                .extracting(Thread::getName)
                .noneMatch(nom -> nom.startsWith("spring-session-"));
        for (Tache tache : taches) {
            liberer(tache.nom());
            try {
                Crochets.VERROUS_OBTENUS.remove(tache.nom());
                ensemble(() -> tache.declencher(noeud1), () -> tache.declencher(noeud2));
                tache.declencher(noeud2);
                tache.declencher(noeud1);
                assertThat(Crochets.verrousObtenus(tache.nom()))
                        .as("%s : exécutions sur les deux nœuds", tache)
                        .isEqualTo(1);

                Duration periode = tache.periode(noeud1.environnement());
                Duration auMoins = duree(noeud1.environnement()
                        .resolvePlaceholders(tache.verrou().lockAtLeastFor()));
                assertThat(auMoins)
                        .as("%s : verrou gardé au moins (période %s)", tache, periode)
                        .isPositive()
                        .isLessThanOrEqualTo(periode);
                assertThat(jdbc.sql("""
                                select lock_until - locked_at >= ?::interval and lock_until > timezone('utc', now())
                                from shedlock where name = ?""")
                                .params(auMoins.toString(), tache.nom())
                                .query(Boolean.class)
                                .single())
                        .as("%s : verrou en base, gardé %s", tache, auMoins)
                        .isTrue();
            } finally {
                tenir(tache.nom());
            }
        }
    }

    /**
     * Un courriel qui n'a pas pu partir (serveur SMTP indisponible) est relancé par la tâche des deux nœuds, à la même
     * seconde : il part une fois. C'est le verrou de la tâche qui l'assure : le registre de Spring Modulith réclame bien
     * chaque publication avant de la relancer ({@code status = 'RESUBMITTED'}), mais l'écouteur la marque aussitôt « en
     * cours » ({@code PROCESSING}), ce qui la rend de nouveau réclamable ; deux relances directes et simultanées du
     * registre, sans la tâche, l'envoient parfois deux fois.
     */
    @Test
    void unCourrielEnAttenteNePartQuUneFoisQuandLesDeuxNoeudsLeRelancent() throws Exception {
        Tache relance = tachesPlanifiees().stream()
                .filter(t -> t.nom().equals("outbox-relance"))
                .findFirst()
                .orElseThrow();

        String parLaTache = new Navigateur().inscritSansActiver(noeud2, Crochets.ECHEC_UNE_FOIS);
        attendreEnEchec(parLaTache);
        liberer(relance.nom());
        try {
            Crochets.VERROUS_OBTENUS.remove(relance.nom());
            ensemble(() -> relance.declencher(noeud1), () -> relance.declencher(noeud2));
            attendreEnvoye(parLaTache);
            assertThat(Crochets.verrousObtenus(relance.nom())).isEqualTo(1);
        } finally {
            tenir(relance.nom());
        }
        assertThat(courrielsPour(parLaTache)).hasSize(1);
        assertThat(Crochets.tentatives(parLaTache)).as("l'échec, puis un envoi").hasSize(2);
    }

    // ——— les deux nœuds ———

    /** Une instance de l'application, démarrée comme en production : par SpringApplication, sur un port libre. */
    record Noeud(String nom, ConfigurableApplicationContext contexte, int port) {

        static Noeud demarrer(String nom) {
            ConfigurableApplicationContext contexte = new SpringApplicationBuilder(
                            PredemandeApplication.class, Crochets.class)
                    .initializers(application -> exclureLesClassesDeTest(application.getBeanFactory()))
                    // en ligne de commande : au-dessus de config/application.yml des tests
                    .run(
                            "--server.port=0",
                            "--spring.datasource.url=" + base.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--spring.mail.host=localhost",
                            "--spring.mail.port=" + smtp.getSmtp().getPort(),
                            "--predemande.sms.smpp.hote=localhost",
                            "--predemande.sms.smpp.port=" + smsc.port,
                            "--predemande.sms.smpp.identifiant=" + ServeurSmppDeTest.IDENTIFIANT,
                            "--predemande.sms.smpp.mot-de-passe=" + ServeurSmppDeTest.MOT_DE_PASSE,
                            "--predemande.stockage.dossier=" + documents,
                            "--predemande.antirobot.cle-hmac=" + CLE_ANTIROBOT,
                            // un courriel en échec est relançable au bout d'une seconde (une minute hors tests)
                            "--predemande.outbox.age-avant-relance=PT1S",
                            "--" + Crochets.NOM_DU_NOEUD + "=" + nom);
            return new Noeud(
                    nom,
                    contexte,
                    ((WebServerApplicationContext) contexte).getWebServer().getPort());
        }

        String url(String chemin) {
            return "http://localhost:" + port + chemin;
        }

        Environment environnement() {
            return contexte.getEnvironment();
        }

        void publier(Object evenement) {
            contexte.getBean(TransactionTemplate.class).executeWithoutResult(etat -> contexte.publishEvent(evenement));
        }
    }

    /**
     * Ce que {@code @SpringBootTest} écarte du balayage des composants, écarté ici aussi : les configurations de test
     * ({@code @TestConfiguration}) et les classes imbriquées dans les classes de test. Le filtre de Spring Boot n'est
     * pas public ; il est enregistré comme le fait Spring Boot pour ses tests.
     */
    private static void exclureLesClassesDeTest(ConfigurableListableBeanFactory usine) {
        try {
            Class<?> filtre = Class.forName("org.springframework.boot.test.context.filter.TestTypeExcludeFilter");
            Method enregistrer = filtre.getDeclaredMethod("registerWith", ConfigurableListableBeanFactory.class);
            ReflectionUtils.makeAccessible(enregistrer);
            enregistrer.invoke(null, usine);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Filtre des classes de test de Spring Boot introuvable", e);
        }
    }

    /** Les crochets de test, dans chaque nœud ; leur état est commun aux deux (même JVM). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Crochets {

        static final String NOM_DU_NOEUD = "deux-noeuds.nom";
        /** Le premier envoi à ces adresses échoue, comme avec un serveur SMTP arrêté. */
        static final String ECHEC_UNE_FOIS = "relance-";
        /** Le premier envoi à ces adresses reste en cours jusqu'à {@link #SMTP_LENT}, comme avec un serveur SMTP lent. */
        static final String EN_COURS = "en-cours-";

        static final CountDownLatch SMTP_LENT = new CountDownLatch(1);
        static final Map<String, AtomicInteger> VERROUS_OBTENUS = new ConcurrentHashMap<>();
        /** Pour chaque adresse, le nœud de chaque tentative d'envoi. */
        private static final Map<String, List<String>> TENTATIVES = new ConcurrentHashMap<>();

        static int verrousObtenus(String nom) {
            return Optional.ofNullable(VERROUS_OBTENUS.get(nom))
                    .map(AtomicInteger::get)
                    .orElse(0);
        }

        static List<String> tentatives(String destinataire) {
            return List.copyOf(TENTATIVES.getOrDefault(destinataire, List.of()));
        }

        @Bean
        static BeanPostProcessor crochetsDesDeuxNoeuds(Environment environnement) {
            String noeud = environnement.getRequiredProperty(NOM_DU_NOEUD);
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String nom) {
                    if (bean instanceof LockProvider verrous) {
                        return (LockProvider) configuration -> compter(configuration, verrous.lock(configuration));
                    }
                    if (bean instanceof EnvoiCourriel envoi) {
                        return (EnvoiCourriel) courriel -> envoyer(noeud, envoi, courriel);
                    }
                    return bean;
                }
            };
        }

        private static Optional<SimpleLock> compter(LockConfiguration configuration, Optional<SimpleLock> verrou) {
            verrou.ifPresent(obtenu -> VERROUS_OBTENUS
                    .computeIfAbsent(configuration.getName(), n -> new AtomicInteger())
                    .incrementAndGet());
            return verrou;
        }

        private static void envoyer(String noeud, EnvoiCourriel envoi, Courriel courriel) {
            String destinataire = courriel.destinataire();
            List<String> tentatives = TENTATIVES.computeIfAbsent(destinataire, d -> new CopyOnWriteArrayList<>());
            tentatives.add(noeud);
            if (destinataire.startsWith(ECHEC_UNE_FOIS) && tentatives.size() == 1) {
                throw new IllegalStateException("Serveur SMTP indisponible (simulé) pour " + destinataire);
            }
            if (destinataire.startsWith(EN_COURS) && tentatives.size() == 1) {
                try {
                    SMTP_LENT.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            envoi.envoyer(courriel);
        }
    }

    // ——— les tâches planifiées ———

    /** Une méthode {@code @Scheduled} d'un bean de l'application, et son verrou ShedLock. */
    record Tache(String bean, Method methode, Scheduled planification, SchedulerLock verrou) {

        String nom() {
            return verrou.name();
        }

        /** Appelée comme l'appelle le planificateur : sur le bean de ce nœud, à travers le proxy du verrou. */
        void declencher(Noeud noeud) {
            try {
                methode.invoke(noeud.contexte().getBean(bean));
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(this + " a échoué sur " + noeud.nom(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** L'écart le plus court entre deux déclenchements d'un même nœud. */
        Duration periode(Environment environnement) {
            if (!planification.fixedDelayString().isEmpty()) {
                return duree(environnement.resolvePlaceholders(planification.fixedDelayString()));
            }
            if (!planification.fixedRateString().isEmpty()) {
                return duree(environnement.resolvePlaceholders(planification.fixedRateString()));
            }
            if (planification.fixedDelay() > 0 || planification.fixedRate() > 0) {
                return Duration.ofMillis(Math.max(planification.fixedDelay(), planification.fixedRate()));
            }
            var cron = CronExpression.parse(environnement.resolvePlaceholders(planification.cron()));
            ZoneId zone = planification.zone().isEmpty() ? ZoneId.systemDefault() : ZoneId.of(planification.zone());
            Duration plusCourte = null;
            ZonedDateTime instant = cron.next(ZonedDateTime.now(zone));
            for (int i = 0; i < 400; i++) {
                ZonedDateTime suivant = cron.next(instant);
                Duration ecart = Duration.between(instant, suivant);
                plusCourte = plusCourte == null || ecart.compareTo(plusCourte) < 0 ? ecart : plusCourte;
                instant = suivant;
            }
            return plusCourte;
        }

        @Override
        public String toString() {
            return verrou == null ? bean + "." + methode.getName() : verrou.name();
        }
    }

    /** Toutes les tâches planifiées de l'application (lues sur le nœud 1) ; chacune doit avoir son verrou. */
    private static List<Tache> tachesPlanifiees() {
        var contexte = noeud1.contexte();
        List<Tache> taches = new ArrayList<>();
        for (String bean : contexte.getBeanDefinitionNames()) {
            Class<?> type = contexte.getBeanFactory().getType(bean, false);
            if (type == null) {
                continue;
            }
            ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), methode -> {
                Scheduled planification = AnnotatedElementUtils.findMergedAnnotation(methode, Scheduled.class);
                if (planification != null) {
                    ReflectionUtils.makeAccessible(methode);
                    taches.add(new Tache(
                            bean,
                            methode,
                            planification,
                            AnnotatedElementUtils.findMergedAnnotation(methode, SchedulerLock.class)));
                }
            });
        }
        assertThat(taches)
                .as("tâches planifiées sans verrou ShedLock : elles tourneraient sur chaque nœud")
                .allSatisfy(
                        tache -> assertThat(tache.verrou()).as(tache.toString()).isNotNull());
        return taches;
    }

    /** Le verrou de cette tâche, tenu une heure par le test : aucun nœud ne la lance. */
    private static void tenir(String nom) {
        jdbc.sql("""
                        insert into shedlock (name, lock_until, locked_at, locked_by)
                        values (?, timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'DeuxNoeudsTest')
                        on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
                          locked_by = excluded.locked_by""").param(nom).update();
    }

    /**
     * Une nouvelle période pour cette tâche : son verrou a expiré. La ligne reste : ShedLock retient qu'elle existe et
     * ne fait plus ensuite que la mettre à jour.
     */
    private static void liberer(String nom) {
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?")
                .param(nom)
                .update();
    }

    // ——— l'outbox, le SMTP, le SMSC ———

    private static int publicationsEnAttente(String marque) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + marque + "%")
                .query(Integer.class)
                .single();
    }

    /** L'envoi a échoué, et la publication est assez ancienne pour être relancée ({@code age-avant-relance}). */
    private static void attendreEnEchec(String destinataire) {
        await().atMost(LONGTEMPS)
                .until(() -> jdbc.sql("""
                        select count(*) from event_publication where serialized_event like ? and status = 'FAILED'
                          and publication_date < now() - interval '2 seconds'""")
                                .param("%" + destinataire + "%")
                                .query(Integer.class)
                                .single()
                        == 1);
    }

    /** Parti, et noté par l'outbox ; ensuite, rien ne peut plus le relancer. */
    private static void attendreEnvoye(String destinataire) {
        await().atMost(LONGTEMPS).untilAsserted(() -> {
            assertThat(courrielsPour(destinataire))
                    .as(() -> etatDeLOutbox(destinataire))
                    .isNotEmpty();
            assertThat(publicationsEnAttente(destinataire))
                    .as(() -> etatDeLOutbox(destinataire))
                    .isZero();
        });
    }

    /** Pour le message d'un échec : les publications de ce destinataire, les verrous, les tentatives d'envoi. */
    private static String etatDeLOutbox(String destinataire) {
        return "publications "
                + jdbc.sql("""
                        select status, completion_attempts, publication_date, last_resubmission_date, now() as maintenant
                        from event_publication where serialized_event like ?""").param("%" + destinataire + "%").query().listOfRows()
                + ", verrous " + jdbc.sql("select * from shedlock").query().listOfRows()
                + ", verrous obtenus " + Crochets.VERROUS_OBTENUS
                + ", tentatives " + Crochets.tentatives(destinataire);
    }

    private static List<MimeMessage> courrielsPour(String destinataire) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> destinataires(message).contains(destinataire))
                .toList();
    }

    private static MimeMessage courrielPour(String destinataire) {
        await().atMost(LONGTEMPS).until(() -> !courrielsPour(destinataire).isEmpty());
        return courrielsPour(destinataire).get(0);
    }

    private static List<String> destinataires(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> smsPour(String telephone) {
        String chiffres = telephone.replace(" ", "").substring(1);
        return smsc.recus.stream()
                .map(pdu -> pdu.getDestAddress())
                .filter(adresse -> adresse.endsWith(chiffres))
                .toList();
    }

    // ——— un navigateur ———

    /** Un navigateur : ses cookies (communs aux deux nœuds, servis sous le même nom d'hôte), sans suivre les redirections. */
    static final class Navigateur {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .build();

        HttpResponse<String> get(Noeud noeud, String chemin) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create(noeud.url(chemin)))
                            .timeout(LONGTEMPS)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        byte[] octets(Noeud noeud, String chemin) throws IOException, InterruptedException {
            var reponse = client.send(
                    HttpRequest.newBuilder(URI.create(noeud.url(chemin)))
                            .timeout(LONGTEMPS)
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(reponse.statusCode())
                    .as("GET %s sur %s", chemin, noeud.nom())
                    .isEqualTo(200);
            return reponse.body();
        }

        HttpResponse<String> post(Noeud noeud, String chemin, Map<String, String> champs)
                throws IOException, InterruptedException {
            String corps = champs.entrySet().stream()
                    .map(champ -> URLEncoder.encode(champ.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(champ.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(noeud.url(chemin)))
                            .timeout(LONGTEMPS)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(corps))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Le jeton CSRF du formulaire de cette page, comme le navigateur l'enverra. */
        String jetonCsrf(Noeud noeud, String page) throws IOException, InterruptedException {
            var reponse = get(noeud, page);
            assertThat(reponse.statusCode())
                    .as("GET %s sur %s", page, noeud.nom())
                    .isEqualTo(200);
            Matcher jeton = CSRF.matcher(reponse.body());
            assertThat(jeton.find()).as("jeton CSRF de %s", page).isTrue();
            return jeton.group(1);
        }

        /** Remplit un formulaire lu sur ce nœud et l'envoie à ce nœud. */
        HttpResponse<String> envoyer(Noeud noeud, String page, String action, Map<String, String> champs)
                throws IOException, InterruptedException {
            var avecJeton = new LinkedHashMap<>(champs);
            avecJeton.put("_csrf", jetonCsrf(noeud, page));
            return post(noeud, action, avecJeton);
        }

        String cookie(String nom) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(nom))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("pas de cookie " + nom));
        }

        HttpResponse<String> inscrire(Noeud noeud, String identifiant, String courriel, String reponseAntiRobot)
                throws IOException, InterruptedException {
            var champs = new LinkedHashMap<String, String>();
            champs.put("identifiant", identifiant);
            champs.put("sexe", "F");
            champs.put("nom", "Martin");
            champs.put("prenoms", "Élise, Marie");
            champs.put("courriel", courriel);
            champs.put("telephone", TELEPHONE);
            champs.put("questionSecrete", "PREMIER_ANIMAL");
            champs.put("reponseSecrete", "Médor");
            champs.put("cgu", "true");
            champs.put("altcha", reponseAntiRobot);
            return envoyer(noeud, "/compte/inscription", "/compte/inscription", champs);
        }

        /** Inscrit un usager sur ce nœud, sans l'activer ; son adresse commence par {@code prefixe}. */
        String inscritSansActiver(Noeud noeud, String prefixe) throws IOException, InterruptedException {
            String identifiant = identifiantUnique();
            String courriel = prefixe + identifiant + "@exemple.fr";
            String reponse =
                    ReponseAntiRobot.resoudre(get(noeud, "/antirobot/defi").body());
            assertThat(inscrire(noeud, identifiant, courriel, reponse))
                    .satisfies(redirigeVers("/compte/inscription/confirmation"));
            return courriel;
        }

        void activer(Noeud noeud, String jeton) throws IOException, InterruptedException {
            assertThat(envoyer(
                            noeud,
                            "/compte/activation?jeton=" + jeton,
                            "/compte/activation",
                            Map.of("jeton", jeton, "motDePasse", MOT_DE_PASSE, "confirmation", MOT_DE_PASSE)))
                    .satisfies(redirigeVers("/connexion"));
        }

        HttpResponse<String> connecter(Noeud noeud, String identifiant) throws IOException, InterruptedException {
            return envoyer(
                    noeud, "/connexion", "/connexion", Map.of("identifiant", identifiant, "motDePasse", MOT_DE_PASSE));
        }

        /** Un usager inscrit, activé et connecté sur ce nœud ; son identifiant. */
        String inscritEtConnecte(Noeud noeud) throws IOException, InterruptedException {
            String identifiant = identifiantUnique();
            String courriel = identifiant + "@exemple.fr";
            String reponse =
                    ReponseAntiRobot.resoudre(get(noeud, "/antirobot/defi").body());
            assertThat(inscrire(noeud, identifiant, courriel, reponse))
                    .satisfies(redirigeVers("/compte/inscription/confirmation"));
            activer(noeud, ApplicationEnTest.jeton(ApplicationEnTest.lienDans(courrielPour(courriel))));
            assertThat(connecter(noeud, identifiant)).satisfies(redirigeVers("/demandes"));
            return identifiant;
        }

        UUID nouveauBrouillon(Noeud noeud) throws IOException, InterruptedException {
            String liste = get(noeud, "/demandes").body();
            Matcher id =
                    Pattern.compile("name=\"id\" value=\"([0-9a-f-]{36})\"").matcher(liste);
            assertThat(id.find()).as("formulaire de nouvelle pré-demande").isTrue();
            UUID brouillon = UUID.fromString(id.group(1));
            assertThat(envoyer(noeud, "/demandes", "/demandes", Map.of("id", brouillon.toString())))
                    .satisfies(redirigeVers("/demandes/" + brouillon + "/motif"));
            return brouillon;
        }

        /** Les six sections d'une pré-demande complète, chacune sur le nœud suivant, tour à tour. */
        void remplir(UUID brouillon, String courriel, Noeud... noeuds) throws IOException, InterruptedException {
            int rang = 0;
            for (var section : PreDemandesDeTest.REPONSES.entrySet()) {
                Noeud noeud = noeuds[rang++ % noeuds.length];
                var champs = new LinkedHashMap<>(section.getValue());
                if (section.getKey().equals("contact")) {
                    champs.put("courriel", courriel);
                    champs.put("telephone", TELEPHONE);
                }
                String page = "/demandes/" + brouillon + "/" + section.getKey();
                var reponse = envoyer(noeud, page, page, champs);
                assertThat(reponse.statusCode())
                        .as("section %s sur %s : %s", section.getKey(), noeud.nom(), reponse.body())
                        .isEqualTo(302);
            }
        }
    }

    private static String numeroAffiche(Navigateur usager, Noeud noeud, UUID brouillon)
            throws IOException, InterruptedException {
        Matcher numero = NUMERO.matcher(
                usager.get(noeud, "/demandes/" + brouillon + "/confirmation").body());
        assertThat(numero.find())
                .as("numéro sur la confirmation du %s", noeud.nom())
                .isTrue();
        return numero.group(1).replace(" ", "");
    }

    /** Une redirection vers ce chemin (et sa requête), quel que soit le nœud qui l'écrit. */
    private static Consumer<HttpResponse<String>> redirigeVers(String chemin) {
        return reponse -> {
            assertThat(reponse.statusCode())
                    .as("%s %s : %s", reponse.request().method(), reponse.uri(), reponse.body())
                    .isEqualTo(302);
            URI destination =
                    URI.create(reponse.headers().firstValue("Location").orElseThrow());
            assertThat(destination.getRawPath()
                            + (destination.getRawQuery() == null ? "" : "?" + destination.getRawQuery()))
                    .as("redirection de %s", reponse.uri())
                    .isEqualTo(chemin);
        };
    }

    // ——— outils ———

    /** Une action d'un fil de test. */
    @FunctionalInterface
    interface Action<T> {
        T executer() throws Exception;
    }

    /** Ces actions, lancées ensemble (chacune sur son fil, toutes au même signal), et leurs résultats. */
    private static <T> List<T> enMemeTemps(List<Action<T>> actions) throws Exception {
        var depart = new CyclicBarrier(actions.size());
        var executeur = Executors.newFixedThreadPool(actions.size());
        try {
            List<Future<T>> resultats = new ArrayList<>();
            for (Action<T> action : actions) {
                resultats.add(executeur.submit(() -> {
                    depart.await(1, TimeUnit.MINUTES);
                    return action.executer();
                }));
            }
            List<T> valeurs = new ArrayList<>();
            for (Future<T> resultat : resultats) {
                valeurs.add(resultat.get(LONGTEMPS.toSeconds(), TimeUnit.SECONDS));
            }
            return valeurs;
        } finally {
            executeur.shutdownNow();
        }
    }

    private static void ensemble(Runnable... actions) throws Exception {
        enMemeTemps(Arrays.stream(actions)
                .map(action -> (Action<Object>) () -> {
                    action.run();
                    return null;
                })
                .toList());
    }

    /** Une durée écrite comme ShedLock les lit : ISO-8601 ou « 10m » ; vide, aucune. */
    private static Duration duree(String texte) {
        return texte.isEmpty() ? Duration.ZERO : DurationStyle.detectAndParse(texte);
    }

    private static String identifiantUnique() {
        return "noeuds" + System.nanoTime() % 1_000_000_000L + "-" + COMPTEUR.incrementAndGet();
    }

    private static int portLibre() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
