package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.predemande.impression.CodesQr;
import fr.predemande.impression.Recapitulatifs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * L’usager montre son QR code sur son téléphone (page « Présenter en mairie ») et l’agent le lit à la douchette USB.
 * On affiche le PNG du service sur un écran simulé (l’image réduite à la taille où le téléphone la montre, puis vue
 * par le capteur de la douchette : flou, gamma, noir grisâtre, moiré ; pas de bruit de pixel, que le capteur lisse),
 * et on le lit comme une douchette : ZXing sans
 * recherche approfondie ni second essai, ce qui est plus exigeant que {@link CodesQr#lire}.
 */
class LectureDuQrSurEcranTest {

    private static BufferedImage png;

    @BeforeAll
    static void afficher() throws IOException {
        png = ImageIO.read(new ByteArrayInputStream(CodesQr.pngPourEcran(Recapitulatifs.URL)));
    }

    @Test
    void lImageEstCarreeNoirSurBlancAuPlusSixCentsPixelsEtSesModulesOntUnNombreEntierDePixels() {
        int modules = EncodageQr.modules(Recapitulatifs.URL).length + 2 * EncodageQr.ZONE_DE_SILENCE;

        assertThat(png.getWidth()).isEqualTo(png.getHeight()).isLessThanOrEqualTo(CodesQr.COTE_SUR_ECRAN);
        assertThat(png.getWidth() % modules).as("pixels par module entiers").isZero();
        assertThat(png.getWidth() / modules)
                .as("pixels par module : assez gros pour un écran")
                .isGreaterThanOrEqualTo(12);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                assertThat(png.getRGB(x, y) & 0xFFFFFF).isIn(0x000000, 0xFFFFFF);
            }
        }
    }

    @Test
    void laZoneDeSilenceFaitQuatreModulesExactement() {
        int modules = EncodageQr.modules(Recapitulatifs.URL).length + 2 * EncodageQr.ZONE_DE_SILENCE;
        int module = png.getWidth() / modules;
        int marge = 0;
        while ((png.getRGB(marge, marge) & 0xFF) > 128) {
            marge++;
        }
        // Le coin haut gauche du motif de position est sombre : la diagonale blanche s’arrête au premier module du
        // symbole.
        assertThat(marge).isEqualTo(EncodageQr.ZONE_DE_SILENCE * module);
    }

    @Test
    void uneDouchetteLitLAdresseSurUnEcranDeTelephone() throws Exception {
        assertThat(douchette(ecranDeTelephone(png))).isEqualTo(Recapitulatifs.URL);
    }

    @Test
    void uneDouchetteLitLAdresseSurUnEcranSombreEtMoire() throws Exception {
        BufferedImage vu = ecranDeTelephone(png);
        vu = Abimer.gamma(vu, 1.6, 45, 200);
        vu = Abimer.moirer(vu, 9.5, 12, 0.25);
        assertThat(douchette(vu)).isEqualTo(Recapitulatifs.URL);
    }

    @Test
    void surUnEcranTropAbimeLaDouchetteNeLitRien() {
        // Témoin : la simulation et la lecture peuvent échouer ; un affichage de 60 pixels (2 pixels par module moins
        // le moiré) ne se lit plus, le test ci-dessus lit donc vraiment quelque chose.
        BufferedImage minuscule = Abimer.redimensionner(png, 60.0 / png.getWidth(), 60.0 / png.getHeight());
        BufferedImage vu = Abimer.moirer(Abimer.flouter(Abimer.redimensionner(minuscule, 5, 5)), 7, 12, 0.5);
        assertThatThrownBy(() -> douchette(vu)).isInstanceOf(ReaderException.class);
    }

    /**
     * L’image telle que la montre un téléphone (320 pixels de large, réduite par le navigateur) puis telle que la voit
     * le capteur d’une douchette posée devant (agrandie à ~640 pixels, floue, gamma de l’écran, noir jamais noir).
     */
    private static BufferedImage ecranDeTelephone(BufferedImage image) {
        double reduction = 320.0 / image.getWidth();
        BufferedImage affichee = Abimer.redimensionner(image, reduction, reduction);
        BufferedImage vue = Abimer.redimensionner(affichee, 2, 2);
        vue = Abimer.flouter(Abimer.flouter(vue));
        return Abimer.gamma(vue, 1.2, 20, 235);
    }

    /** Une lecture simple, comme le microprogramme d’une douchette : seuil local, sans deuxième chance. */
    private static String douchette(BufferedImage image) throws ReaderException {
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
