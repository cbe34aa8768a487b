package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.impression.Recapitulatifs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.xmpbox.XMPMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Le récapitulatif est archivé et réimprimé des années plus tard : PDF/A-2b (ISO 19005-2, niveau B). On vérifie ce
 * que la norme exige et que l’on peut lire sans validateur complet : identification PDF/A dans les métadonnées XMP,
 * intention de sortie avec profil ICC, polices toutes incorporées, titre et langue ; puis le validateur Preflight de
 * PDFBox, pour toutes ses règles qui valent aussi en PDF/A-2.
 */
class PdfADuRecapitulatifTest {

    private static byte[] octets;
    private static PDDocument pdf;

    @BeforeAll
    static void imprimer() throws IOException {
        octets = new RecapitulatifEnPdf(Recapitulatifs.messages()).pdf(Recapitulatifs.exemple());
        pdf = Loader.loadPDF(octets);
    }

    @AfterAll
    static void fermer() throws IOException {
        pdf.close();
    }

    @Test
    void lesMetadonneesXmpDeclarentPdfA2NiveauB() throws Exception {
        XMPMetadata xmp = ConformitePdfA.xmp(pdf);

        assertThat(xmp.getPDFAIdentificationSchema()).as("schéma pdfaid").isNotNull();
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        assertThat(pdf.getVersion()).as("PDF/A-2 repose sur PDF 1.7").isEqualTo(1.7f);
    }

    @Test
    void leTitreEtLeProducteurFigurentDansLesMetadonneesEtLeDictionnaireDInformation() throws Exception {
        XMPMetadata xmp = ConformitePdfA.xmp(pdf);
        var information = pdf.getDocumentInformation();

        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Récapitulatif de pré-demande 7K3M 9Q2X TB");
        assertThat(information.getTitle()).isEqualTo(xmp.getDublinCoreSchema().getTitle());
        assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo("Prédemande");
        assertThat(information.getProducer()).isEqualTo(xmp.getAdobePDFSchema().getProducer());
        assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("fr");
    }

    @Test
    void uneIntentionDeSortieSrgbAccompagneLesCouleurs() {
        List<PDOutputIntent> intentions = pdf.getDocumentCatalog().getOutputIntents();

        assertThat(intentions).hasSize(1);
        assertThat(intentions.get(0).getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
        assertThat(intentions.get(0).getDestOutputIntent())
                .as("profil ICC incorporé")
                .isNotNull();
        assertThat(intentions.get(0).getDestOutputIntent().getInt(COSName.N))
                .as("composantes RVB")
                .isEqualTo(3);
    }

    @Test
    void chaquePoliceDeChaquePageEstIncorporee() throws IOException {
        List<PDFont> polices = ConformitePdfA.polices(pdf);

        assertThat(polices)
                .as("polices utilisées")
                .isNotEmpty()
                .allMatch(police -> police.getName().contains("DejaVu"));
        assertThat(polices)
                .as("polices non incorporées")
                .filteredOn(police -> !police.isEmbedded())
                .isEmpty();
    }

    /**
     * Preflight (PDFBox 3) ne sait valider que PDF/A-1b. Deux de ses règles sont propres à PDF/A-1 et ne valent pas en
     * PDF/A-2 : l’interdiction des tables de références en flux (ISO 19005-1 §6.1.4, levée en PDF/A-2, que PDFBox
     * écrit en 1.7) et « part doit valoir 1 » dans pdfaid (7.11.2). La première est écartée en réenregistrant le même
     * document sans compression de structure (le contenu ne change pas) ; la seconde est la seule erreur admise.
     * Toute autre erreur — police, couleur, métadonnées incohérentes avec le dictionnaire d’information,
     * transparence, annotation — fait échouer le test. Une vraie validation PDF/A-2b demande veraPDF.
     */
    @Test
    void preflightNeTrouveQueLaDifferenceEntrePdfA1EtPdfA2(@TempDir Path dossier) throws IOException {
        assertThat(ConformitePdfA.erreursPreflight(octets, dossier)).containsExactly("7.11.2");
    }

    @Test
    void preflightRepereBienUnePoliceNonIncorporee(@TempDir Path dossier) throws IOException {
        // Témoin : le filtre ci-dessus ne masque pas les erreurs de police que Preflight sait trouver.
        Path temoin = dossier.resolve("temoin.pdf");
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var contenu = new PDPageContentStream(document, page)) {
                contenu.beginText();
                contenu.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                contenu.showText("Prédemande");
                contenu.endText();
            }
            document.save(temoin.toFile(), CompressParameters.NO_COMPRESSION);
        }
        assertThat(ConformitePdfA.erreurs(PreflightParser.validate(temoin.toFile())))
                .anyMatch(code -> code.startsWith("3."));
    }
}
