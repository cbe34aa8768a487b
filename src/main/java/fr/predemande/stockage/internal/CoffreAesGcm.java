package fr.predemande.stockage.internal;

import fr.predemande.stockage.CoffreDesSecrets;
import fr.predemande.stockage.SecretChiffre;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Les secrets des autres modules, chiffrés directement sous la clé dérivée de la clé maîtresse active (pas de clé par
 * secret comme pour les documents : ils sont courts, peu nombreux, et se rechiffrent en entier à la rotation) :
 *
 * <pre>version 1 (1 octet) | IV (12 octets) | secret chiffré AES-256-GCM | étiquette GCM (16 octets)</pre>
 *
 * <p>Un IV aléatoire de 96 bits sous une même clé reste sûr bien au-delà du nombre de secrets qu'on chiffrera (la
 * limite de 2<sup>32</sup> chiffrements du NIST SP 800-38D). Les données authentifiées sont la version, l'identifiant
 * de la clé maîtresse et le contexte donné par l'appelant.
 */
final class CoffreAesGcm implements CoffreDesSecrets {

    private static final byte VERSION = 1;
    private static final int IV = 12;
    private static final int ETIQUETTE_BITS = 128;
    private static final SecureRandom HASARD = new SecureRandom();

    private final TrousseauDeCles trousseau;

    CoffreAesGcm(TrousseauDeCles trousseau) {
        this.trousseau = trousseau;
    }

    @Override
    public SecretChiffre chiffrer(byte[] secret, String contexte) {
        String active = trousseau.active();
        SecretKey cle = trousseau.cleDesSecrets(active).orElseThrow();
        byte[] iv = new byte[IV];
        HASARD.nextBytes(iv);
        var octets = ByteBuffer.allocate(1 + IV + secret.length + ETIQUETTE_BITS / 8)
                .put(VERSION)
                .put(iv);
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, cle, new GCMParameterSpec(ETIQUETTE_BITS, iv));
            aes.updateAAD(donneesAuthentifiees(active, contexte));
            aes.doFinal(ByteBuffer.wrap(secret), octets);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement AES-GCM impossible du secret " + contexte, e);
        }
        return new SecretChiffre(active, octets.array());
    }

    @Override
    public byte[] dechiffrer(SecretChiffre secret, String contexte) {
        String identifiant = secret.cleMaitresse();
        SecretKey cle = trousseau
                .cleDesSecrets(identifiant)
                .orElseThrow(() -> new IllegalStateException("Le secret "
                        + contexte + " a été chiffré avec la clé maîtresse « " + identifiant + " », absente de"
                        + " predemande.stockage.chiffrement.cles (qui contient : "
                        + String.join(", ", trousseau.identifiants())
                        + ") : remettez-la pour le lire"));
        byte[] octets = secret.octets();
        if (octets.length < 1 + IV + ETIQUETTE_BITS / 8 || octets[0] != VERSION) {
            throw new IllegalStateException("Le secret " + contexte + " est altéré : tronqué ou d'un format inconnu");
        }
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, cle, new GCMParameterSpec(ETIQUETTE_BITS, octets, 1, IV));
            aes.updateAAD(donneesAuthentifiees(identifiant, contexte));
            return aes.doFinal(octets, 1 + IV, octets.length - 1 - IV);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "Le secret " + contexte + " ne se déchiffre pas avec la clé maîtresse « " + identifiant
                            + " » : autre clé sous ce nom, secret altéré ou recopié d'ailleurs",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Déchiffrement AES-GCM impossible du secret " + contexte, e);
        }
    }

    @Override
    public String cleActive() {
        return trousseau.active();
    }

    /** La version, la clé maîtresse et le contexte, séparés par un octet nul (absent d'un identifiant de clé). */
    private static byte[] donneesAuthentifiees(String cleMaitresse, String contexte) {
        byte[] cle = cleMaitresse.getBytes(StandardCharsets.UTF_8);
        byte[] lieu = contexte.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + cle.length + 1 + lieu.length)
                .put(VERSION)
                .put((byte) 0)
                .put(cle)
                .put((byte) 0)
                .put(lieu)
                .array();
    }
}
