package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.impression.CodesQr;
import fr.predemande.impression.Recapitulatifs;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * L’agent en mairie lit le QR code sur ce que l’usager apporte : une impression, une photocopie, un fax, l’écran
 * d’un téléphone. On rend la page 1 comme une imprimante (150 ppp), on l’abîme comme ces chemins-là, et le lecteur
 * doit toujours retrouver l’adresse de la pré-demande. Aléas à graine fixe : un échec se rejoue à l’identique.
 */
class LectureDuQrImprimeTest {

    private static BufferedImage page1;

    @BeforeAll
    static void imprimer() throws IOException {
        byte[] pdf = new RecapitulatifEnPdf(Recapitulatifs.messages()).pdf(Recapitulatifs.exemple());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page1 = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
        }
    }

    @Test
    void leQrCodeDeLaPageImprimeeDonneLAdresseDeLaPreDemande() {
        assertThat(CodesQr.lire(page1)).contains(Recapitulatifs.URL);
    }

    @Test
    void seLitEncoreEnPlusBasseResolution() {
        assertThat(CodesQr.lire(Abimer.redimensionner(page1, 100.0 / 150, 100.0 / 150)))
                .contains(Recapitulatifs.URL);
    }

    @Test
    void seLitSurUnePhotocopieGrisatreFloueEtDeTravers() throws IOException {
        BufferedImage copie = Abimer.redimensionner(page1, 100.0 / 150, 100.0 / 150);
        copie = Abimer.tourner(copie, 2.5);
        copie = Abimer.voiler(copie, 45);
        copie = Abimer.flouter(copie);
        copie = Abimer.bruiter(copie, 18, 12345L);
        copie = Abimer.jpeg(copie, 0.25f);
        assertThat(CodesQr.lire(copie)).contains(Recapitulatifs.URL);
    }

    @Test
    void seLitSurUneTelecopieEnNoirEtBlanc() {
        BufferedImage telecopie = Abimer.telecopier(page1, 150, 678L);
        assertThat(telecopie.getColorModel().getPixelSize())
                .as("un bit par point")
                .isEqualTo(1);
        assertThat(CodesQr.lire(telecopie)).contains(Recapitulatifs.URL);
    }

    @Test
    void seLitSurUnEcranDeTelephone() throws IOException {
        // Page entière affichée sur un écran d’environ 1080 pixels de haut : ~72 ppp, puis compressée.
        BufferedImage ecran = Abimer.redimensionner(page1, 72.0 / 150, 72.0 / 150);
        assertThat(CodesQr.lire(Abimer.jpeg(ecran, 0.6f))).contains(Recapitulatifs.URL);
    }

    @Test
    void uneCopieSansQrCodeNeDonneRien() {
        // Témoin : le lecteur ne trouve pas d’adresse là où il n’y a pas de QR code (le test peut donc échouer).
        BufferedImage sansQr = Abimer.copier(page1);
        Graphics2D g = sansQr.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(sansQr.getWidth() / 2, 0, sansQr.getWidth() / 2, sansQr.getHeight() / 3);
        g.dispose();
        assertThat(CodesQr.lire(sansQr)).isEmpty();
    }
}
