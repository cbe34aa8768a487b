package fr.predemande.impression.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * Les réglages des QR codes du service, écrits une fois pour l’image ({@code CodesQr}) et pour le PDF.
 *
 * <p>Correction d’erreur Q (25 % des modules peuvent manquer) : le récapitulatif est plié, photocopié, faxé, lu sur un
 * écran fissuré. Zone de silence de 4 modules, le minimum de la norme.
 */
public final class EncodageQr {

    public static final ErrorCorrectionLevel CORRECTION = ErrorCorrectionLevel.Q;
    public static final int ZONE_DE_SILENCE = 4;

    private EncodageQr() {}

    /**
     * Les réglages de l’encodeur pour ce texte. UTF-8 seulement s’il sort de l’ASCII : ZXing ajoute alors un segment
     * ECI, que certains vieux lecteurs affichent mal ; une URL ASCII s’encode à l’identique sans lui.
     */
    public static Map<EncodeHintType, Object> reglages(String texte) {
        Map<EncodeHintType, Object> reglages = new EnumMap<>(EncodeHintType.class);
        reglages.put(EncodeHintType.ERROR_CORRECTION, CORRECTION);
        reglages.put(EncodeHintType.MARGIN, ZONE_DE_SILENCE);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(texte)) {
            reglages.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        return reglages;
    }

    /** Les modules du symbole, sans zone de silence : {@code modules[y][x]} vaut vrai pour un module sombre. */
    public static boolean[][] modules(String texte) {
        try {
            ByteMatrix matrice =
                    Encoder.encode(texte, CORRECTION, reglages(texte)).getMatrix();
            boolean[][] modules = new boolean[matrice.getHeight()][matrice.getWidth()];
            for (int y = 0; y < matrice.getHeight(); y++) {
                for (int x = 0; x < matrice.getWidth(); x++) {
                    modules[y][x] = matrice.get(x, y) == 1;
                }
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException(
                    "Texte trop long pour un QR code : " + texte.length() + " caractères", e);
        }
    }
}
