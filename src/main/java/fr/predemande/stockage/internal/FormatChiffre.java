package fr.predemande.stockage.internal;

import fr.predemande.stockage.DocumentIllisible;
import fr.predemande.stockage.DocumentIllisible.Raison;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Un document chiffré tel qu'il est écrit dans les blobs :
 *
 * <pre>"PDMC" | version 1 (1 octet) | IV (12 octets) | contenu chiffré AES-256-GCM | étiquette GCM (16 octets)</pre>
 *
 * <p>Chaque document a sa propre clé AES-256, tirée au hasard : un IV aléatoire de 96 bits ne peut donc jamais se
 * répéter sous une même clé, quel que soit le nombre de documents. Les données authentifiées (AAD) sont l'en-tête et la
 * clé du document dans le magasin : un objet recopié sous une autre clé, ou d'une autre version du format, est refusé.
 *
 * <p>L'en-tête (« PDMC », Prédemande Magasin Chiffré) distingue aussi un objet chiffré d'un document déposé en clair
 * avant le chiffrement (PDF, JPEG, PNG : aucun ne commence ainsi).
 */
final class FormatChiffre {

    private static final byte[] MAGIQUE = {'P', 'D', 'M', 'C'};
    private static final byte VERSION = 1;
    private static final int EN_TETE = MAGIQUE.length + 1;
    private static final int IV = 12;
    private static final int ETIQUETTE_BITS = 128;
    private static final int SURCOUT = EN_TETE + IV + ETIQUETTE_BITS / 8;
    private static final SecureRandom HASARD = new SecureRandom();

    private FormatChiffre() {}

    /** Une clé de document neuve : 32 octets aléatoires. */
    static SecretKey nouvelleCle() {
        byte[] octets = new byte[32];
        HASARD.nextBytes(octets);
        try {
            return new SecretKeySpec(octets, "AES");
        } finally {
            Arrays.fill(octets, (byte) 0);
        }
    }

    /** Vrai si l'objet commence par l'en-tête du format (il peut encore être tronqué ou d'une version inconnue). */
    static boolean estChiffre(byte[] objet) {
        return objet.length >= MAGIQUE.length && Arrays.equals(objet, 0, MAGIQUE.length, MAGIQUE, 0, MAGIQUE.length);
    }

    static byte[] chiffrer(SecretKey cleDuDocument, String cle, byte[] contenu) {
        byte[] iv = new byte[IV];
        HASARD.nextBytes(iv);
        var objet = ByteBuffer.allocate(SURCOUT + contenu.length)
                .put(MAGIQUE)
                .put(VERSION)
                .put(iv);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, cleDuDocument, new GCMParameterSpec(ETIQUETTE_BITS, iv));
            aes.updateAAD(donneesAuthentifiees(objet.array(), cle));
            aes.doFinal(ByteBuffer.wrap(contenu), objet);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement AES-GCM impossible du document " + cle, e);
        }
        return objet.array();
    }

    /** @throws DocumentIllisible si l'objet est tronqué, d'un format inconnu ou altéré (étiquette GCM refusée) */
    static byte[] dechiffrer(SecretKey cleDuDocument, String cle, byte[] objet) {
        if (!estChiffre(objet) || objet.length < SURCOUT || objet[MAGIQUE.length] != VERSION) {
            throw new DocumentIllisible(
                    Raison.ALTERE,
                    cle,
                    null,
                    "Le document " + cle + " est altéré : son objet chiffré est tronqué ou d'un format inconnu",
                    null);
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, cleDuDocument, new GCMParameterSpec(ETIQUETTE_BITS, objet, EN_TETE, IV));
            aes.updateAAD(donneesAuthentifiees(objet, cle));
            return aes.doFinal(objet, EN_TETE + IV, objet.length - EN_TETE - IV);
        } catch (AEADBadTagException e) {
            throw new DocumentIllisible(
                    Raison.ALTERE,
                    cle,
                    null,
                    "Le document " + cle + " est altéré : l'authentification AES-GCM de son contenu chiffré échoue",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Déchiffrement AES-GCM impossible du document " + cle, e);
        }
    }

    /** L'en-tête (format et version) suivi de la clé du document : ce qui lie le contenu chiffré à sa place. */
    private static byte[] donneesAuthentifiees(byte[] objet, String cle) {
        byte[] emplacement = cle.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(EN_TETE + emplacement.length)
                .put(objet, 0, EN_TETE)
                .put(emplacement)
                .array();
    }
}
