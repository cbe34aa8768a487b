package fr.predemande.impression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Les QR codes du service : ce que la norme et nos lecteurs (téléphones, douchettes) en attendent. */
class CodesQrTest {

    private static final String URL = "https://predemande.interieur.gouv.fr/p/7K3M9Q2XTB";

    @Test
    void leQrCodeAUneCorrectionDErreurQ() throws Exception {
        Result lu = new QRCodeReader()
                .decode(
                        new BinaryBitmap(
                                new HybridBinarizer(new BufferedImageLuminanceSource(CodesQr.image(URL, 300)))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));

        assertThat(lu.getText()).isEqualTo(URL);
        assertThat(lu.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        assertThat(lu.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL))
                .isEqualTo("Q");
    }

    @Test
    void uneZoneDeSilenceDAuMoinsQuatreModulesEntoureLeSymbole() {
        BufferedImage image = CodesQr.image(URL, 300);

        // Le motif de position en haut à gauche commence par 7 modules sombres : il donne la taille d’un module.
        int marge = 0;
        while (!sombre(image, marge, marge)) {
            marge++;
        }
        int motif = 0;
        while (sombre(image, marge + motif, marge)) {
            motif++;
        }
        double module = motif / 7.0;
        assertThat(marge)
                .as("zone de silence (pixels) pour des modules de %.1f pixels", module)
                .isGreaterThanOrEqualTo((int) Math.ceil(4 * module));
        assertThat(toutBlanc(image, 0, 0, image.getWidth(), marge))
                .as("bande du haut blanche")
                .isTrue();
        assertThat(toutBlanc(image, 0, 0, marge, image.getHeight()))
                .as("bande de gauche blanche")
                .isTrue();
    }

    @Test
    void lImageALaTailleDemandeeEtNeContientQueDuNoirEtDuBlanc() {
        BufferedImage image = CodesQr.image(URL, 300);

        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(image.getRGB(x, y) & 0xFFFFFF).isIn(0x000000, 0xFFFFFF);
            }
        }
    }

    @Test
    void unCotePlusPetitQueLeSymboleDonneLaPlusPetiteImageLisible() {
        BufferedImage image = CodesQr.image(URL, 10);

        assertThat(image.getWidth()).isGreaterThan(10);
        assertThat(CodesQr.lire(image)).contains(URL);
    }

    @Test
    void lePngSeRelitEtDonneLeMemeTexte() throws Exception {
        byte[] png = CodesQr.png(URL, 240);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(CodesQr.lire(ImageIO.read(new ByteArrayInputStream(png)))).contains(URL);
    }

    @Test
    void unTexteAccentueSEncodeEnUtf8() {
        String texte = "Éloïse D’Aubigné-Œuvray — 86 €";

        assertThat(CodesQr.lire(CodesQr.image(texte, 300))).contains(texte);
    }

    @Test
    void uneImageSansQrCodeNeDonneRien() {
        BufferedImage blanche = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D dessin = blanche.createGraphics();
        dessin.setColor(Color.WHITE);
        dessin.fillRect(0, 0, 400, 400);
        dessin.setColor(Color.BLACK);
        dessin.drawString("7K3M 9Q2X TB", 50, 200);
        dessin.dispose();

        assertThat(CodesQr.lire(blanche)).isEmpty();
    }

    @Test
    void unQrCodeAbimeAuDelaDeSaCorrectionNeSeLitPas() {
        // Témoin : Q corrige 25 % ; un tiers du symbole effacé, il n’y a plus rien à lire.
        BufferedImage image = CodesQr.image(URL, 300);
        Graphics2D dessin = image.createGraphics();
        dessin.setColor(Color.WHITE);
        dessin.fillRect(100, 40, 100, 220);
        dessin.dispose();

        assertThat(CodesQr.lire(image)).isEmpty();
    }

    @Test
    void refuseUnTexteVideOuUnCoteNul() {
        assertThatThrownBy(() -> CodesQr.image("", 300)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodesQr.image(URL, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CodesQr.image("x".repeat(3000), 300)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean sombre(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFF) < 128;
    }

    private static boolean toutBlanc(BufferedImage image, int x0, int y0, int largeur, int hauteur) {
        for (int y = y0; y < y0 + hauteur; y++) {
            for (int x = x0; x < x0 + largeur; x++) {
                if (sombre(image, x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
