package fr.predemande.impression.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;

/**
 * Les polices DejaVu, lues une fois du classpath et analysées une fois par jeu.
 *
 * <p>Analyser une police TrueType (tables cmap, noms des glyphes) coûtait un quart du temps d’un récapitulatif. Une
 * {@link TrueTypeFont} analysée se réutilise d’un document à l’autre, mais pas entre deux fils à la fois (elle lit
 * ses tables à la demande, avec un curseur) : chaque document emprunte un jeu complet et le rend ensuite. La réserve
 * garde au plus {@code garde} jeux libres, de quoi servir les fils qui impriment en même temps sans retenir de
 * mémoire après un pic.
 *
 * <p>Une seule réserve pour tous les documents du module (récapitulatif, récépissés, support vierge) : les fichiers ne
 * sont lus qu’une fois, et un jeu rendu par l’un sert à l’autre.
 */
@Component
final class ReserveDePolices {

    record Police(String fichier, String famille, int graisse) {}

    static final Police SANS = new Police("DejaVuSans.ttf", "DejaVu Sans", 400);
    static final Police SANS_GRAS = new Police("DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
    static final Police MONO = new Police("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400);
    static final Police MONO_GRAS = new Police("DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700);
    static final List<Police> POLICES = List.of(SANS, SANS_GRAS, MONO, MONO_GRAS);

    private final Map<Police, byte[]> fichiers = new LinkedHashMap<>();
    private final Deque<Map<Police, TrueTypeFont>> libres = new ConcurrentLinkedDeque<>();
    private final int garde;

    /** De quoi servir deux documents par cœur en même temps. */
    ReserveDePolices() {
        this(2 * Runtime.getRuntime().availableProcessors());
    }

    ReserveDePolices(int garde) {
        this.garde = garde;
        for (Police police : POLICES) {
            fichiers.put(police, lire("polices/" + police.fichier()));
        }
    }

    /** Un jeu de polices analysées, à rendre par {@link #rendre} ou à {@link #jeter} si le document a échoué. */
    Map<Police, TrueTypeFont> emprunter() {
        Map<Police, TrueTypeFont> jeu = libres.pollFirst();
        return jeu != null ? jeu : analyser();
    }

    void rendre(Map<Police, TrueTypeFont> jeu) {
        // Taille approximative (lecture non atomique) : au pire un jeu de plus ou de moins, sans conséquence.
        if (libres.size() < garde) {
            libres.offerFirst(jeu);
        } else {
            jeter(jeu);
        }
    }

    void jeter(Map<Police, TrueTypeFont> jeu) {
        for (TrueTypeFont police : jeu.values()) {
            try {
                police.close();
            } catch (IOException ignoree) {
                // police en mémoire : rien à libérer de plus
            }
        }
    }

    private Map<Police, TrueTypeFont> analyser() {
        Map<Police, TrueTypeFont> jeu = new LinkedHashMap<>();
        try {
            for (var fichier : fichiers.entrySet()) {
                TrueTypeFont police = new TTFParser().parse(new RandomAccessReadBuffer(fichier.getValue()));
                // Sans substitution de glyphes (ligatures fi, fl) : openhtmltopdf mesure les lignes glyphe par glyphe,
                // le texte écrit a ainsi exactement la largeur mesurée, et l’écrire coûte un dixième de moins.
                police.setEnableGsub(false);
                jeu.put(fichier.getKey(), police);
            }
        } catch (IOException e) {
            jeter(jeu);
            throw new UncheckedIOException("Police DejaVu illisible", e);
        }
        return jeu;
    }

    private static byte[] lire(String ressource) {
        try (InputStream flux = ReserveDePolices.class.getClassLoader().getResourceAsStream(ressource)) {
            if (flux == null) {
                throw new IllegalStateException(
                        ressource + " absent du classpath : la construction Maven y copie les polices DejaVu (npm)");
            }
            return flux.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(ressource, e);
        }
    }
}
