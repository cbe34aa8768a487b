package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import fr.predemande.impression.CodesQr;
import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.Recepisses;
import fr.predemande.impression.internal.TraceDesChemins.Chemin;
import fr.predemande.impression.internal.TraceDesChemins.Glyphe;
import fr.predemande.impression.internal.TraceDesChemins.Releve;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le récépissé sur A4 : archivable (PDF/A-2b comme le récapitulatif), un code-barres plus grand que sur le ticket, lu
 * sur la page imprimée à 150 ppp, et pas de QR code : le numéro de demande n’est pas une adresse.
 */
class RecepisseA4Test {

    private static final double POINTS_PAR_MM = 72 / 25.4;

    private static final RecepisseImprime GENERATEUR =
            new RecepisseImprime(new MiseEnPagePdfA(Recapitulatifs.messages(), new ReserveDePolices()));

    private static byte[] octets;
    private static PDDocument pdf;
    private static Releve page;
    private static BufferedImage imprimee;

    @BeforeAll
    static void imprimer() throws IOException {
        octets = GENERATEUR.pdfA4(Recepisses.exemple());
        pdf = Loader.loadPDF(octets);
        page = TraceDesChemins.releve(pdf.getPage(0));
        imprimee = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.GRAY);
    }

    @AfterAll
    static void fermer() throws IOException {
        pdf.close();
    }

    @Test
    void uneSeulePageA4() {
        assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        assertThat(mm(pdf.getPage(0).getMediaBox().getWidth())).isCloseTo(210, within(0.5));
        assertThat(mm(pdf.getPage(0).getMediaBox().getHeight())).isCloseTo(297, within(0.5));
    }

    @Test
    void laDouchetteLitLeNumeroSurLaPageImprimeeA150ppp() throws Exception {
        Result lu = new MultiFormatReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(imprimee))),
                        Map.of(
                                DecodeHintType.TRY_HARDER,
                                Boolean.TRUE,
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.CODE_128)));

        assertThat(lu.getText()).isEqualTo(Recepisses.NUMERO);
        assertThat(lu.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
    }

    @Test
    void leCodeBarresEstPlusGrandQueSurLeTicket() throws IOException {
        Rectangle2D a4 = barres(page);
        Rectangle2D ticket;
        try (PDDocument thermique = Loader.loadPDF(GENERATEUR.pdfThermique(Recepisses.exemple()))) {
            ticket = barres(TraceDesChemins.releve(thermique.getPage(0)));
        }
        assertThat(mm(a4.getWidth())).as("largeur des barres sur A4 (mm)").isGreaterThan(mm(ticket.getWidth()) * 1.3);
        assertThat(mm(a4.getHeight())).as("hauteur des barres sur A4 (mm)").isGreaterThan(mm(ticket.getHeight()));
    }

    @Test
    void aucunQrCodeSurLaPage() {
        assertThat(CodesQr.lire(imprimee)).isEmpty();
    }

    @Test
    void laPagePorteLesTextesDuRecepisse() throws IOException {
        String texte = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");

        assertThat(texte)
                .contains(
                        "République française — Prédemande",
                        "Récépissé de dépôt de demande",
                        "NUMÉRO DE DEMANDE 42260000012K",
                        "Déposée le 12 mars 2027 à 10 h 42",
                        "Mairie Mairie de Saint-Étienne",
                        "Titulaire DUPONT Camille Marie",
                        "Demande Passeport et carte nationale d’identité",
                        "Timbres fiscaux 86 €",
                        "**** **** **** 4821",
                        "Suivez l’avancement de votre demande avec ce numéro sur : https://predemande.interieur.gouv.fr/suivi",
                        "Signature du demandeur");
        assertThat(texte).doesNotContain(Recepisses.TIMBRE, "??", "{0}", "impression.");
    }

    @Test
    void chaqueGlypheResteDansLesMarges() {
        double gauche = 15 * POINTS_PAR_MM, droite = (210 - 15) * POINTS_PAR_MM;
        assertThat(page.glyphes())
                .isNotEmpty()
                .allMatch(
                        g -> g.emprise().getMinX() >= gauche - 1 && g.emprise().getMaxX() <= droite + 1,
                        "dans les marges de 15 mm");
        List<Glyphe> surLesBarres = page.glyphes().stream()
                .filter(g -> g.emprise().intersects(barres(page)))
                .toList();
        assertThat(surLesBarres).as("aucun texte sur les barres").isEmpty();
    }

    @Test
    void cEstUnPdfA2bAuxPolicesIncorporees(@TempDir Path dossier) throws Exception {
        XMPMetadata xmp = ConformitePdfA.xmp(pdf);
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Récépissé de demande 42260000012K");
        assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("fr");
        assertThat(ConformitePdfA.polices(pdf)).isNotEmpty().allMatch(police -> police.isEmbedded());
        assertThat(ConformitePdfA.erreursPreflight(octets, dossier)).containsExactly("7.11.2");
    }

    /** Le code-barres : le seul chemin noir fait de dizaines de rectangles. */
    private static Rectangle2D barres(Releve releve) {
        return releve.chemins().stream()
                .filter(c -> c.rempli() && c.couleur() == 0x000000 && c.sousChemins() > 20)
                .map(Chemin::emprise)
                .findFirst()
                .orElseThrow(() -> new AssertionError("aucun code-barres dessiné"));
    }

    private static double mm(double points) {
        return points / POINTS_PAR_MM;
    }
}
