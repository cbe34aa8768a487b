package fr.predemande.stockage.internal;

import static fr.predemande.stockage.internal.ChiffrementDesDocumentsTest.nouvelleCle;
import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.stockage.MagasinDeDocuments;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Sur disque par défaut, S3 dès qu'un seau est donné ; des clés dépareillées empêchent le démarrage. Chiffré par les
 * clés maîtresses données, sinon par une clé locale générée ; la commande de rotation seulement sur demande.
 */
class ReglagesDuStockageTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReglagesDuStockage.class)
    @Import(StockageConfig.class)
    static class Stockage {}

    @TempDir
    static Path dossier;

    private final ApplicationContextRunner sansCleLocale = new ApplicationContextRunner()
            .withUserConfiguration(Stockage.class)
            .withBean(JdbcClient.class, () -> JdbcClient.create(new SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(LockProvider.class, () -> configuration -> Optional.empty());

    // jamais la clé du poste (var/cles) depuis un test
    private final ApplicationContextRunner contexte = sansCleLocale.withPropertyValues(
            "predemande.stockage.chiffrement.cle-locale=" + dossier.resolve("stockage.key"));

    @Test
    void sansRienRegleLesDocumentsVontSurLeDisqueDansVarDocumentsChiffresParUneCleLocale() {
        contexte.run(application -> {
            var reglages = application.getBean(ReglagesDuStockage.class);
            assertThat(reglages.dossier()).isEqualTo(Path.of("var/documents"));
            assertThat(reglages.s3().configure()).isFalse();
            assertThat(reglages.s3().region()).isEqualTo("eu-west-3");
            assertThat(application.getBean(MagasinDeDocuments.class))
                    .extracting("blobs")
                    .isInstanceOf(BlobsSurDisque.class);
            assertThat(reglages.chiffrement().configure()).isFalse();
            assertThat(application.getBean(TrousseauDeCles.class).active()).startsWith("locale-");
            assertThat(dossier.resolve("stockage.key")).exists();
            assertThat(application).doesNotHaveBean(CommandeDeRotation.class);
        });
    }

    @Test
    void laCleLocaleParDefautEstDansVarClesEtNEstPasCreeeQuandDesClesSontDonnees() {
        sansCleLocale
                .withPropertyValues("predemande.stockage.chiffrement.cles=" + nouvelleCle("A"))
                .run(application -> {
                    assertThat(application
                                    .getBean(ReglagesDuStockage.class)
                                    .chiffrement()
                                    .cleLocale())
                            .isEqualTo(Path.of("var/cles/stockage.key"));
                    assertThat(application.getBean(TrousseauDeCles.class).active())
                            .isEqualTo("A");
                });
    }

    @Test
    void lesClesDonneesEnUneVariableSontLuesEtLaCleActiveChoisie() {
        String cleA = nouvelleCle("2025");
        String cleB = nouvelleCle("2026");
        contexte.withPropertyValues(
                        "predemande.stockage.chiffrement.cles=" + cleA + "," + cleB,
                        "predemande.stockage.chiffrement.cle-active=2026")
                .run(application -> {
                    var trousseau = application.getBean(TrousseauDeCles.class);
                    assertThat(trousseau.identifiants()).containsExactly("2025", "2026");
                    assertThat(trousseau.active()).isEqualTo("2026");
                    assertThat(application.getBean(ReglagesDuStockage.class).toString())
                            .doesNotContain(cleA.substring(5), cleB.substring(5));
                });
    }

    @Test
    void uneCleMalFormeeEmpecheLeDemarrageSansEtreCitee() {
        contexte.withPropertyValues("predemande.stockage.chiffrement.cles=2026:YWJj")
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("« 2026 » fait 3 octets au lieu de 32")
                        .hasMessageNotContaining("YWJj"));
        contexte.withPropertyValues("predemande.stockage.chiffrement.cle-active=2026")
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("donnée sans aucune clé"));
    }

    @Test
    void uneCleLocaleAbimeeEmpecheLeDemarrageEnNommantSonFichier() throws Exception {
        Path abimee = dossier.resolve("abimee.key");
        java.nio.file.Files.writeString(abimee, "locale-1234:tronquée");
        sansCleLocale
                .withPropertyValues("predemande.stockage.chiffrement.cle-locale=" + abimee)
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("Clé maîtresse locale abîmée dans " + abimee)
                        .hasMessageContaining("« locale-1234 » n'est pas en base64"));
    }

    @Test
    void laCommandeDeRotationNExisteQueSurDemande() {
        contexte.withPropertyValues("predemande.stockage.rotation=true")
                .run(application -> assertThat(application).hasSingleBean(CommandeDeRotation.class));
    }

    @Test
    void unSeauEnvoieLesDocumentsDansS3() {
        contexte.withPropertyValues(
                        "predemande.stockage.s3.seau=predemande",
                        "predemande.stockage.s3.adresse=http://127.0.0.1:9000",
                        "predemande.stockage.s3.cle-acces=cle",
                        "predemande.stockage.s3.cle-secrete=secret")
                .run(application -> assertThat(application.getBean(MagasinDeDocuments.class))
                        .extracting("blobs")
                        .isInstanceOf(BlobsS3.class));
    }

    @Test
    void uneCleDAccesSansSaCleSecreteEmpecheLeDemarrage() {
        contexte.withPropertyValues("predemande.stockage.s3.seau=predemande", "predemande.stockage.s3.cle-acces=cle")
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("cle-secrete"));
    }
}
