/**
 * Le magasin de documents (récapitulatifs PDF, numérisations) : système de fichiers par défaut, ou tout stockage
 * compatible S3. La base garde de chaque document sa clé, sa taille, son type et son empreinte SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stockage")
package fr.predemande.stockage;
