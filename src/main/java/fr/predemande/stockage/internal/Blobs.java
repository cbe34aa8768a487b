package fr.predemande.stockage.internal;

/** Là où vivent les octets : un dossier ou un seau S3. */
interface Blobs {

    void ecrire(String cle, byte[] contenu, String typeMedia);

    byte[] lire(String cle);
}
