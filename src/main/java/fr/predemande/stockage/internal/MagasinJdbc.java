package fr.predemande.stockage.internal;

import fr.predemande.stockage.DocumentIllisible;
import fr.predemande.stockage.DocumentIllisible.Raison;
import fr.predemande.stockage.DocumentStocke;
import fr.predemande.stockage.MagasinDeDocuments;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Le magasin : les octets chiffrés dans les blobs ; la référence, l'empreinte du contenu en clair et la clé du document
 * (enveloppée par une clé maîtresse, dont l'identifiant est à côté) en base.
 *
 * <p>La clé enveloppée vit en base et non dans l'objet : la rotation des clés maîtresses ne touche alors que la base,
 * en une mise à jour par document, sans relire ni réécrire les octets (des numérisations de plusieurs Mo, sur S3), et
 * un objet volé seul, sans la base ni la clé maîtresse, ne se déchiffre pas. Les autres modules gardent la clé du
 * document et son empreinte dans leurs propres tables : {@link DocumentStocke} n'a pas à changer.
 */
class MagasinJdbc implements MagasinDeDocuments {

    /**
     * Le type des objets chiffrés dans les blobs : ce ne sont plus des PDF ou des images, et un outil qui les
     * ouvrirait (aperçu d'une console S3, antivirus) ne doit pas croire le contraire. Le vrai type reste en base.
     */
    static final String TYPE_CHIFFRE = "application/octet-stream";

    private final Blobs blobs;
    private final JdbcClient jdbc;
    private final Clock horloge;
    private final TrousseauDeCles trousseau;

    MagasinJdbc(Blobs blobs, JdbcClient jdbc, Clock horloge, TrousseauDeCles trousseau) {
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.horloge = horloge;
        this.trousseau = trousseau;
    }

    /** Ce que la base dit d'un document pour le déchiffrer. */
    record Reference(String cle, String sha256, String cleMaitresse, byte[] cleEnveloppee, boolean enClair) {}

    @Override
    public DocumentStocke deposer(String prefixe, byte[] contenu, String typeMedia) {
        if (!prefixe.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("Préfixe invalide : " + prefixe);
        }
        // rangement par jour : des dossiers de taille raisonnable, une purge facile
        String cle = prefixe + "/" + LocalDate.now(horloge) + "/" + UUID.randomUUID();
        var document = new DocumentStocke(cle, typeMedia, contenu.length, sha256(contenu));
        SecretKey cleDuDocument = FormatChiffre.nouvelleCle();
        byte[] cleEnveloppee = trousseau.envelopper(cleDuDocument);
        blobs.ecrire(cle, FormatChiffre.chiffrer(cleDuDocument, cle, contenu), TYPE_CHIFFRE);
        jdbc.sql("""
                        insert into document_stocke (cle, type_media, taille, sha256, depose_le, cle_maitresse, cle_enveloppee, en_clair)
                        values (?, ?, ?, ?, ?, ?, ?, false)""")
                .params(
                        cle,
                        typeMedia,
                        contenu.length,
                        document.sha256(),
                        Timestamp.from(horloge.instant()),
                        trousseau.active(),
                        cleEnveloppee)
                .update();
        return document;
    }

    @Override
    public byte[] lire(DocumentStocke document) {
        String cle = document.cle();
        // l'objet d'abord, sa référence ensuite : la rotation enregistre la clé enveloppée avant d'écrire l'objet
        // chiffré, la référence lue après un objet chiffré a donc toujours sa clé
        byte[] objet = blobs.lire(cle);
        Reference reference = reference(cle);
        if (!FormatChiffre.estChiffre(objet) && !reference.enClair()) {
            // la rotation a pu chiffrer ce document ancien entre les deux lectures : l'objet relu l'est alors
            objet = blobs.lire(cle);
        }
        byte[] contenu = enClair(reference, objet);
        verifierEmpreinte(cle, contenu, document.sha256());
        return contenu;
    }

    /**
     * Le contenu en clair d'un objet, chiffré ou déposé en clair avant le chiffrement (sa référence le permet).
     *
     * @throws DocumentIllisible si la clé manque ou n'est pas la bonne, ou si l'objet est altéré
     */
    byte[] enClair(Reference reference, byte[] objet) {
        String cle = reference.cle();
        if (FormatChiffre.estChiffre(objet)) {
            return FormatChiffre.dechiffrer(cleDuDocument(reference), cle, objet);
        }
        if (reference.enClair()) {
            // déposé avant le chiffrement : lu tel quel (l'empreinte le garantit), chiffré par la rotation
            return objet;
        }
        throw new DocumentIllisible(
                Raison.ALTERE,
                cle,
                reference.cleMaitresse(),
                "Le document " + cle
                        + " est altéré : son objet devrait être chiffré sous la clé maîtresse « "
                        + reference.cleMaitresse()
                        + " » et ne l'est pas",
                null);
    }

    SecretKey cleDuDocument(Reference reference) {
        if (reference.cleMaitresse() == null) {
            throw new DocumentIllisible(
                    Raison.CLE_DU_DOCUMENT_INCONNUE,
                    reference.cle(),
                    null,
                    "Le document "
                            + reference.cle() + " est chiffré, mais aucune clé maîtresse n'est enregistrée pour lui"
                            + " (document_stocke.cle_maitresse vide) : sans elle il ne peut être déchiffré",
                    null);
        }
        return trousseau.desenvelopper(reference.cle(), reference.cleMaitresse(), reference.cleEnveloppee());
    }

    /** @throws DocumentIllisible si la base ne connaît pas ce document : sans sa clé enveloppée, il est illisible */
    Reference reference(String cle) {
        return jdbc.sql(
                        "select cle, sha256, cle_maitresse, cle_enveloppee, en_clair from document_stocke where cle = ?")
                .param(cle)
                .query((ligne, n) -> new Reference(
                        ligne.getString("cle"),
                        ligne.getString("sha256"),
                        ligne.getString("cle_maitresse"),
                        ligne.getBytes("cle_enveloppee"),
                        ligne.getBoolean("en_clair")))
                .optional()
                .orElseThrow(() -> new DocumentIllisible(
                        Raison.CLE_DU_DOCUMENT_INCONNUE,
                        cle,
                        null,
                        "Le document "
                                + cle + " n'est pas enregistré dans le magasin (document_stocke) : aucune clé pour le"
                                + " déchiffrer",
                        null));
    }

    static void verifierEmpreinte(String cle, byte[] contenu, String sha256) {
        if (!sha256(contenu).equals(sha256)) {
            throw new DocumentIllisible(Raison.ALTERE, cle, null, "Empreinte du document " + cle + " altérée", null);
        }
    }

    static String sha256(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
