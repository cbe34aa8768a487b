package fr.predemande.stockage.internal;

import fr.predemande.stockage.MagasinDeDocuments;
import java.net.URI;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Le magasin de documents que disent les réglages ({@link ReglagesDuStockage}) : sur disque, ou S3. */
@Configuration(proxyBeanMethods = false)
class StockageConfig {

    @Bean
    MagasinDeDocuments magasinDeDocuments(ReglagesDuStockage reglages, JdbcClient jdbc, Clock horloge) {
        var s3 = reglages.s3();
        if (!s3.configure()) {
            return new MagasinJdbc(new BlobsSurDisque(reglages.dossier()), jdbc, horloge);
        }
        var client = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(true)
                // sommes de contrôle seulement quand S3 les exige : les stockages compatibles (MinIO, Ceph, Garage…)
                // ne comprennent pas tous l'encodage « aws-chunked » que le SDK emploie sinon par défaut
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(s3.avecCles()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.cleAcces(), s3.cleSecrete()))
                        : DefaultCredentialsProvider.builder().build());
        if (StringUtils.hasText(s3.adresse())) {
            client.endpointOverride(URI.create(s3.adresse()));
        }
        return new MagasinJdbc(new BlobsS3(client.build(), s3.seau()), jdbc, horloge);
    }
}
