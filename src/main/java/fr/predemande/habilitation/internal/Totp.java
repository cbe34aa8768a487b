package fr.predemande.habilitation.internal;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Les codes à usage unique fondés sur le temps (TOTP, RFC 6238 sur HOTP, RFC 4226) que calculent les applications
 * d'authentification : HMAC-SHA1, 6 chiffres, un pas de 30 secondes. Écrit ici plutôt que pris d'une bibliothèque :
 * celle qu'on trouve ({@code dev.samstevens.totp}) n'évolue plus depuis 2020 et tire commons-codec et une autre
 * version de ZXing, pour trente lignes de calcul que les vecteurs de la RFC vérifient (TotpTest).
 */
final class Totp {

    static final int CHIFFRES = 6;
    static final long PAS_SECONDES = 30;
    /** Un pas d'écart admis de part et d'autre : l'horloge du téléphone dérive, et l'agent tape en quelques secondes. */
    static final int TOLERANCE = 1;
    /** 160 bits, la taille recommandée par la RFC 4226 pour HMAC-SHA1. */
    static final int OCTETS_DU_SECRET = 20;

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final SecureRandom HASARD = new SecureRandom();

    private Totp() {}

    static byte[] nouveauSecret() {
        byte[] secret = new byte[OCTETS_DU_SECRET];
        HASARD.nextBytes(secret);
        return secret;
    }

    /** Le numéro du pas de temps de cet instant (T de la RFC 6238, T0 = 0). */
    static long pas(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PAS_SECONDES);
    }

    /** Le code de ce pas, avec ce nombre de chiffres (zéros en tête compris). */
    static String code(byte[] secret, long pas, int chiffres) {
        byte[] empreinte;
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(secret, "HmacSHA1"));
            empreinte =
                    hmac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(pas).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 est fourni par tout JDK", e);
        }
        // troncature dynamique (RFC 4226, 5.3)
        int decalage = empreinte[empreinte.length - 1] & 0x0f;
        int binaire = ((empreinte[decalage] & 0x7f) << 24)
                | ((empreinte[decalage + 1] & 0xff) << 16)
                | ((empreinte[decalage + 2] & 0xff) << 8)
                | (empreinte[decalage + 3] & 0xff);
        long modulo = (long) Math.pow(10, chiffres);
        String code = Long.toString(binaire % modulo);
        return "0".repeat(chiffres - code.length()) + code;
    }

    /**
     * Le pas du code tapé s'il correspond à l'instant (à un pas près) et qu'il est postérieur au dernier pas déjà
     * accepté pour ce compte : un code ne sert qu'une fois, et un code plus ancien que le dernier accepté non plus.
     *
     * @param dernierPasAccepte {@code null} si aucun code n'a encore été accepté
     */
    static OptionalLong verifier(byte[] secret, String code, Instant maintenant, Long dernierPasAccepte) {
        if (code == null || code.length() != CHIFFRES || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long actuel = pas(maintenant);
        byte[] tape = code.getBytes(StandardCharsets.US_ASCII);
        for (long pas = actuel - TOLERANCE; pas <= actuel + TOLERANCE; pas++) {
            boolean nouveau = dernierPasAccepte == null || pas > dernierPasAccepte;
            // comparaison en temps constant : le temps de réponse ne dit pas combien de chiffres sont justes
            if (MessageDigest.isEqual(tape, code(secret, pas, CHIFFRES).getBytes(StandardCharsets.US_ASCII))
                    && nouveau) {
                return OptionalLong.of(pas);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * L'adresse {@code otpauth://} que lisent les applications d'authentification (format « Key Uri » de Google
     * Authenticator) : l'émetteur et l'identifiant s'affichent dans l'application.
     */
    static String uri(String emetteur, String identifiant, byte[] secret) {
        String emetteurEncode = encoder(emetteur);
        return "otpauth://totp/" + emetteurEncode + ":" + encoder(identifiant)
                + "?secret=" + base32(secret) + "&issuer=" + emetteurEncode
                + "&algorithm=SHA1&digits=" + CHIFFRES + "&period=" + PAS_SECONDES;
    }

    private static String encoder(String texte) {
        return URLEncoder.encode(texte, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Base 32 de la RFC 4648, sans remplissage : la forme que les applications attendent. */
    static String base32(byte[] octets) {
        StringBuilder texte = new StringBuilder((octets.length * 8 + 4) / 5);
        int tampon = 0;
        int bits = 0;
        for (byte octet : octets) {
            tampon = (tampon << 8) | (octet & 0xff);
            bits += 8;
            while (bits >= 5) {
                texte.append(BASE32.charAt((tampon >> (bits - 5)) & 0x1f));
                bits -= 5;
            }
        }
        if (bits > 0) {
            texte.append(BASE32.charAt((tampon << (5 - bits)) & 0x1f));
        }
        return texte.toString();
    }

    /** Lit une base 32 tapée ou copiée : casse, espaces et remplissage ignorés. */
    static byte[] depuisBase32(String texte) {
        String propre = texte.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        ByteBuffer octets = ByteBuffer.allocate(propre.length() * 5 / 8);
        int tampon = 0;
        int bits = 0;
        for (char c : propre.toCharArray()) {
            int valeur = BASE32.indexOf(c);
            if (valeur < 0) {
                throw new IllegalArgumentException("Caractère hors de la base 32 : " + c);
            }
            tampon = (tampon << 5) | valeur;
            bits += 5;
            if (bits >= 8) {
                octets.put((byte) (tampon >> (bits - 8)));
                bits -= 8;
            }
        }
        return octets.array();
    }

    /** Le secret en groupes de 4 caractères, pour le taper à la main dans l'application. */
    static String enGroupes(String base32) {
        return base32.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
