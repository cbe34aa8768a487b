package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.Recepisse;
import fr.predemande.impression.Recepisses;
import fr.predemande.impression.internal.TraceDesChemins.Chemin;
import fr.predemande.impression.internal.TraceDesChemins.Glyphe;
import fr.predemande.impression.internal.TraceDesChemins.Releve;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Le ticket thermique en PDF, mesuré comme sur le rouleau : 80 mm de large, tout dans les 72 mm que la tête imprime,
 * la hauteur du contenu, du noir seulement, et un code-barres que la douchette lit sur la page imprimée à 203 ppp, la
 * résolution de ces imprimantes.
 */
class RecepisseThermiqueTest {

    private static final double POINTS_PAR_MM = 72 / 25.4;
    private static final double MARGE = 4 * POINTS_PAR_MM, LARGEUR = 80 * POINTS_PAR_MM;
    /** Le dessin d’une lettre peut dépasser un peu sa case : un dixième de millimètre. */
    private static final double TOLERANCE = 0.1 * POINTS_PAR_MM;

    private static final double POINT_D_IMPRIMANTE = 72.0 / 203;

    private static final RecepisseImprime GENERATEUR =
            new RecepisseImprime(new MiseEnPagePdfA(Recapitulatifs.messages(), new ReserveDePolices()));

