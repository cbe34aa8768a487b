package fr.predemande.stockage.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.core.LockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
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
 * Le magasin de documents que disent les réglages ({@link ReglagesDuStockage}) : sur disque, ou S3 ; chiffré par les
 * clés maîtresses de la configuration, ou hors production par une clé locale générée.
 */
@Configuration(proxyBeanMethods = false)
class StockageConfig {

    private static final Logger JOURNAL = LoggerFactory.getLogger(StockageConfig.class);

    @Bean
    TrousseauDeCles trousseauDeCles(ReglagesDuStockage reglages) {
        var chiffrement = reglages.chiffrement();
        if (chiffrement.configure()) {
            return TrousseauDeCles.depuis(chiffrement.cles(), chiffrement.cleActive());
        }
        if (StringUtils.hasText(chiffrement.cleActive())) {
            throw new IllegalStateException("predemande.stockage.chiffrement.cle-active « " + chiffrement.cleActive()
                    + " » est donnée sans aucune clé dans predemande.stockage.chiffrement.cles");
        }
        // le profil prod n'arrive pas jusqu'ici sans clé : ControlesDeProduction l'a refusé avant tout bean
        TrousseauDeCles trousseau;
        try {
            trousseau = TrousseauDeCles.depuis(List.of(CleLocale.lireOuCreer(chiffrement.cleLocale())), null);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Clé maîtresse locale abîmée dans "
                    + chiffrement.cleLocale().toAbsolutePath() + " (" + e.getMessage()
                    + ") : sans elle les documents déjà déposés sont illisibles");
        }
        JOURNAL.info(
                "Documents chiffrés par la clé locale « {} » ({}), générée pour ce poste : hors production seulement",
                trousseau.active(),
                chiffrement.cleLocale().toAbsolutePath());
        return trousseau;
    }

    @Bean
    CoffreAesGcm coffreDesSecrets(TrousseauDeCles trousseau) {
        return new CoffreAesGcm(trousseau);
    }

    @Bean
    Blobs blobs(ReglagesDuStockage reglages) {
        var s3 = reglages.s3();
        if (!s3.configure()) {
            return new BlobsSurDisque(reglages.dossier());
        }
        var client = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(true)
                // sommes de contrôle seulement quand S3 les exige : les stockages compatibles (MinIO, Ceph, Garage…)
                // ne comprennent pas tous l'encodage « aws-chunked » que le SDK emploie sinon par défaut
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        s3.avecCles()
                                ? StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(s3.cleAcces(), s3.cleSecrete()))
                                : DefaultCredentialsProvider.builder().build());
        if (StringUtils.hasText(s3.adresse())) {
            client.endpointOverride(URI.create(s3.adresse()));
        }
        return new BlobsS3(client.build(), s3.seau());
    }

    @Bean
    MagasinJdbc magasinDeDocuments(Blobs blobs, JdbcClient jdbc, Clock horloge, TrousseauDeCles trousseau) {
        return new MagasinJdbc(blobs, jdbc, horloge, trousseau);
    }

    @Bean
    RotationDesCles rotationDesCles(
            MagasinJdbc magasin, Blobs blobs, JdbcClient jdbc, TrousseauDeCles trousseau, LockProvider verrous) {
        return new RotationDesCles(magasin, blobs, jdbc, trousseau, verrous);
    }

    /** Lue par une condition, donc écrite dans application.yml (false) et non dans {@link ReglagesDuStockage}. */
    @Bean
    @ConditionalOnProperty(name = "predemande.stockage.rotation", havingValue = "true")
    CommandeDeRotation commandeDeRotation(RotationDesCles rotation, ConfigurableApplicationContext contexte) {
        return new CommandeDeRotation(rotation, contexte, System::exit);
    }
}
