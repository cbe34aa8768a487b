package fr.predemande.impression.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Ce que le papier, le toner, la télécopie et les écrans font subir à une image, pour les tests de lecture. */
final class Abimer {

    private Abimer() {}

    static BufferedImage redimensionner(BufferedImage image, double enLargeur, double enHauteur) {
        int largeur = (int) Math.round(image.getWidth() * enLargeur);
        int hauteur = (int) Math.round(image.getHeight() * enHauteur);
        BufferedImage reduite = new BufferedImage(largeur, hauteur, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = reduite.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, largeur, hauteur, null);
        g.dispose();
        return reduite;
    }

    static BufferedImage tourner(BufferedImage image, double degres) {
        BufferedImage tournee = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tournee.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        var rotation = AffineTransform.getRotateInstance(
                Math.toRadians(degres), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, rotation, null);
        g.dispose();
        return tournee;
    }

    /** Le blanc devient gris, le noir reste noir : le papier recyclé et le toner fatigué. */
    static BufferedImage voiler(BufferedImage image, int gris) {
        BufferedImage voilee = copier(image);
        for (int y = 0; y < voilee.getHeight(); y++) {
            for (int x = 0; x < voilee.getWidth(); x++) {
                int v = luminance(voilee.getRGB(x, y));
                int nouveau = v * (255 - gris) / 255;
                voilee.setRGB(x, y, gris(nouveau));
            }
        }
        return voilee;
    }

    /** Flou gaussien 3 × 3 : la diffusion du toner et une mise au point approximative. */
    static BufferedImage flouter(BufferedImage image) {
        float[] noyau = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < noyau.length; i++) {
            noyau[i] /= 16;
        }
        return new ConvolveOp(new Kernel(3, 3, noyau), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    /**
     * La courbe de réponse d’un écran vue par une caméra : {@code gamma} > 1 assombrit les gris, et le noir d’un écran
     * rétroéclairé n’est jamais noir ni son blanc tout à fait blanc ({@code noir} et {@code blanc}, de 0 à 255).
     */
    static BufferedImage gamma(BufferedImage image, double gamma, int noir, int blanc) {
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            table[v] = (int) Math.round(noir + (blanc - noir) * Math.pow(v / 255.0, gamma));
        }
        BufferedImage corrigee = copier(image);
        for (int y = 0; y < corrigee.getHeight(); y++) {
            for (int x = 0; x < corrigee.getWidth(); x++) {
                corrigee.setRGB(x, y, gris(table[luminance(corrigee.getRGB(x, y))]));
            }
        }
        return corrigee;
    }

    /**
     * Le moiré d’un écran filmé : la grille des pixels de l’écran et celle du capteur interfèrent en franges claires et
     * sombres, légèrement inclinées, de {@code periode} pixels ; {@code amplitude} est la part de luminosité perdue au
     * creux d’une frange (0 à 1).
     */
    static BufferedImage moirer(BufferedImage image, double periode, double degres, double amplitude) {
        BufferedImage moiree = copier(image);
        double cos = Math.cos(Math.toRadians(degres)), sin = Math.sin(Math.toRadians(degres));
        for (int y = 0; y < moiree.getHeight(); y++) {
            for (int x = 0; x < moiree.getWidth(); x++) {
                double frange = 0.5 + 0.5 * Math.sin(2 * Math.PI * (x * cos + y * sin) / periode);
                int v = (int) Math.round(luminance(moiree.getRGB(x, y)) * (1 - amplitude * frange));
                moiree.setRGB(x, y, gris(v));
            }
        }
        return moiree;
    }

    static BufferedImage bruiter(BufferedImage image, double ecartType, long graine) {
        Random hasard = new Random(graine);
        BufferedImage bruitee = copier(image);
        for (int y = 0; y < bruitee.getHeight(); y++) {
            for (int x = 0; x < bruitee.getWidth(); x++) {
                int v = (int) Math.round(luminance(bruitee.getRGB(x, y)) + hasard.nextGaussian() * ecartType);
                bruitee.setRGB(x, y, gris(Math.max(0, Math.min(255, v))));
            }
        }
        return bruitee;
    }

    static BufferedImage jpeg(BufferedImage image, float qualite) throws IOException {
        ImageWriter ecrivain = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam reglages = ecrivain.getDefaultWriteParam();
        reglages.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        reglages.setCompressionQuality(qualite);
        var octets = new ByteArrayOutputStream();
        try (var sortie = new MemoryCacheImageOutputStream(octets)) {
            ecrivain.setOutput(sortie);
            ecrivain.write(null, new IIOImage(image, null, null), reglages);
        } finally {
            ecrivain.dispose();
        }
        return ImageIO.read(new ByteArrayInputStream(octets.toByteArray()));
    }

    static BufferedImage unBit(BufferedImage image) {
        BufferedImage noirEtBlanc =
                new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                noirEtBlanc.setRGB(x, y, luminance(image.getRGB(x, y)) < 128 ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return noirEtBlanc;
    }

    static BufferedImage copier(BufferedImage image) {
        BufferedImage copie = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copie.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return copie;
    }

    static int luminance(int rgb) {
        return (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    static int gris(int v) {
        return 0xFF000000 | (v << 16) | (v << 8) | v;
    }

    /**
     * Une télécopie « standard » reçue puis imprimée : la page est lue à 204 × 98 ppp, un bit par point, avec des
     * points parasites, et le télécopieur qui la reçoit imprime chaque ligne deux fois pour rendre les proportions.
     */
    static BufferedImage telecopier(BufferedImage image, int dpiDeLImage, long graine) {
        BufferedImage lue = redimensionner(image, 204.0 / dpiDeLImage, 98.0 / dpiDeLImage);
        BufferedImage transmise = unBit(bruiter(lue, 40, graine));
        BufferedImage imprimee =
                new BufferedImage(transmise.getWidth(), transmise.getHeight() * 2, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = imprimee.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(transmise, 0, 0, imprimee.getWidth(), imprimee.getHeight(), null);
        g.dispose();
        return imprimee;
    }
}
