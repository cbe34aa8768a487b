package fr.predemande.plateforme.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * Le serveur PostgreSQL 17 embarqué, un seul par JVM : l'application et tous les contextes de test d'une même JVM le
 * partagent. Sous root (conteneur, intégration continue), zonky lance PostgreSQL dans un espace de noms utilisateur
 * ({@code unshare -U}), car PostgreSQL refuse de tourner sous root.
 *
 * <p>Une veille le redémarre s'il meurt (tué, plantage) : sur le même dossier et le même port, si bien que le pool de
 * connexions le retrouve sans que l'application redémarre. Un confort de développement : en production, la base est
 * externe et son redémarrage est l'affaire de son exploitant. Un serveur gelé, lui, n'est pas mort : la veille le
 * laisse, l'application répond 503 et se déclare non prête tant qu'il ne répond pas.
 */
final class BaseEmbarquee {

    static final String NOM_BASE = "predemande";
    /** Ce que l'arrêt attend des processus tués du serveur. */
    private static final Duration ARRET_FORCE_APRES = Duration.ofSeconds(2);

    private static final Log VEILLE = LogFactory.getLog(BaseEmbarquee.class);

    /** Gardés par la classe ; lus sans verrou par la veille et par les tests (volatils). */
    private static volatile EmbeddedPostgres serveur;

    private static volatile ProcessHandle postmaster;
    private static Path dossierActuel;
    private static boolean jetableActuelle;
    private static boolean durableActuelle;
    private static volatile boolean arretDemande;
    private static Thread veille;
    private static Duration intervalleDeVeille;

    private BaseEmbarquee() {}

    /**
     * @param jetable base propre à cette JVM (tests) : un sous-dossier à son numéro de processus, effacé à l'arrêt ;
     *     deux JVM de test simultanées ne se gênent pas
     * @param intervalle de la veille qui redémarre le serveur mort ; 0 : pas de veille
     */
    static synchronized String urlJdbc(
            Path dossier, boolean durable, boolean jetable, Duration intervalle, Log journal) {
        Path normalise = dossier.toAbsolutePath().normalize();
        if (jetable) {
            normalise = normalise.resolve("jvm-" + ProcessHandle.current().pid());
        }
        if (serveur == null) {
            serveur = demarrer(normalise, durable, jetable, 0, journal);
            postmaster = postmaster(normalise).orElse(null);
            dossierActuel = normalise;
            jetableActuelle = jetable;
            durableActuelle = durable;
            creerLaBaseSiAbsente(serveur.getPostgresDatabase());
            // Spring Boot exécute ces tâches après avoir fermé ses contextes : l'outbox et le pool de connexions
            // s'arrêtent proprement avant le serveur
            SpringApplication.getShutdownHandlers().add(() -> arreter(journal));
            if (!intervalle.isZero() && !intervalle.isNegative()) {
                intervalleDeVeille = intervalle;
                veille = new Thread(BaseEmbarquee::veiller, "veille-postgres-embarque");
                veille.setDaemon(true);
                veille.start();
            }
        } else if (!normalise.equals(dossierActuel)) {
            throw new IllegalStateException(
                    "Une base embarquée tourne déjà dans " + dossierActuel + " : une JVM n'en démarre qu'une.");
        }
        return serveur.getJdbcUrl("postgres", NOM_BASE);
    }

