package fr.predemande.impression.internal;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Relève ce qui est peint sur une page PDF, déjà passé par la matrice de transformation, en points PDF (origine en bas
 * à gauche) : les chemins (tracés et remplis), avec leur couleur et la surface qu’ils couvrent, et les glyphes, avec
 * l’emprise de leur dessin. De quoi mesurer un cadre ou un QR code comme on le mesurerait sur la feuille imprimée, et
 * voir si un texte mord sur un trait.
 */
final class TraceDesChemins extends PDFGraphicsStreamEngine {

    /**
     * Un chemin peint : sa couleur (RVB 0xRRGGBB), s’il est rempli ou tracé, son emprise, son nombre de sous-chemins,
     * et la surface réellement couverte d’encre (l’intérieur d’un chemin rempli, le trait épaissi d’un chemin tracé).
     */
    record Chemin(int couleur, boolean rempli, Rectangle2D emprise, int sousChemins, Area encre) {

        double largeurMm() {
            return emprise.getWidth() * 25.4 / 72;
        }

        double hauteurMm() {
            return emprise.getHeight() * 25.4 / 72;
        }
    }

    /**
     * Un caractère dessiné : son texte Unicode, l’emprise de son contour (l’encre de la lettre, jambages compris, pas
     * la hauteur de ligne de la police), la hauteur de sa ligne de base et sa couleur (RVB 0xRRGGBB). Les espaces, sans
     * contour, ne sont pas relevées.
     */
    record Glyphe(String texte, Rectangle2D emprise, double ligneDeBase, int couleur) {}

    /** Tout ce qui est peint sur une page. */
    record Releve(List<Chemin> chemins, List<Glyphe> glyphes) {}

    private static final double MM = 72 / 25.4;

    private final List<Chemin> chemins = new ArrayList<>();
    private final List<Glyphe> glyphes = new ArrayList<>();
    private GeneralPath courant = new GeneralPath();
    private int sousChemins;

    private TraceDesChemins(PDPage page) {
        super(page);
    }

    static List<Chemin> de(PDPage page) throws IOException {
        return releve(page).chemins();
    }

    static Releve releve(PDPage page) throws IOException {
        var trace = new TraceDesChemins(page);
        trace.processPage(page);
        return new Releve(List.copyOf(trace.chemins), List.copyOf(trace.glyphes));
    }

    /**
     * Les cadres de la page, de gauche à droite : des rectangles faits de quatre côtés peints, un haut et un bas de même
     * largeur, une gauche et une droite de toute leur hauteur (les filets et les lignes de tableau n’en font pas).
     * Deux cadres côte à côte peuvent se toucher : chacun garde ses côtés.
     */
    static List<Rectangle2D> cadres(List<Chemin> chemins) {
        List<Rectangle2D> cotes = chemins.stream()
                .filter(c -> c.couleur() != 0xFFFFFF)
                .map(Chemin::emprise)
                .filter(e -> Math.min(e.getWidth(), e.getHeight()) < 2 * MM)
                .toList();
        List<Rectangle2D> horizontaux =
                cotes.stream().filter(e -> e.getWidth() > e.getHeight()).toList();
        List<Rectangle2D> verticaux =
                cotes.stream().filter(e -> e.getHeight() > e.getWidth()).toList();
        List<Rectangle2D> cadres = new ArrayList<>();
        for (Rectangle2D haut : horizontaux) {
            for (Rectangle2D bas : horizontaux) {
                if (!proches(haut.getMinX(), bas.getMinX())
                        || !proches(haut.getMaxX(), bas.getMaxX())
                        || haut.getMaxY() - bas.getMinY() < 10 * MM) {
                    continue;
                }
                boolean gauche = verticaux.stream()
                        .anyMatch(v -> proches(v.getMinX(), haut.getMinX())
                                && proches(v.getMinY(), bas.getMinY())
                                && proches(v.getMaxY(), haut.getMaxY()));
                boolean droite = verticaux.stream()
                        .anyMatch(v -> proches(v.getMaxX(), haut.getMaxX())
                                && proches(v.getMinY(), bas.getMinY())
                                && proches(v.getMaxY(), haut.getMaxY()));
                var cadre = new Rectangle2D.Double(
                        haut.getMinX(), bas.getMinY(), haut.getWidth(), haut.getMaxY() - bas.getMinY());
                if (gauche && droite && cadres.stream().noneMatch(autre -> memeRectangle(autre, cadre))) {
                    cadres.add(cadre);
                }
            }
        }
        cadres.sort(Comparator.comparingDouble(Rectangle2D::getMinX));
        return cadres;
    }

    /** À un demi-point près (0,2 mm) : les côtés d’un cadre sont peints au même endroit, à l’arrondi près. */
    private static boolean proches(double a, double b) {
        return Math.abs(a - b) < 0.5;
    }

    private static boolean memeRectangle(Rectangle2D a, Rectangle2D b) {
        return proches(a.getMinX(), b.getMinX())
                && proches(a.getMinY(), b.getMinY())
                && proches(a.getMaxX(), b.getMaxX())
                && proches(a.getMaxY(), b.getMaxY());
    }

    @Override
    protected void showFontGlyph(Matrix rendu, PDFont police, int code, Vector deplacement) throws IOException {
        super.showFontGlyph(rendu, police, code, deplacement);
        if (!(police instanceof PDVectorFont vectorielle)) {
            throw new IllegalStateException("Police sans contours : " + police.getName());
        }
        // Comme PageDrawer de PDFBox : contour normalisé (1000 unités par cadratin), matrice de la police, puis
        // matrice de rendu du texte (taille, position, matrice de transformation courante).
        AffineTransform versLaPage = rendu.createAffineTransform();
        versLaPage.concatenate(police.getFontMatrix().createAffineTransform());
        Shape contour = versLaPage.createTransformedShape(vectorielle.getNormalizedPath(code));
        Rectangle2D emprise = contour.getBounds2D();
        if (!emprise.isEmpty()) {
            String texte = police.toUnicode(code);
            glyphes.add(new Glyphe(
                    texte == null ? "\uFFFD" : texte,
                    emprise,
                    rendu.getTranslateY(),
                    getGraphicsState().getNonStrokingColor().toRGB()));
        }
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
        PDGraphicsState etat = getGraphicsState();
        // Un trait déborde de la moitié de son épaisseur de part et d’autre du chemin (les tirets sont comptés
        // comme un trait continu : l’encre ne peut qu’être moindre).
        float epaisseur = (float)
                (etat.getLineWidth() * etat.getCurrentTransformationMatrix().getScalingFactorX());
        var trait =
                new BasicStroke(epaisseur, etat.getLineCap(), etat.getLineJoin(), Math.max(1, etat.getMiterLimit()));
        var encre = new Area(trait.createStrokedShape(courant));
        double demiEpaisseur = epaisseur / 2.0;
        Rectangle2D emprise = courant.getBounds2D();
        emprise.setRect(
                emprise.getX() - demiEpaisseur,
                emprise.getY() - demiEpaisseur,
                emprise.getWidth() + 2 * demiEpaisseur,
                emprise.getHeight() + 2 * demiEpaisseur);
        chemins.add(new Chemin(etat.getStrokingColor().toRGB(), false, emprise, sousChemins, encre));
        oublier();
    }

    @Override
    public void fillPath(int reglesDeRemplissage) throws IOException {
        courant.setWindingRule(reglesDeRemplissage);
        chemins.add(new Chemin(
                getGraphicsState().getNonStrokingColor().toRGB(),
                true,
                courant.getBounds2D(),
                sousChemins,
                new Area(courant)));
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
