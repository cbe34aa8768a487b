package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.predemande.impression.CodesQr;
import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.internal.TraceDesChemins.Chemin;
import fr.predemande.impression.internal.TraceDesChemins.Glyphe;
import fr.predemande.impression.internal.TraceDesChemins.Releve;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Le support vierge remplace le récapitulatif au rendez-vous : l’agent y lit le même QR code, l’usager y colle la même
 * photo et les mêmes timbres, et signe dans le même cadre. Ses cadres se mesurent donc comme ceux du récapitulatif, sur
 * la page imprimée, et c’est un PDF/A comme lui.
 */
class SupportViergeTest {

    private static final double POINTS_PAR_MM = 72 / 25.4;
    private static final int BORDURE_DU_CADRE_PHOTO = 0x000091;

    private static byte[] octets;
    private static PDDocument support;
    private static Releve page;
    private static Releve pageDuRecapitulatif;

    @BeforeAll
    static void imprimer() throws IOException {
        var miseEnPage = new MiseEnPagePdfA(Recapitulatifs.messages(), new ReserveDePolices());
        octets = new SupportViergeEnPdf(miseEnPage).supportVierge(Recapitulatifs.NUMERO_ET_QR);
        support = Loader.loadPDF(octets);
        page = TraceDesChemins.releve(support.getPage(0));
        try (PDDocument recapitulatif =
                Loader.loadPDF(new RecapitulatifEnPdf(miseEnPage).pdf(Recapitulatifs.exemple()))) {
            pageDuRecapitulatif = TraceDesChemins.releve(recapitulatif.getPage(0));
        }
    }

    @AfterAll
    static void fermer() throws IOException {
        support.close();
    }

    @Test
    void uneSeulePageA4() {
        assertThat(support.getNumberOfPages()).isEqualTo(1);
        assertThat(mm(support.getPage(0).getMediaBox().getWidth())).isCloseTo(210, within(0.5));
        assertThat(mm(support.getPage(0).getMediaBox().getHeight())).isCloseTo(297, within(0.5));
    }

    @Test
    void leQrCodeImprimeDonneLAdresseDeLaPreDemande() throws IOException {
        var imprimee = new PDFRenderer(support).renderImageWithDPI(0, 150, ImageType.RGB);
        assertThat(CodesQr.lire(imprimee)).contains(Recapitulatifs.URL);
        // Et après une photocopie grisâtre, comme le récapitulatif (LectureDuQrImprimeTest).
        var copie =
                Abimer.bruiter(Abimer.flouter(Abimer.voiler(Abimer.redimensionner(imprimee, 0.66, 0.66), 45)), 18, 7L);
        assertThat(CodesQr.lire(copie)).contains(Recapitulatifs.URL);
    }

    @Test
    void leQrCodeALaTailleDeCeluiDuRecapitulatif() {
        assertThat(qr(page).largeurMm())
                .as("largeur du QR code (mm)")
                .isCloseTo(qr(pageDuRecapitulatif).largeurMm(), within(0.1))
                .isCloseTo(35, within(0.5));
        assertThat(qr(page).hauteurMm()).isCloseTo(qr(page).largeurMm(), within(0.1));
    }

    @Test
    void lesCadresPhotoTimbresEtSignatureMesurentCommeSurLeRecapitulatif() {
        List<Rectangle2D> cadres = TraceDesChemins.cadres(page.chemins());
        List<Rectangle2D> attendus = TraceDesChemins.cadres(pageDuRecapitulatif.chemins());

        assertThat(attendus).as("cadres du récapitulatif").hasSize(3);
        assertThat(cadres).as("cadres du support : photo, timbres, signature").hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(mm(cadres.get(i).getWidth()))
                    .as("largeur du cadre %d (mm)", i + 1)
                    .isCloseTo(mm(attendus.get(i).getWidth()), within(0.1));
            assertThat(mm(cadres.get(i).getHeight()))
                    .as("hauteur du cadre %d (mm)", i + 1)
                    .isCloseTo(mm(attendus.get(i).getHeight()), within(0.1));
            assertThat(mm(cadres.get(i).getMinX()))
                    .as("bord gauche du cadre %d (mm)", i + 1)
                    .isCloseTo(mm(attendus.get(i).getMinX()), within(0.1));
        }
        // Le cadre photo, à sa couleur : la taille exacte d’une photo d’identité.
        Rectangle2D photo = page.chemins().stream()
                .filter(c -> c.couleur() == BORDURE_DU_CADRE_PHOTO)
                .map(Chemin::emprise)
                .reduce((a, b) -> a.createUnion(b))
                .orElseThrow(() -> new AssertionError("aucun cadre photo"));
        assertThat(mm(photo.getWidth())).isCloseTo(35, within(0.5));
        assertThat(mm(photo.getHeight())).isCloseTo(45, within(0.5));
    }

    @Test
    void leNumeroGroupeEstImprimeEnGrandAvecLesTextesDuSupport() throws IOException {
        String texte =
                new PDFTextStripper().getText(support).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        assertThat(texte)
                .contains(
                        "République française — Prédemande",
                        "Support de pré-demande",
                        "NUMÉRO DE PRÉ-DEMANDE",
                        "7K3M 9Q2X TB",
                        "Imprimé en mairie, à la place du récapitulatif",
                        "Collez votre photo ici — ne pas agrafer",
                        "Timbres fiscaux papier : collez-les ici",
                        "Signez en mairie, devant l’agent");
        assertThat(texte).doesNotContain("??", "{0}", "impression.");

        // Le « 7 » du numéro : au moins 6 mm de haut (25 pt en capitales), comme sur le récapitulatif.
        Glyphe sept = page.glyphes().stream()
                .filter(g -> g.texte().equals("7"))
                .max((a, b) ->
                        Double.compare(a.emprise().getHeight(), b.emprise().getHeight()))
                .orElseThrow();
        assertThat(mm(sept.emprise().getHeight())).isGreaterThan(6);
    }

    @Test
    void cEstUnPdfA2bAuxPolicesIncorporees(@TempDir Path dossier) throws Exception {
        XMPMetadata xmp = ConformitePdfA.xmp(support);
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Support de pré-demande 7K3M 9Q2X TB");
        assertThat(ConformitePdfA.polices(support)).isNotEmpty().allMatch(police -> police.isEmbedded());
        assertThat(ConformitePdfA.erreursPreflight(octets, dossier)).containsExactly("7.11.2");
    }

    private static Chemin qr(Releve releve) {
        return releve.chemins().stream()
                .filter(c -> c.rempli() && c.couleur() == 0x000000 && c.sousChemins() > 50)
                .findFirst()
                .orElseThrow(() -> new AssertionError("aucun QR code dessiné"));
    }

    private static double mm(double points) {
        return points / POINTS_PAR_MM;
    }
}
