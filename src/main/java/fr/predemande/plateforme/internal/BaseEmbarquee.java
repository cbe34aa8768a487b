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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Le serveur PostgreSQL 17 embarqué, un seul par JVM : l'application et tous les contextes de test d'une même JVM le
 * partagent. Sous root (conteneur, intégration continue), zonky lance PostgreSQL dans un espace de noms utilisateur
 * ({@code unshare -U}), car PostgreSQL refuse de tourner sous root.
 */
final class BaseEmbarquee {

    static final String NOM_BASE = "predemande";
    private static final Logger LOG = LoggerFactory.getLogger(BaseEmbarquee.class);
    private static EmbeddedPostgres serveur;
    private static Path dossierActuel;

    private BaseEmbarquee() {}

    /**
     * @param jetable base propre à cette JVM (tests) : un sous-dossier à son numéro de processus, effacé à l'arrêt ;
     *     deux JVM de test simultanées ne se gênent pas
     */
    static synchronized String urlJdbc(Path dossier, boolean durable, boolean jetable) {
        Path normalise = dossier.toAbsolutePath().normalize();
        if (jetable) {
            normalise = normalise.resolve("jvm-" + ProcessHandle.current().pid());
        }
        if (serveur == null) {
            serveur = demarrer(normalise, durable, jetable);
            dossierActuel = normalise;
            creerLaBaseSiAbsente(serveur.getPostgresDatabase());
        } else if (!normalise.equals(dossierActuel)) {
            throw new IllegalStateException("Une base embarquée tourne déjà dans " + dossierActuel
                    + " : une JVM n'en démarre qu'une.");
        }
        return serveur.getJdbcUrl("postgres", NOM_BASE);
    }

    private static EmbeddedPostgres demarrer(Path dossier, boolean durable, boolean jetable) {
        try {
            boolean nouvelle = !Files.exists(dossier.resolve("postgresql.conf"));
            Files.createDirectories(dossier);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dossier)
                    .setCleanDataDirectory(jetable)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("max_connections", "200");
            EmbeddedPostgres demarre = builder.start();
            LOG.info(
                    "PostgreSQL embarqué démarré sur le port {} ({} dans {})",
                    demarre.getPort(),
                    nouvelle ? "nouvelles données" : "données existantes",
                    dossier);
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
