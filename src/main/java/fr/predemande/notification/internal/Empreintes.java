package fr.predemande.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * L'empreinte d'un message : SHA-256 de son canal, de son origine et de son destinataire. Elle ne dépend que de
 * l'événement (l'outbox relance le même, désérialisé), jamais de l'heure ni d'un tirage : un renvoi a la même. Le canal
 * sépare le courriel et le SMS d'un même événement ; le destinataire, les messages d'un événement à plusieurs personnes.
 */
final class Empreintes {

    private Empreintes() {}

    static byte[] de(String canal, String origine, String destinataire) {
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            // un séparateur que ni l'origine ni une adresse ne contiennent : (« a », « b\nc ») ≠ (« a\nb », « c »)
            for (String partie : new String[] {canal, origine, destinataire}) {
                sha256.update(partie.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute JVM", e);
        }
    }

    /** L'empreinte hexadécimale d'un texte : pour nommer une origine sans y écrire un secret (un lien à usage unique). */
    static String hexadecimale(String texte) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute JVM", e);
        }
    }
}
