package fr.predemande.stockage.internal;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Tout stockage compatible S3 (MinIO, Ceph, Garage, offres des hébergeurs). */
class BlobsS3 implements Blobs {

    private final S3Client s3;
    private final String seau;

    BlobsS3(S3Client s3, String seau) {
        this.s3 = s3;
        this.seau = seau;
    }

    @Override
    public void ecrire(String cle, byte[] contenu, String typeMedia) {
        s3.putObject(requete -> requete.bucket(seau).key(cle).contentType(typeMedia), RequestBody.fromBytes(contenu));
    }

    @Override
    public byte[] lire(String cle) {
        return s3.getObjectAsBytes(requete -> requete.bucket(seau).key(cle)).asByteArray();
    }
}
