package fr.predemande.impression.internal;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Dessine le QR code du récapitulatif en vecteurs, à la place de l’élément
 * {@code <object type="application/x-predemande-qr">}.
 *
 * <p>Des rectangles plutôt qu’une image : net à toute résolution (imprimante 300 ppp, fax, zoom sur un téléphone),
 * aucun lissage du lecteur PDF ne vient griser les bords des modules. Une ligne de modules sombres contigus devient
 * un seul rectangle, et tout le symbole un seul chemin rempli : pas de liseré entre deux modules voisins.
 *
 * <p>La boîte de l’élément (49 mm) contient le symbole (35 mm) centré et une zone de silence blanche de 7 mm, plus
 * large que les 4 modules exigés quelle que soit la version du QR code. Une instance par document.
 */
final class DessinDuQr implements FSObjectDrawerFactory, FSObjectDrawer {

    static final String TYPE = "application/x-predemande-qr";
    /** Part de la boîte occupée par le symbole : 35 mm sur 49 mm. */
    static final double PART_DU_SYMBOLE = 35.0 / 49.0;

    private static final FSRGBColor BLANC = new FSRGBColor(255, 255, 255);
    private static final FSRGBColor NOIR = new FSRGBColor(0, 0, 0);

    private final boolean[][] modules;

    DessinDuQr(boolean[][] modules) {
        this.modules = modules;
    }

    @Override
    public boolean isReplacedObject(Element element) {
        return "object".equals(element.getLocalName() != null ? element.getLocalName() : element.getNodeName())
                && TYPE.equals(element.getAttribute("type"));
    }

    @Override
    public FSObjectDrawer createDrawer(Element element) {
        return isReplacedObject(element) ? this : null;
    }

    @Override
    public Map<Shape, String> drawObject(
            Element element,
            double x,
            double y,
            double largeur,
            double hauteur,
            OutputDevice sortie,
            RenderingContext contexte,
            int pointsParPixel) {
        sortie.setColor(BLANC);
        sortie.fill(new Rectangle2D.Double(x, y, largeur, hauteur));

        double cote = Math.min(largeur, hauteur) * PART_DU_SYMBOLE;
        double module = cote / modules.length;
        double gauche = x + (largeur - cote) / 2;
        double haut = y + (hauteur - cote) / 2;

        Path2D.Double symbole = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int ligne = 0; ligne < modules.length; ligne++) {
            boolean[] rangee = modules[ligne];
            int colonne = 0;
            while (colonne < rangee.length) {
                if (!rangee[colonne]) {
                    colonne++;
                    continue;
                }
                int debut = colonne;
                while (colonne < rangee.length && rangee[colonne]) {
                    colonne++;
                }
                symbole.append(
                        new Rectangle2D.Double(
                                gauche + debut * module, haut + ligne * module, (colonne - debut) * module, module),
                        false);
            }
        }
        sortie.setColor(NOIR);
        sortie.fill(symbole);
        return null;
    }
}
