package fr.predemande.impression.internal;

import fr.predemande.impression.internal.ContenuDuRecepisse.Detail;
import fr.predemande.impression.internal.ReserveDePolices.Police;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Le récépissé pour une imprimante thermique 80 mm : une page de 80 mm de large, aussi haute que son contenu, dessinée
 * directement avec PDFBox.
 *
 * <p>Pourquoi pas le gabarit HTML des documents A4 : une page dont la hauteur suit le contenu demanderait deux mises en
 * page complètes, et le ticket s’imprime à chaque dépôt. Une colonne de lignes se place en une passe : on mesure
 * chaque ligne avec la police, on connaît la hauteur, on dessine. Quelques millisecondes, polices empruntées à la
 * {@link ReserveDePolices} commune.
 *
 * <p>Tout est noir (DeviceGray) : une tête thermique ne fait pas de gris, un gris serait tramé en points épars. Les
 * textes et les traits restent dans les 72 mm imprimables, centrés (marges de 4 mm). Les barres du code-barres ont un
 * nombre entier de points d’imprimante (203 ppp, 8 points par mm) et commencent sur un point entier depuis le bord de
 * la page : à l’impression, aucune barre ne gagne ni ne perd un point à l’arrondi, et la douchette lit des largeurs
 * exactes.
 */
final class TicketThermiquePdf {

    static final float POINTS_PAR_MM = 72f / 25.4f;
    static final float LARGEUR = 80 * POINTS_PAR_MM;
    static final float MARGE = 4 * POINTS_PAR_MM;
    static final float IMPRIMABLE = LARGEUR - 2 * MARGE;
    /** La résolution des imprimantes thermiques de guichet. */
    static final int POINTS_PAR_POUCE = 203;
    /** Un point d’imprimante, en points PDF. */
    static final float POINT_D_IMPRIMANTE = 72f / POINTS_PAR_POUCE;
    /** Les 72 mm imprimables, en points d’imprimante entiers (575). */
    static final int POINTS_IMPRIMABLES = (int) (IMPRIMABLE / POINT_D_IMPRIMANTE);
    /** Des barres de 4 points (0,5 mm) si le numéro le permet, sinon 3 ou 2 : la douchette lit mieux les plus larges. */
    private static final int[] POINTS_PAR_MODULE = {4, 3, 2, 1};

    private static final float HAUTEUR_DES_BARRES = 12 * POINTS_PAR_MM;

    /** Les styles de texte du ticket. */
    private enum Style {
        ENTETE(ReserveDePolices.SANS_GRAS, 8, true),
        TITRE(ReserveDePolices.SANS_GRAS, 10.5f, true),
        LIBELLE_DU_NUMERO(ReserveDePolices.SANS, 7.5f, true),
        NUMERO(ReserveDePolices.MONO_GRAS, 20, true),
        LIBELLE(ReserveDePolices.SANS, 7.5f, false),
        VALEUR(ReserveDePolices.SANS_GRAS, 9.5f, false),
        CONSIGNE(ReserveDePolices.SANS, 8, false),
        ADRESSE(ReserveDePolices.SANS_GRAS, 8.5f, false),
        SIGNATURE(ReserveDePolices.SANS, 8, true);

        final Police police;
        final float taille;
        final boolean centre;

        Style(Police police, float taille, boolean centre) {
            this.police = police;
            this.taille = taille;
            this.centre = centre;
        }
    }

    private final ReserveDePolices polices;

    TicketThermiquePdf(ReserveDePolices polices) {
        this.polices = polices;
    }

    byte[] pdf(ContenuDuRecepisse contenu, String titreDuDocument, String producteur) {
        Map<Police, TrueTypeFont> jeu = polices.emprunter();
        var pdf = new ByteArrayOutputStream(24 * 1024);
        try (var document = new PDDocument()) {
            var ticket = new Ticket(document, jeu);
            ticket.espace(3);
            ticket.texte(contenu.entete(), Style.ENTETE);
            ticket.espace(1);
            ticket.texte(contenu.titre(), Style.TITRE);
            ticket.espace(2.5f);
            ticket.texte(contenu.libelleDuNumero(), Style.LIBELLE_DU_NUMERO);
            ticket.texte(contenu.numero(), Style.NUMERO);
            ticket.espace(2);
            ticket.codeBarres(contenu.numero());
            ticket.espace(3);
            ticket.filet();
            for (Detail detail : contenu.details()) {
                ticket.espace(1.5f);
                ticket.texte(detail.libelle(), Style.LIBELLE);
                detail.valeurs().forEach(valeur -> ticket.texte(valeur, Style.VALEUR));
            }
            ticket.espace(2.5f);
            ticket.filet();
            ticket.espace(1.5f);
            ticket.texte(contenu.phraseDeSuivi(), Style.CONSIGNE);
            ticket.texte(contenu.urlDeSuivi(), Style.ADRESSE);
            // La place de signer : 15 mm au-dessus d’un trait de 56 mm, le libellé dessous.
            ticket.espace(15);
            ticket.trait(56 * POINTS_PAR_MM);
            ticket.espace(1);
            ticket.texte(contenu.signature(), Style.SIGNATURE);
            ticket.espace(5);

            var informations = document.getDocumentInformation();
            informations.setTitle(titreDuDocument);
            informations.setProducer(producteur);
            document.getDocumentCatalog().setLanguage("fr-FR");
            ticket.dessiner();
            document.save(pdf);
        } catch (IOException | RuntimeException e) {
            polices.jeter(jeu);
            throw e instanceof IOException io
                    ? new UncheckedIOException("Récépissé thermique : " + io.getMessage(), io)
                    : (RuntimeException) e;
        }
        polices.rendre(jeu);
        return pdf.toByteArray();
    }