    /**
     * @param port 0 au premier démarrage (un port libre), celui du serveur mort à un redémarrage : les connexions du
     *     pool y reviennent
     */
    private static EmbeddedPostgres demarrer(Path dossier, boolean durable, boolean jetable, int port, Log journal) {
        try {
            if (port == 0) {
                arreterUnServeurOrphelin(dossier, journal);
                if (jetable && Files.exists(dossier) && !dossierVerrouille(dossier)) {
                    // le dossier d'une JVM passée qui portait le même numéro : une base jetable repart de rien
                    FileSystemUtils.deleteRecursively(dossier);
                }
            }
            boolean nouvelle = !Files.exists(dossier.resolve("postgresql.conf"));
            Files.createDirectories(dossier);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dossier)
                    // jamais effacé par zonky : un redémarrage après une panne reprend les mêmes données ; une base
                    // jetable est effacée par arreter()
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // arrêté après la fermeture des contextes Spring (voir plus haut), pas en même temps qu'eux
                    .setRegisterShutdownHook(false)
                    // au redémarrage, la reprise après la panne ; un échec est retenté par la veille
                    .setPGStartupWait(Duration.ofSeconds(port == 0 ? 60 : 30))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200");
            EmbeddedPostgres demarre = builder.start();
            journal.info("PostgreSQL embarqué démarré sur le port " + demarre.getPort() + " ("
                    + (nouvelle ? "nouvelles données" : "données existantes") + " dans " + dossier + ")");
            return demarre;
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de démarrer PostgreSQL embarqué dans " + dossier, e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new IllegalStateException(
                        "Le dossier " + dossier
                                + " est déjà utilisé par une autre instance de l'application : arrêtez-la ou choisissez"
                                + " un autre dossier (PREDEMANDE_BASE_EMBARQUEE_DOSSIER).",
                        e);
            }
            throw e;
        }
    }

    /** À chaque intervalle : le serveur vit-il encore ? Sinon, le redémarrer. */
    private static void veiller() {
        List<ProcessHandle> enfants = List.of();
        while (!arretDemande) {
            try {
                Thread.sleep(intervalleDeVeille.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            ProcessHandle surveille = postmaster;
            if (surveille != null && vivant(surveille)) {
                // ses processus (une connexion chacun) : après sa mort, ils finissent de s'arrêter avant qu'un
                // nouveau serveur puisse prendre la mémoire partagée du dossier
                enfants = surveille.descendants().toList();
                continue;
            }
            synchronized (BaseEmbarquee.class) {
                if (arretDemande) {
                    return;
                }
                try {
                    redemarrer(surveille, enfants);
                    enfants = List.of();
                } catch (RuntimeException e) {
                    VEILLE.error(
                            "PostgreSQL embarqué n'a pas pu redémarrer ; nouvel essai dans "
                                    + intervalleDeVeille.toMillis() + " ms",
                            e);
                }
            }
        }
    }

    private static void redemarrer(ProcessHandle mort, List<ProcessHandle> enfants) {
        long debut = System.nanoTime();
        VEILLE.warn("PostgreSQL embarqué" + (mort == null ? "" : " (pid " + mort.pid() + ")")
                + " s'est arrêté : redémarrage sur " + dossierActuel + ", port " + serveur.getPort());
        attendreLaFin(enfants, Duration.ofSeconds(10));
        // ceux qui ont commencé depuis la dernière vérification (une connexion ouverte entre-temps) : tout processus
        // PostgreSQL dont le dossier courant est celui des données est l'un des siens
        attendreLaFin(processusDuDossier(dossierActuel), Duration.ofSeconds(10));
        if (mort != null) {
            attendreLaFin(List.of(mort), Duration.ofSeconds(10));
            supprimerLeFichierDeVerrouPerime(mort);
        }
        libererLeVerrou(serveur);
        EmbeddedPostgres nouveau;
        try {
            nouveau = demarrer(dossierActuel, durableActuelle, jetableActuelle, serveur.getPort(), VEILLE);
        } catch (RuntimeException e) {
            // l'objet de zonky qui n'a pas démarré garde le verrou du dossier jusqu'à ce que le ramasse-miettes le
            // libère : qu'il le fasse avant le prochain essai
            System.gc();
            throw e;
        }
        serveur = nouveau;
        postmaster = postmaster(dossierActuel).orElse(null);
        VEILLE.warn("PostgreSQL embarqué redémarré" + (postmaster == null ? "" : " (pid " + postmaster.pid() + ")")
                + " en " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - debut) + " ms : le pool s'y reconnecte");
    }

    /**
     * Un processus tué reste « zombie » tant que son parent (ici le processus initial de la machine, qui a recueilli le
     * serveur lancé par {@code pg_ctl}) ne l'a pas recueilli ; PostgreSQL le croirait vivant d'après {@code
     * postmaster.pid} et refuserait de démarrer. Il est mort, ses processus aussi : le fichier est périmé. La mémoire
     * partagée du dossier, que PostgreSQL vérifie de lui-même, garde contre un processus resté attaché.
     */
    private static void supprimerLeFichierDeVerrouPerime(ProcessHandle mort) {
        Path fichier = dossierActuel.resolve("postmaster.pid");
        if (!vivant(mort) && numeroDansLeFichier(dossierActuel) == mort.pid()) {
            try {
                Files.deleteIfExists(fichier);
                VEILLE.info("postmaster.pid périmé (pid " + mort.pid() + ") supprimé");
            } catch (IOException e) {
                VEILLE.warn("postmaster.pid périmé non supprimé", e);
            }
        }
    }

    /** Sous Linux, les processus PostgreSQL qui travaillent dans ce dossier (leur dossier courant) ; ailleurs, aucun. */
    private static List<ProcessHandle> processusDuDossier(Path dossier) {
        if (!Files.isDirectory(Path.of("/proc"))) {
            return List.of();
        }
        Path reel;
        try {
            reel = dossier.toRealPath();
        } catch (IOException e) {
            reel = dossier;
        }
        Path donnees = reel;
        return ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> {
                    try {
                        return Files.readSymbolicLink(Path.of("/proc", String.valueOf(p.pid()), "cwd"))
                                .equals(donnees);
                    } catch (IOException | RuntimeException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** Les processus d'un serveur mort : ils s'arrêtent seuls en voyant leur parent disparu, sinon ils sont tués. */
    private static void attendreLaFin(List<ProcessHandle> processus, Duration delai) {
        long limite = System.nanoTime() + delai.toNanos();
        for (ProcessHandle p : processus) {
            while (vivant(p) && System.nanoTime() < limite) {
                dormir(100);
            }
        }
        for (ProcessHandle p : processus) {
            if (vivant(p)) {
                p.destroyForcibly();
            }
        }
    }

    /**
     * zonky verrouille le dossier ({@code epg-lock}) pour la vie de son objet, et ne rend le verrou qu'en fermant, donc
     * en lançant {@code pg_ctl stop}, qui échoue sur un serveur déjà mort (et le journalise en erreur). Le verrou est
     * rendu directement ; si zonky a changé de forme, par la fermeture.
     */
    private static void libererLeVerrou(EmbeddedPostgres ancien) {
        java.lang.reflect.Field verrou;
        java.lang.reflect.Field flux;
        try {
            verrou = EmbeddedPostgres.class.getDeclaredField("lock");
            flux = EmbeddedPostgres.class.getDeclaredField("lockStream");
            verrou.setAccessible(true);
            flux.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            try {
                ancien.close();
            } catch (IOException ignoree) {
                // le serveur est mort : il n'y a plus rien à fermer
            }
            return;
        }
        try {
            if (verrou.get(ancien) instanceof java.nio.channels.FileLock lock && lock.isValid()) {
                lock.release();
            }
            if (flux.get(ancien) instanceof java.io.Closeable stream) {
                stream.close();
            }
        } catch (IllegalAccessException | IOException e) {
            VEILLE.warn("Verrou de zonky non rendu", e);
        }
    }

    /**
     * Arrête le serveur : {@code pg_ctl stop -m fast} (zonky, 5 s au plus) s'il répond ; sinon (gelé) ou si des
     * processus restent, ils sont tués : la JVM ne les attend pas davantage, et n'en laisse aucun derrière elle. Une
     * base jetable est effacée.
     */
    private static void arreter(Log journal) {
        EmbeddedPostgres arrete;
        synchronized (BaseEmbarquee.class) {
            arretDemande = true;
            arrete = serveur;
        }
        if (veille != null) {
            veille.interrupt();
        }
        if (repond(arrete)) {
            try {
                arrete.close();
            } catch (IOException e) {
                journal.warn("Arrêt de PostgreSQL embarqué incomplet", e);
            }
        } else {
            journal.warn("PostgreSQL embarqué ne répond pas : arrêt forcé");
            libererLeVerrou(arrete);
        }
        List<ProcessHandle> restants = new ArrayList<>(processusDuDossier(dossierActuel));
        ProcessHandle principal = postmaster;
        if (principal != null && vivant(principal) && !restants.contains(principal)) {
            restants.add(principal);
        }
        restants.forEach(ProcessHandle::destroyForcibly);
        attendreLaFin(restants, ARRET_FORCE_APRES);
        if (jetableActuelle) {
            try {
                FileSystemUtils.deleteRecursively(dossierActuel);
            } catch (IOException e) {
                journal.warn("Base jetable " + dossierActuel + " non effacée", e);
            }
        }
    }

    /** Le serveur répond-il à {@code select 1} en 2 s ? Un serveur gelé ne s'arrêterait pas à la demande. */
    private static boolean repond(EmbeddedPostgres serveurEnMarche) {
        var delais = Map.of("connectTimeout", "2", "loginTimeout", "2", "socketTimeout", "2");
        try (Connection connexion = serveurEnMarche
                        .getDatabase("postgres", "postgres", delais)
                        .getConnection();
                var requete = connexion.createStatement()) {
            requete.execute("select 1");
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Le processus principal d'après {@code postmaster.pid}, que PostgreSQL écrit au démarrage. */
    private static Optional<ProcessHandle> postmaster(Path dossier) {
        long numero = numeroDansLeFichier(dossier);
        return numero < 0 ? Optional.empty() : ProcessHandle.of(numero);
    }

    private static long numeroDansLeFichier(Path dossier) {
        try {
            return Long.parseLong(
                    Files.readAllLines(dossier.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Vivant, et pas seulement en attente d'être recueilli par son parent (zombie, état Z sous Linux). */
    static boolean vivant(ProcessHandle processus) {
        if (!processus.isAlive()) {
            return false;
        }
        Path etat = Path.of("/proc", String.valueOf(processus.pid()), "stat");
        try {
            String ligne = Files.readString(etat);
            int fin = ligne.lastIndexOf(')');
            return fin < 0 || fin + 2 >= ligne.length() || ligne.charAt(fin + 2) != 'Z';
        } catch (IOException | RuntimeException e) {
            // pas de /proc (macOS, Windows) : isAlive() fait foi ; disparu entre-temps : mort
            return Files.exists(Path.of("/proc")) ? false : processus.isAlive();
        }
    }

    private static void dormir(long millisecondes) {
        try {
            Thread.sleep(millisecondes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Une application tuée sans pouvoir s'arrêter (kill -9, coupure) laisse son PostgreSQL tourner sur le dossier : on
     * l'arrête proprement avant de redémarrer, sinon le nouveau serveur ne peut pas démarrer.
     */
    private static void arreterUnServeurOrphelin(Path dossier, Log journal) throws IOException {
        Path pid = dossier.resolve("postmaster.pid");
        if (!Files.exists(pid) || dossierVerrouille(dossier)) {
            return;
        }
        long numero;
        try {
            numero = Long.parseLong(Files.readAllLines(pid).get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        var processus = ProcessHandle.of(numero)
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (processus.isEmpty()) {
            return;
        }
        journal.warn(
                "Un PostgreSQL orphelin (pid " + numero + ") tourne sur " + dossier + " : arrêt avant redémarrage");
        processus.get().destroy();
        try {
            processus.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Le PostgreSQL orphelin " + numero + " ne s'arrête pas", e);
        }
    }

    /** Vrai si une autre instance vivante de l'application tient le verrou de zonky sur ce dossier. */
    private static boolean dossierVerrouille(Path dossier) throws IOException {
        Path verrou = dossier.resolve("epg-lock");
        if (!Files.exists(verrou)) {
            return false;
        }
        try (var canal = java.nio.channels.FileChannel.open(verrou, java.nio.file.StandardOpenOption.WRITE);
                var essai = canal.tryLock()) {
            return essai == null;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    private static void creerLaBaseSiAbsente(DataSource postgres) {
        try (Connection connexion = postgres.getConnection();
                var existe = connexion.prepareStatement("select 1 from pg_database where datname = ?")) {
            existe.setString(1, NOM_BASE);
            try (var resultat = existe.executeQuery()) {
                if (!resultat.next()) {
                    try (var creation = connexion.createStatement()) {
                        creation.execute("create database " + NOM_BASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Impossible de créer la base " + NOM_BASE, e);
        }
    }

    static Map<String, Object> proprietes(String url) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }
}
