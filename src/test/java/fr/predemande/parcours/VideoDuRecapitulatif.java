package fr.predemande.parcours;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Une vidéo pour la caméra simulée de Chromium ({@code --use-file-for-fake-video-capture}) : le récapitulatif PDF de la
 * pré-demande tenu devant la caméra. La page 1 est rendue par PDFBox, son QR code repéré par ZXing (les centres des trois
 * motifs de position), l'image recadrée autour (avec sa marge blanche) et mise à l'échelle au milieu d'une image
 * 640 × 480, puis convertie de RVB en YCbCr (BT.601 pleine échelle, celle des JPEG) sous-échantillonné 4:2:0 et écrite
 * au format YUV4MPEG2 ({@code C420jpeg}), 30 images identiques à 30 images par seconde : Chromium la passe en boucle.
 */
final class VideoDuRecapitulatif {

    static final int LARGEUR = 640;
    static final int HAUTEUR = 480;
    static final int IMAGES = 30;
    /** Le côté du QR code (marge comprise) dans l'image : comme un récapitulatif tenu à 20 cm d'une webcam. */
    static final int COTE_DU_QR = 360;

    /** Ce qui a été fait : la vidéo, l'image de la page, et le texte du QR code tel que ZXing le lit sur la page. */
    record Video(Path fichier, BufferedImage image, String texteDuQrCode) {}

    private VideoDuRecapitulatif() {}

    static Video ecrire(byte[] recapitulatifPdf, Path fichier) throws IOException {
        BufferedImage page;
        try (var document = Loader.loadPDF(recapitulatifPdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 200, ImageType.RGB);
        }
        Result qr = qrCode(page);
        BufferedImage image = cadrer(page, qr.getResultPoints());
        try (OutputStream sortie = new BufferedOutputStream(Files.newOutputStream(fichier))) {
            sortie.write(("YUV4MPEG2 W" + LARGEUR + " H" + HAUTEUR + " F30:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] yuv = yuv420(image);
            for (int i = 0; i < IMAGES; i++) {
                sortie.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                sortie.write(yuv);
            }
        }
        return new Video(fichier, image, qr.getText());
    }

    /** Le QR code de la page : son texte et la position de ses trois motifs de position. */
    private static Result qrCode(BufferedImage page) {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        try {
            return new QRCodeReader()
                    .decode(
                            bitmap,
                            Map.of(
                                    DecodeHintType.TRY_HARDER,
                                    true,
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE)));
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("Pas de QR code lisible sur la page 1 du récapitulatif", e);
        }
    }

    /**
     * Le carré autour du QR code : les centres des motifs de position sont à 3,5 modules des bords du symbole ; on prend
     * leur écart (le côté du symbole moins 7 modules) et on élargit d'un tiers de chaque côté, ce qui couvre le symbole
     * et sa marge blanche de 4 modules pour toute version courante.
     */
    private static BufferedImage cadrer(BufferedImage page, ResultPoint[] points) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = 0, maxY = 0;
        for (int i = 0; i < Math.min(3, points.length); i++) {
            minX = Math.min(minX, points[i].getX());
            minY = Math.min(minY, points[i].getY());
            maxX = Math.max(maxX, points[i].getX());
            maxY = Math.max(maxY, points[i].getY());
        }
        double ecart = Math.max(maxX - minX, maxY - minY);
        double marge = ecart / 3;
        int x = (int) Math.max(0, minX - marge);
        int y = (int) Math.max(0, minY - marge);
        int cote = (int) Math.min(ecart + 2 * marge, Math.min(page.getWidth() - x, page.getHeight() - y));

        var image = new BufferedImage(LARGEUR, HAUTEUR, BufferedImage.TYPE_INT_RGB);
        var dessin = image.createGraphics();
        dessin.setColor(new Color(0xF2, 0xF0, 0xEA)); // le papier, un peu moins blanc que blanc
        dessin.fillRect(0, 0, LARGEUR, HAUTEUR);
        dessin.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int gauche = (LARGEUR - COTE_DU_QR) / 2;
        int haut = (HAUTEUR - COTE_DU_QR) / 2;
        dessin.drawImage(page, gauche, haut, gauche + COTE_DU_QR, haut + COTE_DU_QR, x, y, x + cote, y + cote, null);
        dessin.dispose();
        return image;
    }

    /** Les plans Y, puis Cb, puis Cr (chacun moyenné sur 2 × 2 pixels) d'une image RVB. */
    static byte[] yuv420(BufferedImage image) {
        int l = image.getWidth();
        int h = image.getHeight();
        byte[] yuv = new byte[l * h + 2 * (l / 2) * (h / 2)];
        int cb = l * h;
        int cr = cb + (l / 2) * (h / 2);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < l; x++) {
                int rvb = image.getRGB(x, y);
                yuv[y * l + x] = octet(0.299 * rouge(rvb) + 0.587 * vert(rvb) + 0.114 * bleu(rvb));
            }
        }
        for (int y = 0; y < h / 2; y++) {
            for (int x = 0; x < l / 2; x++) {
                double r = 0, v = 0, b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int rvb = image.getRGB(2 * x + dx, 2 * y + dy);
                        r += rouge(rvb) / 4.0;
                        v += vert(rvb) / 4.0;
                        b += bleu(rvb) / 4.0;
                    }
                }
                yuv[cb + y * (l / 2) + x] = octet(128 - 0.168736 * r - 0.331264 * v + 0.5 * b);
                yuv[cr + y * (l / 2) + x] = octet(128 + 0.5 * r - 0.418688 * v - 0.081312 * b);
            }
        }
        return yuv;
    }

    /** La luminance (plan Y) de la première image de la vidéo, en niveaux de gris : ce que la caméra montre. */
    static BufferedImage luminance(Path fichier) throws IOException {
        byte[] contenu = Files.readAllBytes(fichier);
        int debut = indexApres(contenu, "FRAME\n", indexApres(contenu, "\n", 0));
        var image = new BufferedImage(LARGEUR, HAUTEUR, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < HAUTEUR; y++) {
            for (int x = 0; x < LARGEUR; x++) {
                int gris = contenu[debut + y * LARGEUR + x] & 0xff;
                image.setRGB(x, y, (gris << 16) | (gris << 8) | gris);
            }
        }
        return image;
    }

    private static int indexApres(byte[] contenu, String motif, int depuis) {
        byte[] octets = motif.getBytes(StandardCharsets.US_ASCII);
        suivant:
        for (int i = depuis; i <= contenu.length - octets.length; i++) {
            for (int j = 0; j < octets.length; j++) {
                if (contenu[i + j] != octets[j]) {
                    continue suivant;
                }
            }
            return i + octets.length;
        }
        throw new AssertionError("« " + motif.strip() + " » absent de la vidéo");
    }

    private static int rouge(int rvb) {
        return (rvb >> 16) & 0xff;
    }

    private static int vert(int rvb) {
        return (rvb >> 8) & 0xff;
    }

    private static int bleu(int rvb) {
        return rvb & 0xff;
    }

    private static byte octet(double valeur) {
        return (byte) Math.max(0, Math.min(255, (int) Math.round(valeur)));
    }
}
