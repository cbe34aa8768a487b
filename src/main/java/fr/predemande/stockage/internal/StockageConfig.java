package fr.predemande.stockage.internal;

import fr.predemande.stockage.MagasinDeDocuments;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * Disque par défaut ({@code predemande.stockage.dossier}) ; S3 dès que {@code predemande.stockage.s3.seau} est défini
 * (adresse, région, clés d'accès facultatives : sinon la chaîne d'identifiants standard d'AWS).
 */
@Configuration(proxyBeanMethods = false)
class StockageConfig {

    @Bean
    MagasinDeDocuments magasinDeDocuments(
            @Value("${predemande.stockage.dossier:var/documents}") Path dossier,
            @Value("${predemande.stockage.s3.seau:}") String seau,
            @Value("${predemande.stockage.s3.adresse:}") String adresse,
            @Value("${predemande.stockage.s3.region:eu-west-3}") String region,
            @Value("${predemande.stockage.s3.cle-acces:}") String cleAcces,
            @Value("${predemande.stockage.s3.cle-secrete:}") String cleSecrete,
            JdbcClient jdbc,
            Clock horloge) {
        if (!StringUtils.hasText(seau)) {
            return new MagasinJdbc(new BlobsSurDisque(dossier), jdbc, horloge);
        }
        var client = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(true)
                // sommes de contrôle seulement quand S3 les exige : les stockages compatibles (MinIO, Ceph, Garage…)
                // ne comprennent pas tous l'encodage « aws-chunked » que le SDK emploie sinon par défaut
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StringUtils.hasText(cleAcces)
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(cleAcces, cleSecrete))
                        : DefaultCredentialsProvider.builder().build());
        if (StringUtils.hasText(adresse)) {
            client.endpointOverride(URI.create(adresse));
        }
        return new MagasinJdbc(new BlobsS3(client.build(), seau), jdbc, horloge);
    }
}