    /** Ce qui est peint : un texte sur sa ligne de base, ou un pavé noir (barre, filet), mesurés depuis le haut. */
    private sealed interface Trace {}

    private record Texte(Style style, float x, float ligneDeBase, String texte) implements Trace {}

    /** Un pavé noir ; ceux d’un même groupe (les barres du code, les filets) sont remplis en un seul chemin. */
    private record Pave(int groupe, float x, float haut, float largeur, float hauteur) implements Trace {}

    private static final int FILETS = 0, BARRES = 1;

    /** La colonne du ticket, remplie de haut en bas ; la page est créée à la fin, à la hauteur atteinte. */
    private static final class Ticket {

        private final PDDocument document;
        private final Map<Police, TrueTypeFont> jeu;
        private final Map<Style, PDType0Font> incorporees = new EnumMap<>(Style.class);
        private final Map<Police, PDType0Font> parPolice = new HashMap<>();
        private final List<Trace> traces = new ArrayList<>();
        private float hauteur;

        Ticket(PDDocument document, Map<Police, TrueTypeFont> jeu) {
            this.document = document;
            this.jeu = jeu;
        }

        void espace(float mm) {
            hauteur += mm * POINTS_PAR_MM;
        }

        void texte(String texte, Style style) {
            PDType0Font police = police(style);
            String imprimable = sansGlypheManquant(texte, jeu.get(style.police));
            for (String ligne : Coupure.lignes(imprimable, IMPRIMABLE, l -> largeur(police, style, l))) {
                float x = style.centre ? MARGE + (IMPRIMABLE - largeur(police, style, ligne)) / 2 : MARGE;
                // DejaVu : jambages hauts à 0,93 cadratin, bas à 0,24 ; 1,2 cadratin d’une ligne à l’autre.
                traces.add(new Texte(style, x, hauteur + 0.93f * style.taille, ligne));
                hauteur += 1.2f * style.taille;
            }
        }

        void filet() {
            traces.add(new Pave(FILETS, MARGE, hauteur, IMPRIMABLE, 0.3f * POINTS_PAR_MM));
            hauteur += 0.3f * POINTS_PAR_MM;
        }

        void trait(float largeur) {
            traces.add(new Pave(FILETS, MARGE + (IMPRIMABLE - largeur) / 2, hauteur, largeur, 0.3f * POINTS_PAR_MM));
            hauteur += 0.3f * POINTS_PAR_MM;
        }

        void codeBarres(String numero) {
            boolean[] modules = CodeBarres128.modules(numero);
            int module = POINTS_PAR_MODULE[POINTS_PAR_MODULE.length - 1];
            for (int points : POINTS_PAR_MODULE) {
                if ((modules.length + 2 * CodeBarres128.ZONE_DE_SILENCE) * points <= POINTS_IMPRIMABLES) {
                    module = points;
                    break;
                }
            }
            int pointsDeLaPage = Math.round(LARGEUR / POINT_D_IMPRIMANTE);
            int gauche = (pointsDeLaPage - modules.length * module) / 2;
            for (int[] barre : CodeBarres128.barres(modules)) {
                traces.add(new Pave(
                        BARRES,
                        (gauche + barre[0] * module) * POINT_D_IMPRIMANTE,
                        hauteur,
                        barre[1] * module * POINT_D_IMPRIMANTE,
                        HAUTEUR_DES_BARRES));
            }
            hauteur += HAUTEUR_DES_BARRES;
        }

        void dessiner() throws IOException {
            var page = new PDPage(new PDRectangle(LARGEUR, hauteur));
            document.addPage(page);
            try (var flux = new PDPageContentStream(document, page)) {
                flux.setNonStrokingColor(0f);
                for (int groupe : new int[] {FILETS, BARRES}) {
                    boolean pave = false;
                    for (Trace trace : traces) {
                        if (trace instanceof Pave p && p.groupe() == groupe) {
                            flux.addRect(p.x(), hauteur - p.haut() - p.hauteur(), p.largeur(), p.hauteur());
                            pave = true;
                        }
                    }
                    if (pave) {
                        flux.fill();
                    }
                }
                for (Trace trace : traces) {
                    if (trace instanceof Texte t) {
                        flux.beginText();
                        flux.setFont(police(t.style()), t.style().taille);
                        flux.newLineAtOffset(t.x(), hauteur - t.ligneDeBase());
                        flux.showText(t.texte());
                        flux.endText();
                    }
                }
            }
        }

        private PDType0Font police(Style style) {
            return incorporees.computeIfAbsent(
                    style,
                    s -> parPolice.computeIfAbsent(s.police, p -> {
                        try {
                            // Sous-ensemble incorporé ; la police analysée reste ouverte pour le document suivant.
                            return PDType0Font.load(document, jeu.get(p), true);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }));
        }

        private static float largeur(PDType0Font police, Style style, String texte) {
            try {
                return police.getStringWidth(texte) / 1000 * style.taille;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Un caractère que DejaVu ne dessine pas (un idéogramme) devient « ? » plutôt que de faire échouer le ticket. */
        private static String sansGlypheManquant(String texte, TrueTypeFont police) {
            try {
                var cmap = police.getUnicodeCmapLookup();
                var propre = new StringBuilder(texte.length());
                texte.codePoints().forEach(c -> propre.appendCodePoint(cmap.getGlyphId(c) != 0 ? c : '?'));
                return propre.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