    static Stream<Arguments> recepisses() {
        return Stream.of(
                Arguments.of("exemple", Recepisses.exemple()),
                Arguments.of("le plus long", Recepisses.lePlusLong()),
                Arguments.of("gratuit", Recepisses.gratuit()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recepisses")
    void laPageFaitQuatreVingtsMillimetresDeLargeEtLaHauteurDeSonContenu(String cas, Recepisse recepisse)
            throws IOException {
        try (PDDocument pdf = Loader.loadPDF(GENERATEUR.pdfThermique(recepisse))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var page = pdf.getPage(0).getMediaBox();
            assertThat(mm(page.getWidth())).as("largeur (mm)").isCloseTo(80, within(0.05));

            Rectangle2D peint = toutCeQuiEstPeint(TraceDesChemins.releve(pdf.getPage(0)));
            assertThat(mm(page.getHeight() - peint.getMaxY()))
                    .as("%s : blanc en haut (mm)", cas)
                    .isBetween(2.0, 5.0);
            assertThat(mm(peint.getMinY())).as("%s : blanc en bas (mm)", cas).isBetween(3.0, 7.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recepisses")
    void toutTientDansLesSoixanteDouzeMillimetresImprimables(String cas, Recepisse recepisse) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(GENERATEUR.pdfThermique(recepisse))) {
            Releve releve = TraceDesChemins.releve(pdf.getPage(0));
            List<String> hors = new ArrayList<>();
            for (Glyphe glyphe : releve.glyphes()) {
                if (!dansLaLargeurImprimable(glyphe.emprise())) {
                    hors.add(String.format(
                            Locale.ROOT,
                            "« %s » de %.1f à %.1f mm",
                            glyphe.texte(),
                            mm(glyphe.emprise().getMinX()),
                            mm(glyphe.emprise().getMaxX())));
                }
            }
            for (Chemin chemin : releve.chemins()) {
                if (!dansLaLargeurImprimable(chemin.emprise())) {
                    hors.add(String.format(
                            Locale.ROOT,
                            "trait de %.1f à %.1f mm",
                            mm(chemin.emprise().getMinX()),
                            mm(chemin.emprise().getMaxX())));
                }
            }
            assertThat(hors).as("%s : hors des 72 mm imprimables", cas).isEmpty();
            assertThat(releve.glyphes()).as("%s : des textes relevés", cas).hasSizeGreaterThan(100);
        }
    }

    @Test
    void rienQueDuNoir() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(GENERATEUR.pdfThermique(Recepisses.exemple()))) {
            Releve releve = TraceDesChemins.releve(pdf.getPage(0));
            assertThat(releve.chemins()).isNotEmpty().allMatch(chemin -> chemin.couleur() == 0x000000);
            assertThat(releve.glyphes()).allMatch(glyphe -> glyphe.couleur() == 0x000000);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recepisses")
    void laDouchetteLitLeNumeroSurLeTicketImprimeA203ppp(String cas, Recepisse recepisse) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(GENERATEUR.pdfThermique(recepisse))) {
            // Une tête thermique ne fait que du noir ou du blanc : la page rendue en un bit par point.
            BufferedImage ticket = new PDFRenderer(pdf).renderImageWithDPI(0, 203, ImageType.BINARY);
            assertThat(lire(ticket)).isEqualTo(recepisse.numeroDeDemande());
            // Et un rouleau usé : tout l’imprimé pâlit et bave un peu, lu en gris.
            BufferedImage pale = Abimer.voiler(Abimer.flouter(Abimer.copier(ticket)), 60);
            assertThat(lire(Abimer.gamma(pale, 0.8, 40, 255))).isEqualTo(recepisse.numeroDeDemande());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recepisses")
    void chaqueBarreCommenceEtFinitSurUnPointDImprimanteEntier(String cas, Recepisse recepisse) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(GENERATEUR.pdfThermique(recepisse))) {
            Chemin barres = TraceDesChemins.releve(pdf.getPage(0)).chemins().stream()
                    .filter(c -> c.sousChemins() > 20)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("aucun code-barres"));
            List<Double> bords = new ArrayList<>();
            double[] point = new double[6];
            for (PathIterator i = barres.encre().getPathIterator(null); !i.isDone(); i.next()) {
                if (i.currentSegment(point) != PathIterator.SEG_CLOSE) {
                    bords.add(point[0]);
                }
            }
            assertThat(bords)
                    .as("%s : bords des barres (points d’imprimante)", cas)
                    .allSatisfy(x -> assertThat(x / POINT_D_IMPRIMANTE)
                            .isCloseTo(Math.rint(x / POINT_D_IMPRIMANTE), within(0.01)));
            // Des modules d’au moins 3 points (0,375 mm) : 4 pour un numéro de 12, 3 pour le plus long.
            List<Double> tries = bords.stream().distinct().sorted().toList();
            double plusFine = Double.MAX_VALUE;
            for (int i = 1; i < tries.size(); i++) {
                plusFine = Math.min(plusFine, tries.get(i) - tries.get(i - 1));
            }
            assertThat(plusFine / POINT_D_IMPRIMANTE)
                    .as("%s : barre ou espace le plus fin (points)", cas)
                    .isGreaterThanOrEqualTo(2.99);
        }
    }

    @Test
    void leTicketPorteLesTextesDuRecepisseEtLeTimbreMasque() throws IOException {
        String texte = texte(GENERATEUR.pdfThermique(Recepisses.exemple()));

        assertThat(texte)
                .contains(
                        "République française — Prédemande",
                        "Récépissé de dépôt de demande",
                        "Numéro de demande 42260000012K",
                        "Déposée le 12 mars 2027 à 10 h 42",
                        "Mairie Mairie de Saint-Étienne",
                        "Titulaire DUPONT Camille Marie",
                        "Demande Passeport et carte nationale d’identité",
                        "Timbres fiscaux 86 €",
                        "Timbres fiscaux électroniques enregistrés **** **** **** 4821",
                        "Suivez l’avancement de votre demande avec ce numéro sur : https://predemande.interieur.gouv.fr/suivi",
                        "Signature du demandeur");
        assertThat(texte).doesNotContain(Recepisses.TIMBRE, "??", "{0}", "impression.");
    }

    @Test
    void unRecepisseGratuitNeParlePasDeTimbreElectronique() throws IOException {
        String texte = texte(GENERATEUR.pdfThermique(Recepisses.gratuit()));

        assertThat(texte).contains("Timbres fiscaux Gratuit").doesNotContain("électroniques");
    }

    @Test
    void unCaractereQueLaPoliceNeDessinePasDevientUnPointDInterrogation() throws IOException {
        Recepisse r = Recepisses.exemple();
        var recepisse = new Recepisse(
                r.numeroDeDemande(),
                r.deposeeLe(),
                r.mairie(),
                r.titresDemandes(),
                "Wang 王",
                "Xiu\u0000 Ying",
                r.montantAcquitte(),
                r.timbresElectroniques(),
                r.phraseDeSuivi(),
                r.urlDeSuivi());

        assertThat(texte(GENERATEUR.pdfThermique(recepisse))).contains("Titulaire WANG ? Xiu Ying");
    }

    @Test
    void unTicketCoutePeu() throws IOException {
        // Pas une mesure de performance (voir MesureDuRecepisse) : un garde-fou contre un ticket qui se mettrait à
        // incorporer des polices entières (plusieurs centaines de kilo-octets chacune).
        assertThat(GENERATEUR.pdfThermique(Recepisses.lePlusLong()).length).isLessThan(60_000);
    }

    private static String lire(BufferedImage image) throws ReaderException {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new Code128Reader()
                .decode(
                        bitmap,
                        Map.of(
                                DecodeHintType.TRY_HARDER,
                                Boolean.TRUE,
                                DecodeHintType.POSSIBLE_FORMATS,
                                List.of(BarcodeFormat.CODE_128)))
                .getText();
    }

    private static boolean dansLaLargeurImprimable(Rectangle2D emprise) {
        return emprise.getMinX() >= MARGE - TOLERANCE && emprise.getMaxX() <= LARGEUR - MARGE + TOLERANCE;
    }

    private static Rectangle2D toutCeQuiEstPeint(Releve releve) {
        Rectangle2D tout = null;
        for (Rectangle2D e : Stream.concat(
                        releve.chemins().stream().map(Chemin::emprise),
                        releve.glyphes().stream().map(Glyphe::emprise))
                .toList()) {
            tout = tout == null ? (Rectangle2D) e.clone() : tout.createUnion(e);
        }
        return tout;
    }

    private static String texte(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    private static double mm(double points) {
        return points / POINTS_PAR_MM;
    }
}
