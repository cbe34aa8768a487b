package fr.predemande.recueil.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.springframework.stereotype.Component;

/**
 * Un document numérisé n'est gardé que s'il est ce qu'il prétend être : son type se lit dans son contenu (PDF, JPEG,
 * PNG), jamais dans son nom ; il doit s'ouvrir en entier (un PDF tronqué, une image abîmée sont refusés) et rester
 * sous les limites de taille et de pages.
 */
@Component
class ControleDesNumerisations {

    /** Ce que donne le contrôle : le type et le nombre de pages, ou la raison du refus (un code de message). */
    sealed interface Verdict {
        record Accepte(String typeMedia, int pages) implements Verdict {}

        record Refuse(String code, Object... arguments) implements Verdict {}
    }

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final ReglagesDuRecueil reglages;

    ControleDesNumerisations(ReglagesDuRecueil reglages) {
        this.reglages = reglages;
    }

    Verdict controler(byte[] contenu) {
        if (contenu == null || contenu.length == 0) {
            return new Verdict.Refuse("recueil.numerisation.vide");
        }
        long max = reglages.tailleMaxNumerisation().toBytes();
        if (contenu.length > max) {
            return new Verdict.Refuse("recueil.numerisation.trop-grande", max / (1024 * 1024));
        }
        if (commencePar(contenu, PDF)) {
            try (var pdf = Loader.loadPDF(contenu)) {
                int pages = pdf.getNumberOfPages();
                if (pages == 0) {
                    return new Verdict.Refuse("recueil.numerisation.illisible");
                }
                if (pages > reglages.pagesMaxNumerisation()) {
                    return new Verdict.Refuse("recueil.numerisation.trop-de-pages", reglages.pagesMaxNumerisation());
                }
                return new Verdict.Accepte("application/pdf", pages);
            } catch (IOException | RuntimeException abime) {
                return new Verdict.Refuse("recueil.numerisation.illisible");
            }
        }
        boolean jpeg = commencePar(contenu, JPEG);
        if (jpeg && !finitParLaFinDUneImageJpeg(contenu)) {
            // un JPEG tronqué se décode quand même, la fin en gris : on le refuse avant
            return new Verdict.Refuse("recueil.numerisation.illisible");
        }
        if (jpeg || commencePar(contenu, PNG)) {
            try {
                var image = ImageIO.read(new ByteArrayInputStream(contenu));
                if (image == null || image.getWidth() < 100 || image.getHeight() < 100) {
                    return new Verdict.Refuse("recueil.numerisation.illisible");
                }
                return new Verdict.Accepte(jpeg ? "image/jpeg" : "image/png", 1);
            } catch (IOException | RuntimeException abime) {
                return new Verdict.Refuse("recueil.numerisation.illisible");
            }
        }
        return new Verdict.Refuse("recueil.numerisation.type");
    }

    /** Le marqueur EOI (FF D9), éventuellement suivi de quelques octets de bourrage. */
    private static boolean finitParLaFinDUneImageJpeg(byte[] contenu) {
        for (int i = contenu.length - 2; i >= Math.max(0, contenu.length - 64); i--) {
            if (contenu[i] == (byte) 0xFF && contenu[i + 1] == (byte) 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static boolean commencePar(byte[] contenu, byte[] signature) {
        return contenu.length >= signature.length
                && Arrays.equals(contenu, 0, signature.length, signature, 0, signature.length);
    }
}
