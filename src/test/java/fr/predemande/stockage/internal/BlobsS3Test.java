package fr.predemande.stockage.internal;

import static fr.predemande.stockage.internal.ChiffrementDesDocumentsTest.HORLOGE;
import static fr.predemande.stockage.internal.ChiffrementDesDocumentsTest.nouvelleCle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.robothy.s3.rest.LocalS3;
import com.robothy.s3.rest.bootstrap.LocalS3Mode;
import fr.predemande.stockage.DocumentIllisible;
import fr.predemande.stockage.DocumentIllisible.Raison;
import fr.predemande.stockage.OctetsBruts;
import java.net.URI;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Le magasin sur un vrai serveur compatible S3 (en mémoire, dans le processus de test), par le SDK AWS v2 : les objets
 * sont chiffrés avant d'y être envoyés, et la rotation des clés ne les réécrit pas.
 */
@SpringBootTest
class BlobsS3Test {

    private static final String SEAU = "predemande-test";
    private static LocalS3 serveur;
    private static S3Client s3;

    @Autowired
    Environment environnement;

    @Autowired
    LockProvider verrous;

    SchemaIsole base;

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

    @BeforeEach
    void preparer() throws Exception {
        base = SchemaIsole.creer(environnement);
    }

    @AfterEach
    void nettoyer() throws Exception {
        base.close();
    }

    private MagasinJdbc magasin(TrousseauDeCles trousseau) {
        return new MagasinJdbc(new BlobsS3(s3, SEAU), base.jdbc, HORLOGE, trousseau);
    }

    private byte[] objet(String cle) {
        return s3.getObjectAsBytes(requete -> requete.bucket(SEAU).key(cle)).asByteArray();
    }

    @Test
    void unDocumentDeposeSurS3EstChiffreSeRelitEtUneAlterationEstDetectee() {
        var magasin = magasin(TrousseauDeCles.depuis(List.of(nouvelleCle("A")), null));
        byte[] recapitulatif = OctetsBruts.recapitulatif();
        var document = magasin.deposer("recapitulatifs", recapitulatif, "application/pdf");
        assertThat(document.cle()).startsWith("recapitulatifs/2026-11-29/");
        // plus un PDF dans le seau : le vrai type reste en base (et dans la référence)
        assertThat(s3.headObject(requete -> requete.bucket(SEAU).key(document.cle()))
                        .contentType())
                .isEqualTo("application/octet-stream");
        assertThat(document.typeMedia()).isEqualTo("application/pdf");
        byte[] dansLeSeau = objet(document.cle());
        assertThat(OctetsBruts.donneesLisibles(dansLeSeau)).isEmpty();
        assertThat(OctetsBruts.entropie(dansLeSeau)).isGreaterThan(7.95);
        assertThat(magasin.lire(document)).isEqualTo(recapitulatif);

        dansLeSeau[dansLeSeau.length - 20] ^= 0x01;
        s3.putObject(requete -> requete.bucket(SEAU).key(document.cle()), RequestBody.fromBytes(dansLeSeau));
        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin.lire(document))
                .withMessageContaining("altéré")
                .matches(e -> e.raison() == Raison.ALTERE);
    }

    @Test
    void laRotationNeReecritPasLesObjets() {
        String cleA = nouvelleCle("A");
        String cleB = nouvelleCle("B");
        byte[] recapitulatif = OctetsBruts.recapitulatif();
        var document = magasin(TrousseauDeCles.depuis(List.of(cleA), null))
                .deposer("recapitulatifs", recapitulatif, "application/pdf");
        var avant = s3.headObject(requete -> requete.bucket(SEAU).key(document.cle()));
        byte[] octetsAvant = objet(document.cle());

        var trousseauBA = TrousseauDeCles.depuis(List.of(cleB, cleA), "B");
        var bilan = new RotationDesCles(magasin(trousseauBA), new BlobsS3(s3, SEAU), base.jdbc, trousseauBA, verrous)
                .tourner();

        assertThat(bilan.reenveloppes()).isEqualTo(1);
        var apres = s3.headObject(requete -> requete.bucket(SEAU).key(document.cle()));
        assertThat(apres.eTag()).isEqualTo(avant.eTag());
        assertThat(apres.lastModified()).isEqualTo(avant.lastModified());
        assertThat(objet(document.cle())).isEqualTo(octetsAvant);
        assertThat(magasin(TrousseauDeCles.depuis(List.of(cleB), null)).lire(document))
                .isEqualTo(recapitulatif);
    }
}
