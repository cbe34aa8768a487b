package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.internal.TraceDesChemins.Chemin;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ce qui se mesure à la règle sur la feuille imprimée : la page A4, le cadre de la photo d’identité (35 × 45 mm, la
 * taille de la photo à coller) et le QR code (au moins 30 mm, pour être lu après impression, photocopie ou fax).
 * Mesures en points PDF (1 mm = 72 / 25,4 pt) relevées dans le flux graphique de la page.
 */
class MesuresDuRecapitulatifTest {

    /** La couleur de bordure que seul le cadre photo porte (#000091, bleu France). */
    private static final int BORDURE_DU_CADRE_PHOTO = 0x000091;

    private static final double TOLERANCE_MM = 0.5;

    private static PDDocument pdf;
    private static List<Chemin> cheminsDeLaPage1;

    @BeforeAll
    static void imprimer() throws Exception {
        pdf = Loader.loadPDF(new RecapitulatifEnPdf(Recapitulatifs.messages()).pdf(Recapitulatifs.exemple()));
        cheminsDeLaPage1 = TraceDesChemins.de(pdf.getPage(0));
    }

    @AfterAll
    static void fermer() throws Exception {
        pdf.close();
    }

    @Test
    void chaquePageEstUnA4Portrait() {
        for (PDPage page : pdf.getPages()) {
            assertThat(mm(page.getMediaBox().getWidth())).isCloseTo(210, within(0.5));
            assertThat(mm(page.getMediaBox().getHeight())).isCloseTo(297, within(0.5));
        }
    }

    @Test
    void leCadrePhotoALaTailleDUnePhotoDIdentite() {
        List<Chemin> cadre = cheminsDeLaPage1.stream()
                .filter(c -> c.couleur() == BORDURE_DU_CADRE_PHOTO)
                .toList();
        assertThat(cadre).as("chemins peints dans la couleur du cadre photo").isNotEmpty();

        var emprise = cadre.get(0).emprise();
        cadre.forEach(c -> emprise.add(c.emprise()));
        assertThat(mm(emprise.getWidth())).as("largeur du cadre photo (mm)").isCloseTo(35, within(TOLERANCE_MM));
        assertThat(mm(emprise.getHeight())).as("hauteur du cadre photo (mm)").isCloseTo(45, within(TOLERANCE_MM));
    }

    @Test
    void leQrCodeFaitAuMoinsTrenteMillimetresEtEstCarre() {
        // Le QR code est le seul chemin fait de dizaines de rectangles : un par suite de modules sombres.
        Chemin qr = cheminsDeLaPage1.stream()
                .filter(c -> c.rempli() && c.couleur() == 0x000000 && c.sousChemins() > 50)
                .findFirst()
                .orElseThrow(() -> new AssertionError("aucun QR code dessiné sur la page 1"));

        assertThat(qr.largeurMm())
                .as("largeur du QR code (mm)")
                .isGreaterThanOrEqualTo(30)
                .isCloseTo(35, within(TOLERANCE_MM));
        assertThat(qr.hauteurMm()).as("hauteur du QR code (mm)").isCloseTo(qr.largeurMm(), within(0.1));
    }

    @Test
    void laZoneDeSilenceDuQrCodeResteBlancheSurLaPageImprimee() throws Exception {
        Chemin qr = cheminsDeLaPage1.stream()
                .filter(c -> c.rempli() && c.couleur() == 0x000000 && c.sousChemins() > 50)
                .findFirst()
                .orElseThrow();
        int dpi = 150;
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.GRAY);
        double pixelsParPoint = dpi / 72.0;
        double hauteurDeLaPage = pdf.getPage(0).getMediaBox().getHeight();
        // Emprise du symbole en pixels (l’image a son origine en haut, la page PDF en bas).
        int gauche = (int) Math.round(qr.emprise().getMinX() * pixelsParPoint);
        int droite = (int) Math.round(qr.emprise().getMaxX() * pixelsParPoint);
        int haut = (int) Math.round((hauteurDeLaPage - qr.emprise().getMaxY()) * pixelsParPoint);
        int bas = (int) Math.round((hauteurDeLaPage - qr.emprise().getMinY()) * pixelsParPoint);
        int modules = EncodageQr.modules(Recapitulatifs.URL).length;
        int zone = (int) Math.ceil(4.0 * (droite - gauche) / modules);

        int sombres = 0;
        for (int y = haut - zone; y < bas + zone; y++) {
            for (int x = gauche - zone; x < droite + zone; x++) {
                boolean dansLeSymbole = x >= gauche - 1 && x <= droite && y >= haut - 1 && y <= bas;
                if (!dansLeSymbole && (page.getRaster().getSample(x, y, 0) < 200)) {
                    sombres++;
                }
            }
        }
        assertThat(sombres)
                .as("pixels sombres dans la zone de silence de 4 modules autour du QR code")
                .isZero();
    }

    private static double mm(double points) {
        return points * 25.4 / 72;
    }
}
