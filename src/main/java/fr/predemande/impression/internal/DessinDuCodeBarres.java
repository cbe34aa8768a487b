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
 * Dessine le code-barres Code 128 d’un document A4 en vecteurs, à la place de l’élément
 * {@code <object type="application/x-predemande-code128">} : les barres remplissent la largeur de la boîte, moins la
 * zone de silence de 10 modules de chaque côté, qui reste blanche. Comme {@link DessinDuQr} : net à toute résolution,
 * un seul chemin rempli. Une instance par document.
 */
final class DessinDuCodeBarres implements FSObjectDrawerFactory, FSObjectDrawer {

    static final String TYPE = "application/x-predemande-code128";

    private static final FSRGBColor BLANC = new FSRGBColor(255, 255, 255);
    private static final FSRGBColor NOIR = new FSRGBColor(0, 0, 0);

    private final boolean[] modules;

    DessinDuCodeBarres(boolean[] modules) {
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

        double module = largeur / (modules.length + 2 * CodeBarres128.ZONE_DE_SILENCE);
        double gauche = x + CodeBarres128.ZONE_DE_SILENCE * module;
        Path2D.Double barres = new Path2D.Double(Path2D.WIND_NON_ZERO);
        for (int[] barre : CodeBarres128.barres(modules)) {
            barres.append(new Rectangle2D.Double(gauche + barre[0] * module, y, barre[1] * module, hauteur), false);
        }
        sortie.setColor(NOIR);
        sortie.fill(barres);
        return null;
    }
}
