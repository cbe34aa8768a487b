package fr.predemande.stockage.internal;

import fr.predemande.stockage.DocumentStocke;
import fr.predemande.stockage.MagasinDeDocuments;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Le magasin : les octets dans les blobs, la référence et l'empreinte en base. */
class MagasinJdbc implements MagasinDeDocuments {

    private final Blobs blobs;
    private final JdbcClient jdbc;
    private final Clock horloge;

    MagasinJdbc(Blobs blobs, JdbcClient jdbc, Clock horloge) {
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    public DocumentStocke deposer(String prefixe, byte[] contenu, String typeMedia) {
        if (!prefixe.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Préfixe invalide : " + prefixe);
        }
        // rangement par jour : des dossiers de taille raisonnable, une purge facile
        String cle = prefixe + "/" + LocalDate.now(horloge) + "/" + UUID.randomUUID();
        var document = new DocumentStocke(cle, typeMedia, contenu.length, sha256(contenu));
        blobs.ecrire(cle, contenu, typeMedia);
        jdbc.sql("insert into document_stocke (cle, type_media, taille, sha256, depose_le) values (?, ?, ?, ?, ?)")
                .params(cle, typeMedia, contenu.length, document.sha256(), Timestamp.from(horloge.instant()))
                .update();
        return document;
    }

    @Override
    public byte[] lire(DocumentStocke document) {
        byte[] contenu = blobs.lire(document.cle());
        if (!sha256(contenu).equals(document.sha256())) {
            throw new IllegalStateException("Empreinte du document " + document.cle() + " altérée");
        }
        return contenu;
    }

    static String sha256(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
