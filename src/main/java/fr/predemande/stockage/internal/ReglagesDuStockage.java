package fr.predemande.stockage.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.List;
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
 * @param chiffrement les clés maîtresses qui chiffrent les documents au repos
 */
@ConfigurationProperties("predemande.stockage")
@Validated
record ReglagesDuStockage(
        @DefaultValue("var/documents") @NotNull Path dossier,
        @DefaultValue @Valid S3 s3,
        @DefaultValue @Valid Chiffrement chiffrement) {

    /**
     * Lues par {@link TrousseauDeCles}, qui refuse le démarrage sur une clé mal formée sans jamais en citer la valeur
     * (une contrainte de validation, elle, la recopierait dans son message).
     *
     * @param cles les clés maîtresses, chacune {@code identifiant:clé} où la clé fait 32 octets aléatoires en base64
     *     ({@code openssl rand -base64 32}) ; vide = hors production seulement, une clé générée dans {@code cle-locale}
     * @param cleActive l'identifiant de la clé qui enveloppe les clés des nouveaux documents ; facultatif avec une
     *     seule clé. Les autres ne servent qu'à lire, jusqu'à la rotation ({@code predemande.stockage.rotation=true})
     * @param cleLocale le fichier de la clé générée à la première utilisation quand {@code cles} est vide
     */
    record Chiffrement(
            @DefaultValue List<String> cles,
            String cleActive,
            @DefaultValue("var/cles/stockage.key") @NotNull Path cleLocale) {

        boolean configure() {
            return !cles.isEmpty();
        }

        /** Sans les clés : un record se journalise ou s'affiche facilement, ses valeurs avec lui. */
        @Override
        public String toString() {
            return "Chiffrement[cles=" + cles.size() + " clé(s), cleActive=" + cleActive + ", cleLocale=" + cleLocale
                    + "]";
        }
    }

    /**
     * @param seau le seau (bucket) ; vide = documents sur disque
     * @param adresse l'adresse du service (endpoint), vide = celle d'AWS pour la région
     * @param region la région, que même les stockages hors AWS demandent au SDK
     * @param cleAcces la clé d'accès ; vide = la chaîne d'identifiants standard d'AWS (variables AWS_*, profil, rôle)
     * @param cleSecrete la clé secrète qui va avec la clé d'accès
     */
    record S3(
            String seau,
            String adresse,
            @DefaultValue("eu-west-3") @NotBlank String region,
            String cleAcces,
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
