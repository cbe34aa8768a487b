package fr.predemande.plateforme.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;

/**
 * Le serveur PostgreSQL 17 embarqué, un seul par JVM : l'application et tous les contextes de test d'une même JVM le
 * partagent. Sous root (conteneur, intégration continue), zonky lance PostgreSQL dans un espace de noms utilisateur
 * ({@code unshare -U}), car PostgreSQL refuse de tourner sous root.
 */
final class BaseEmbarquee {

    static final String NOM_BASE = "predemande";
    private static EmbeddedPostgres serveur;
    private static Path dossierActuel;

    private BaseEmbarquee() {}

    /**
     * @param jetable base propre à cette JVM (tests) : un sous-dossier à son numéro de processus, effacé à l'arrêt ;
     *     deux JVM de test simultanées ne se gênent pas
     */
    static synchronized String urlJdbc(Path dossier, boolean durable, boolean jetable, Log journal) {
        Path normalise = dossier.toAbsolutePath().normalize();
        if (jetable) {
            normalise = normalise.resolve("jvm-" + ProcessHandle.current().pid());
        }
        if (serveur == null) {
            serveur = demarrer(normalise, durable, jetable, journal);
            dossierActuel = normalise;
            creerLaBaseSiAbsente(serveur.getPostgresDatabase());
        } else if (!normalise.equals(dossierActuel)) {
            throw new IllegalStateException("Une base embarquée tourne déjà dans " + dossierActuel
                    + " : une JVM n'en démarre qu'une.");
        }
        return serveur.getJdbcUrl("postgres", NOM_BASE);
    }

    private static EmbeddedPostgres demarrer(Path dossier, boolean durable, boolean jetable, Log journal) {
        try {
            boolean nouvelle = !Files.exists(dossier.resolve("postgresql.conf"));
            Files.createDirectories(dossier);
            arreterUnServeurOrphelin(dossier, journal);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dossier)
                    .setCleanDataDirectory(jetable)
                    // arrêté après la fermeture des contextes Spring (voir plus bas), pas en même temps qu'eux
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200");
            EmbeddedPostgres demarre = builder.start();
            // Spring Boot exécute ces tâches après avoir fermé ses contextes : l'outbox et le pool de connexions
            // s'arrêtent proprement avant le serveur
            SpringApplication.getShutdownHandlers().add(() -> arreter(demarre, journal));
            journal.info("PostgreSQL embarqué démarré sur le port " + demarre.getPort() + " ("
                    + (nouvelle ? "nouvelles données" : "données existantes") + " dans " + dossier + ")");
            return demarre;
        } catch (IOException e) {
            throw new UncheckedIOException("Impossible de démarrer PostgreSQL embarqué dans " + dossier, e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new IllegalStateException("Le dossier " + dossier
                        + " est déjà utilisé par une autre instance de l'application : arrêtez-la ou choisissez"
                        + " un autre dossier (PREDEMANDE_BASE_EMBARQUEE_DOSSIER).", e);
            }
            throw e;
        }
    }

    private static void arreter(EmbeddedPostgres serveurDemarre, Log journal) {
        try {
            serveurDemarre.close();
        } catch (IOException e) {
            journal.warn("Arrêt de PostgreSQL embarqué incomplet", e);
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
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (processus.isEmpty()) {
            return;
        }
        journal.warn("Un PostgreSQL orphelin (pid " + numero + ") tourne sur " + dossier + " : arrêt avant redémarrage");
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
