package fr.predemande.stockage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.stockage.MagasinDeDocuments;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Sur disque par défaut, S3 dès qu'un seau est donné ; des clés dépareillées empêchent le démarrage. */
class ReglagesDuStockageTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReglagesDuStockage.class)
    @Import(StockageConfig.class)
    static class Stockage {}

    private final ApplicationContextRunner contexte = new ApplicationContextRunner()
            .withUserConfiguration(Stockage.class)
            .withBean(JdbcClient.class, () -> JdbcClient.create(new SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void sansRienRegleLesDocumentsVontSurLeDisqueDansVarDocuments() {
        contexte.run(application -> {
            var reglages = application.getBean(ReglagesDuStockage.class);
            assertThat(reglages.dossier()).isEqualTo(Path.of("var/documents"));
            assertThat(reglages.s3().configure()).isFalse();
            assertThat(reglages.s3().region()).isEqualTo("eu-west-3");
            assertThat(application.getBean(MagasinDeDocuments.class)).extracting("blobs").isInstanceOf(BlobsSurDisque.class);
        });
    }

    @Test
    void unSeauEnvoieLesDocumentsDansS3() {
        contexte.withPropertyValues("predemande.stockage.s3.seau=predemande", "predemande.stockage.s3.adresse=http://127.0.0.1:9000",
                        "predemande.stockage.s3.cle-acces=cle", "predemande.stockage.s3.cle-secrete=secret")
                .run(application -> assertThat(application.getBean(MagasinDeDocuments.class))
                        .extracting("blobs").isInstanceOf(BlobsS3.class));
    }

    @Test
    void uneCleDAccesSansSaCleSecreteEmpecheLeDemarrage() {
        contexte.withPropertyValues("predemande.stockage.s3.seau=predemande", "predemande.stockage.s3.cle-acces=cle")
                .run(application -> assertThat(application).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("cle-secrete"));
    }
}
