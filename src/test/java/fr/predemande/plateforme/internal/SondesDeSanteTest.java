package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * Les sondes de disponibilité répondent dans leur délai (2 s) même quand ce qu'elles vérifient ne répond jamais. Le cas
 * d'une vraie base gelée puis tuée : PannesDeLaBaseTest.
 */
class SondesDeSanteTest {

    /** Le délai des sondes, et de la marge pour une machine chargée. */
    private static final Duration REPONSE_MAX = Duration.ofSeconds(5);

    @TempDir
    Path dossier;

    private static SanteDeLaBase sondeDeLaBase(String url) {
        var base = new DataSourceProperties();
        base.setUrl(url);
        base.setUsername("postgres");
        return new SanteDeLaBase(base, new StaticListableBeanFactory().getBeanProvider(DataSource.class));
    }

    private static Health mesurer(org.springframework.boot.health.contributor.HealthIndicator sonde) {
        long debut = System.nanoTime();
        Health sante = sonde.health();
        assertThat(Duration.ofNanos(System.nanoTime() - debut)).isLessThan(REPONSE_MAX);
        return sante;
    }

    @Test
    void uneBaseQuiAccepteLaConnexionSansJamaisRepondreEstDownDansLeDelai() throws Exception {
        // comme un serveur gelé : le noyau accepte la connexion, personne ne répond
        try (var muet = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var sonde = sondeDeLaBase("jdbc:postgresql://127.0.0.1:" + muet.getLocalPort() + "/predemande");
            try {
                assertThat(mesurer(sonde).getStatus()).isEqualTo(Status.DOWN);
                // la vérification bloquée n'est pas relancée : la suivante l'attend, dans son propre délai
                assertThat(mesurer(sonde).getStatus()).isEqualTo(Status.DOWN);
            } finally {
                sonde.destroy();
            }
        }
    }

    @Test
    void uneBaseArreteeEstDown() throws Exception {
        int port;
        try (var libre = new ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        var sonde = sondeDeLaBase("jdbc:postgresql://127.0.0.1:" + port + "/predemande");
        try {
            assertThat(mesurer(sonde).getStatus()).isEqualTo(Status.DOWN);
        } finally {
            sonde.destroy();
        }
    }

    private SanteDuMagasin sondeDuMagasin(MockEnvironment reglages) {
        return new SanteDuMagasin(reglages);
    }

    @Test
    void unDossierDeDocumentsOuLOnPeutEcrireEstUpMemeAvantLePremierDocument() {
        var sonde = sondeDuMagasin(new MockEnvironment()
                .withProperty(
                        "predemande.stockage.dossier",
                        dossier.resolve("documents/pas-encore-cree").toString()));
        try {
            assertThat(mesurer(sonde).getStatus()).isEqualTo(Status.UP);
        } finally {
            sonde.destroy();
        }
    }

    @Test
    void unDossierDeDocumentsImpossibleACreerEstDown() throws Exception {
        Path fichier = Files.writeString(dossier.resolve("un-fichier"), "pas un dossier");
        var sonde = sondeDuMagasin(new MockEnvironment()
                .withProperty(
                        "predemande.stockage.dossier",
                        fichier.resolve("documents").toString()));
        try {
            assertThat(mesurer(sonde).getStatus()).isEqualTo(Status.DOWN);
        } finally {
            sonde.destroy();
        }
    }

    @Test
    void unStockageS3QuiRepondEstUpMemeSansDroitsEtDownQuandIlEstEnErreurOuMuet() throws Exception {
        var serveur = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        var statut = new java.util.concurrent.atomic.AtomicInteger(403);
        serveur.createContext("/", echange -> {
            echange.sendResponseHeaders(statut.get(), -1);
            echange.close();
        });
        serveur.start();
        var sonde = sondeDuMagasin(new MockEnvironment()
                .withProperty("predemande.stockage.s3.seau", "documents")
                .withProperty(
                        "predemande.stockage.s3.adresse",
                        "http://127.0.0.1:" + serveur.getAddress().getPort()));
        try {
            assertThat(mesurer(sonde).getStatus()).as("403 : le service répond").isEqualTo(Status.UP);
            statut.set(503);
            assertThat(mesurer(sonde).getStatus()).isEqualTo(Status.DOWN);
        } finally {
            serveur.stop(0);
        }
        try (var muet = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            var sondeMuette = sondeDuMagasin(new MockEnvironment()
                    .withProperty("predemande.stockage.s3.seau", "documents")
                    .withProperty("predemande.stockage.s3.adresse", "http://127.0.0.1:" + muet.getLocalPort()));
            try {
                assertThat(mesurer(sondeMuette).getStatus()).isEqualTo(Status.DOWN);
            } finally {
                sondeMuette.destroy();
            }
        } finally {
            sonde.destroy();
        }
    }
}
