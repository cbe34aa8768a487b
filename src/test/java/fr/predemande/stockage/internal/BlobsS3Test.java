package fr.predemande.stockage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Le magasin sur un vrai serveur compatible S3 (en mémoire, dans le processus de test), par le SDK AWS v2. */
@SpringBootTest
class BlobsS3Test {

    private static final String SEAU = "predemande-test";
    private static LocalS3 serveur;
    private static S3Client s3;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void demarrer() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        serveur = LocalS3.builder().port(port).mode(LocalS3Mode.IN_MEMORY).build();
        serveur.start();
        s3 = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + serveur.getPort()))
                .region(Region.EU_WEST_3)
                .forcePathStyle(true)
                // sommes de contrôle seulement quand S3 les exige : les stockages compatibles (MinIO, Ceph, Garage…)
                // ne comprennent pas tous l'encodage « aws-chunked » que le SDK emploie sinon par défaut
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("cle", "secret")))
                .build();
        s3.createBucket(requete -> requete.bucket(SEAU));
    }

    @AfterAll
    static void arreter() {
        s3.close();
        serveur.shutdown();
    }

    @Test
    void unDocumentDeposeSurS3SeRelitEtUneAlterationEstDetectee() {
        var magasin = new MagasinJdbc(new BlobsS3(s3, SEAU), jdbc, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
        byte[] contenu = "%PDF-1.7 récapitulatif sur S3".getBytes(StandardCharsets.UTF_8);
        var document = magasin.deposer("recapitulatifs", contenu, "application/pdf");
        assertThat(document.cle()).startsWith("recapitulatifs/2026-11-29/");
        assertThat(s3.headObject(requete -> requete.bucket(SEAU).key(document.cle())).contentType()).isEqualTo("application/pdf");
        assertThat(magasin.lire(document)).isEqualTo(contenu);

        s3.putObject(requete -> requete.bucket(SEAU).key(document.cle()), RequestBody.fromString("altéré"));
        assertThatIllegalStateException().isThrownBy(() -> magasin.lire(document)).withMessageContaining("altérée");
    }
}
