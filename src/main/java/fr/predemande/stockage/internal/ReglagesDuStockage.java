package fr.predemande.stockage.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Où vont les documents ({@code predemande.stockage.*}) : sur disque par défaut, dans un stockage compatible S3 dès qu'un
 * seau est donné.
 *
 * @param dossier le dossier des documents sur disque (sans S3)
 * @param s3 le stockage compatible S3 (MinIO, Ceph, Garage, stockage objet d'un hébergeur)
 */
@ConfigurationProperties("predemande.stockage")
@Validated
record ReglagesDuStockage(@DefaultValue("var/documents") @NotNull Path dossier, @DefaultValue @Valid S3 s3) {

    /**
     * @param seau le seau (bucket) ; vide = documents sur disque
     * @param adresse l'adresse du service (endpoint), vide = celle d'AWS pour la région
     * @param region la région, que même les stockages hors AWS demandent au SDK
     * @param cleAcces la clé d'accès ; vide = la chaîne d'identifiants standard d'AWS (variables AWS_*, profil, rôle)
     * @param cleSecrete la clé secrète qui va avec la clé d'accès
     */
    record S3(String seau, String adresse, @DefaultValue("eu-west-3") @NotBlank String region, String cleAcces,
            String cleSecrete) {

        boolean configure() {
            return StringUtils.hasText(seau);
        }

        boolean avecCles() {
            return StringUtils.hasText(cleAcces);
        }

        /** Une clé d'accès sans sa clé secrète (ou l'inverse) échouerait seulement au premier document : refusée au démarrage. */
        @AssertTrue(message = "cle-acces et cle-secrete se donnent ensemble")
        boolean isClesAppariees() {
            return StringUtils.hasText(cleAcces) == StringUtils.hasText(cleSecrete);
        }
    }
}
