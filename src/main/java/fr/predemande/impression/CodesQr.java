package fr.predemande.impression;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import fr.predemande.impression.internal.EncodageQr;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * QR codes du service : les créer (correction d’erreur Q, UTF-8, zone de silence de 4 modules) et les lire sur une
 * photo, un scan ou une capture d’écran.
 */
public final class CodesQr {

    /** Du plus courant au plus tolérant : seuil local (photos, ombres), puis seuil global (fax, photocopie 1 bit). */
    private static final List<Function<LuminanceSource, Binarizer>> SEUILLAGES =
            List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);

    private static final Map<DecodeHintType, Object> LECTURE_APPROFONDIE = lecture(DecodeHintType.TRY_HARDER);
    /** Une image qui ne contient que le symbole (capture, PNG du service) : lecture directe, sans recherche. */
    private static final Map<DecodeHintType, Object> LECTURE_DU_SYMBOLE_SEUL = lecture(DecodeHintType.PURE_BARCODE);

    /** Le côté au plus de l’image pour un écran : 600 pixels, de quoi remplir la largeur d’un téléphone sans lissage. */
    public static final int COTE_SUR_ECRAN = 600;

    /** Une page A4 scannée à 200 ppp agrandie deux fois : au-delà, le dernier recours coûterait trop de mémoire. */
    private static final long PIXELS_AGRANDIS_AU_PLUS = 16_000_000L;

    private CodesQr() {}

    /**
     * Le QR code en noir et blanc, carré d’au moins {@code cotePixels} de côté. Les modules ont tous la même taille
     * entière : l’image est complétée de blanc si le côté n’en est pas un multiple, et agrandie si le texte demande
     * plus de modules que de pixels.
     */
    public static BufferedImage image(String texte, int cotePixels) {
        if (texte == null || texte.isEmpty()) {
            throw new IllegalArgumentException("Un QR code porte un texte");
        }
        if (cotePixels <= 0) {
            throw new IllegalArgumentException("Côté en pixels : " + cotePixels);
        }
        try {
            var matrice = new QRCodeWriter()
                    .encode(texte, BarcodeFormat.QR_CODE, cotePixels, cotePixels, EncodageQr.reglages(texte));
            return MatrixToImageWriter.toBufferedImage(matrice);
        } catch (WriterException e) {
            throw new IllegalArgumentException(
                    "Texte trop long pour un QR code : " + texte.length() + " caractères", e);
        }
    }

    /** Le même QR code au format PNG. */
    public static byte[] png(String texte, int cotePixels) {
        return enPng(image(texte, cotePixels));
    }

    private static byte[] enPng(BufferedImage image) {
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /**
     * Le QR code à montrer sur l’écran d’un téléphone (page « Présenter en mairie »), en PNG : noir sur blanc, une
     * zone de silence de 4 modules exactement, des modules carrés d’un nombre entier de pixels, le tout d’au plus
     * {@link #COTE_SUR_ECRAN} pixels de côté (585 pour une adresse de pré-demande : 37 modules et 2 × 4 de zone de
     * silence, de 13 pixels chacun).
     *
     * <p>Pourquoi pas {@link #png} : ZXing y complète de blanc jusqu’au côté demandé, et la zone de silence grandit
     * d’autant ; sur un écran de téléphone, chaque pixel compte pour la taille des modules que voit la douchette ou la
     * caméra. La page affiche l’image à une taille CSS fixe avec {@code image-rendering: pixelated}, sur fond blanc,
     * luminosité au maximum de préférence : un écran sombre ou un mode nuit réduisent le contraste.
     */
    public static byte[] pngPourEcran(String texte) {
        if (texte == null || texte.isEmpty()) {
            throw new IllegalArgumentException("Un QR code porte un texte");
        }
        boolean[][] modules = EncodageQr.modules(texte);
        int total = modules.length + 2 * EncodageQr.ZONE_DE_SILENCE;
        int pixelsParModule = Math.max(1, COTE_SUR_ECRAN / total);
        int cote = total * pixelsParModule;
        // Un bit par pixel : le PNG pèse quelques centaines d’octets, et il n’y a que du noir et du blanc.
        var image = new BufferedImage(cote, cote, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D dessin = image.createGraphics();
        dessin.setColor(Color.WHITE);
        dessin.fillRect(0, 0, cote, cote);
        dessin.setColor(Color.BLACK);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules.length; x++) {
                if (modules[y][x]) {
                    dessin.fillRect(
                            (x + EncodageQr.ZONE_DE_SILENCE) * pixelsParModule,
                            (y + EncodageQr.ZONE_DE_SILENCE) * pixelsParModule,
                            pixelsParModule,
                            pixelsParModule);
                }
            }
        }
        dessin.dispose();
        return enPng(image);
    }

    /**
     * Le texte du premier QR code trouvé dans l’image, ou rien si aucun n’est lisible.
     *
     * <p>Essaie le seuillage local puis global, en recherche approfondie puis en symbole seul ; en dernier recours,
     * l’image agrandie deux fois : sur une copie basse résolution et bruitée (4 pixels par module), le repérage des
     * motifs de position échoue là où il réussit avec plus de pixels.
     */
    public static Optional<String> lire(BufferedImage image) {
        Optional<String> texte = decoder(image, List.of(LECTURE_APPROFONDIE, LECTURE_DU_SYMBOLE_SEUL));
        if (texte.isEmpty() && (long) image.getWidth() * image.getHeight() * 4 <= PIXELS_AGRANDIS_AU_PLUS) {
            texte = decoder(agrandie(image), List.of(LECTURE_APPROFONDIE));
        }
        return texte;
    }

    private static Optional<String> decoder(BufferedImage image, List<Map<DecodeHintType, Object>> lectures) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        for (Function<LuminanceSource, Binarizer> seuillage : SEUILLAGES) {
            for (Map<DecodeHintType, Object> reglages : lectures) {
                try {
                    return Optional.of(new QRCodeReader()
                            .decode(new BinaryBitmap(seuillage.apply(source)), reglages)
                            .getText());
                } catch (ReaderException illisible) {
                    // réglage suivant
                }
            }
        }
        return Optional.empty();
    }

    private static BufferedImage agrandie(BufferedImage image) {
        var agrandie = new BufferedImage(image.getWidth() * 2, image.getHeight() * 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D dessin = agrandie.createGraphics();
        dessin.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        dessin.drawImage(image, 0, 0, agrandie.getWidth(), agrandie.getHeight(), null);
        dessin.dispose();
        return agrandie;
    }

    private static Map<DecodeHintType, Object> lecture(DecodeHintType mode) {
        Map<DecodeHintType, Object> reglages = new EnumMap<>(DecodeHintType.class);
        reglages.put(mode, Boolean.TRUE);
        reglages.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        reglages.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        return Map.copyOf(reglages);
    }
}
