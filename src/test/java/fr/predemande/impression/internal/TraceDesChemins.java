package fr.predemande.impression.internal;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;

/**
 * Relève les chemins peints sur une page PDF (tracés et remplis), avec leur couleur et leur emprise en points PDF,
 * déjà passés par la matrice de transformation : de quoi mesurer un cadre ou un QR code comme on le mesurerait sur
 * la feuille imprimée.
 */
final class TraceDesChemins extends PDFGraphicsStreamEngine {

    /** Un chemin peint : sa couleur (RVB 0xRRGGBB), s’il est rempli ou tracé, son emprise et son nombre de sous-chemins. */
    record Chemin(int couleur, boolean rempli, Rectangle2D emprise, int sousChemins) {

        double largeurMm() {
            return emprise.getWidth() * 25.4 / 72;
        }

        double hauteurMm() {
            return emprise.getHeight() * 25.4 / 72;
        }
    }

    private final List<Chemin> chemins = new ArrayList<>();
    private GeneralPath courant = new GeneralPath();
    private int sousChemins;

    private TraceDesChemins(PDPage page) {
        super(page);
    }

    static List<Chemin> de(PDPage page) throws IOException {
        var trace = new TraceDesChemins(page);
        trace.processPage(page);
        return trace.chemins;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        courant.moveTo(x, y);
        sousChemins++;
    }

    @Override
    public void lineTo(float x, float y) {
        courant.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        courant.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return courant.getCurrentPoint();
    }

    @Override
    public void closePath() {
        courant.closePath();
    }

    @Override
    public void endPath() {
        oublier();
    }

    @Override
    public void strokePath() throws IOException {
        // Un trait déborde de la moitié de son épaisseur de part et d’autre du chemin.
        double demiEpaisseur = getGraphicsState().getLineWidth()
                * getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX() / 2;
        Rectangle2D emprise = courant.getBounds2D();
        emprise.setRect(emprise.getX() - demiEpaisseur, emprise.getY() - demiEpaisseur,
                emprise.getWidth() + 2 * demiEpaisseur, emprise.getHeight() + 2 * demiEpaisseur);
        chemins.add(new Chemin(getGraphicsState().getStrokingColor().toRGB(), false, emprise, sousChemins));
        oublier();
    }

    @Override
    public void fillPath(int reglesDeRemplissage) throws IOException {
        chemins.add(new Chemin(getGraphicsState().getNonStrokingColor().toRGB(), true, courant.getBounds2D(), sousChemins));
        oublier();
    }

    @Override
    public void fillAndStrokePath(int reglesDeRemplissage) throws IOException {
        fillPath(reglesDeRemplissage);
    }

    @Override
    public void clip(int reglesDeRemplissage) {
        // le découpage ne peint rien ; le chemin reste pour l’opérateur de peinture qui suit (ou n)
    }

    @Override
    public void drawImage(PDImage image) {
        // aucune image dans le récapitulatif ; une image ne serait pas un chemin
    }

    @Override
    public void shadingFill(COSName nom) {
        // pas de dégradé
    }

    private void oublier() {
        courant = new GeneralPath();
        sousChemins = 0;
    }
}
