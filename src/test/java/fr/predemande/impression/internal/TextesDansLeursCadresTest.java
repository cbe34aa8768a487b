package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.internal.TraceDesChemins.Chemin;
import fr.predemande.impression.internal.TraceDesChemins.Glyphe;
import fr.predemande.impression.internal.TraceDesChemins.Releve;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.MessageSource;

/**
 * Sur la feuille imprimée, chaque texte reste à sa place : dans les marges de la page, sans mordre sur aucun trait
 * (bord de cadre, filet, ligne de tableau, QR code), et le cadre des timbres fiscaux reste vide pour qu’on y colle des
 * timbres papier, sous sa seule étiquette.
 *
 * <p>Les glyphes sont mesurés par leur contour (l’encre de la lettre, jambages compris) et les traits par la surface
 * qu’ils peignent, dans le même repère : le flux graphique de chaque page, relu par {@link TraceDesChemins}.
 */
class TextesDansLeursCadresTest {

    private static final double POINTS_PAR_MM = 72 / 25.4;
    private static final double LARGEUR_A4 = 210 * POINTS_PAR_MM, HAUTEUR_A4 = 297 * POINTS_PAR_MM;
    /** Les marges de la règle @page du gabarit (haut, droite, bas, gauche). */
    private static final double MARGE_HAUT = 14 * POINTS_PAR_MM,
            MARGE_DROITE = 15 * POINTS_PAR_MM,
            MARGE_BAS = 17 * POINTS_PAR_MM,
            MARGE_GAUCHE = 15 * POINTS_PAR_MM;
    /** Le pied de page, seul texte de la marge du bas, reste loin du bord que certaines imprimantes n’atteignent pas. */
    private static final double PIED_AU_PLUS_BAS = 8 * POINTS_PAR_MM;
    /** Le dessin d’une lettre peut dépasser un peu sa case (approche négative d’un J, d’un V) : un demi-millimètre. */
    private static final double TOLERANCE = 0.5 * POINTS_PAR_MM;
    /** L’étiquette du cadre des timbres n’en occupe que le haut ; le reste (39 mm sur 45) est libre. */
    private static final double HAUTEUR_DE_L_ETIQUETTE = 6 * POINTS_PAR_MM;

    private static final int BORDURE_DU_CADRE_PHOTO = 0x000091, BLANC = 0xFFFFFF;

    private static final MessageSource MESSAGES = Recapitulatifs.messages();
    private static final RecapitulatifEnPdf GENERATEUR = new RecapitulatifEnPdf(MESSAGES);
    private static final Map<String, List<Releve>> PAGES = new ConcurrentHashMap<>();

    /**
     * L’exemple du module, le plus chargé des récapitulatifs réalistes, et deux cas limites : un détail des timbres
     * très long (la forme rédigée que le module demande envoyait jusqu’ici, motifs compris) et un récapitulatif gratuit
     * sans détail.
     */
    static Stream<Arguments> recapitulatifs() {
        Recapitulatif charge = Recapitulatifs.lePlusCharge();
        return Stream.of(
                Arguments.of("exemple du module", Recapitulatifs.exemple()),
                Arguments.of("le plus chargé", charge),
                Arguments.of(
                        "détail des timbres très long",
                        avecTimbres(
                                charge,
                                "Gratuit",
                                "Carte nationale d’identité : Gratuit (La carte nationale d’identité est gratuite.) ; Passeport : "
                                        + "Gratuit (Passeport gratuit après un changement de nom, de nom d’usage ou de prénom : le "
                                        + "nouveau garde la date de fin de validité de l’ancien.)")),
                Arguments.of("gratuit sans détail", avecTimbres(Recapitulatifs.exemple(), "Gratuit", "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recapitulatifs")
    void chaqueGlypheResteDansLesMargesDeLaPage(String cas, Recapitulatif recapitulatif) throws IOException {
        List<Releve> pages = pages(cas, recapitulatif);
        for (int numero = 1; numero <= pages.size(); numero++) {
            List<String> hors = new ArrayList<>();
            List<Glyphe> pied = new ArrayList<>();
            for (Glyphe glyphe : pages.get(numero - 1).glyphes()) {
                Rectangle2D e = glyphe.emprise();
                boolean dansLaLargeur =
                        e.getMinX() >= MARGE_GAUCHE - TOLERANCE && e.getMaxX() <= LARGEUR_A4 - MARGE_DROITE + TOLERANCE;
                if (e.getMaxY() < MARGE_BAS) {
                    pied.add(glyphe);
                    if (!dansLaLargeur || e.getMinY() < PIED_AU_PLUS_BAS) {
                        hors.add(decrire(glyphe));
                    }
                } else if (!dansLaLargeur
                        || e.getMinY() < MARGE_BAS - TOLERANCE
                        || e.getMaxY() > HAUTEUR_A4 - MARGE_HAUT + TOLERANCE) {
                    hors.add(decrire(glyphe));
                }
            }
            assertThat(hors)
                    .as("%s, page %d : glyphes hors des marges", cas, numero)
                    .isEmpty();
            // Dans la marge du bas, le pied de page et rien d’autre.
            assertThat(texteDeGaucheADroite(pied))
                    .as("%s, page %d : texte dans la marge du bas", cas, numero)
                    .isEqualTo(sansEspaces(message("impression.pied.numero", recapitulatif.numeroLisible())
                            + message("impression.pied.pagination", numero, pages.size())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recapitulatifs")
    void aucunGlypheNeMordSurUnTrait(String cas, Recapitulatif recapitulatif) throws IOException {
        List<Releve> pages = pages(cas, recapitulatif);
        for (int numero = 1; numero <= pages.size(); numero++) {
            List<String> chevauchements = new ArrayList<>();
            Releve page = pages.get(numero - 1);
            for (Chemin chemin : page.chemins()) {
                if (chemin.couleur() == BLANC) {
                    continue; // un fond blanc sur papier blanc ne se voit pas (celui du QR code)
                }
                for (Glyphe glyphe : page.glyphes()) {
                    // Un glyphe posé sur un fond (l’encadré gris de la consigne) est entièrement dedans ; un glyphe qui
                    // touche un bord de cadre, un filet ou le QR code le coupe.
                    Rectangle2D encre = retreci(glyphe.emprise());
                    if (chemin.emprise().intersects(encre)
                            && chemin.encre().intersects(encre)
                            && !chemin.encre().contains(encre)) {
                        chevauchements.add(decrire(glyphe) + " sur " + decrire(chemin));
                    }
                }
            }
            assertThat(chevauchements)
                    .as("%s, page %d : glyphes qui mordent sur un trait", cas, numero)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recapitulatifs")
    void leCadreDesTimbresResteVideSousSonEtiquette(String cas, Recapitulatif recapitulatif) throws IOException {
        Releve page = pages(cas, recapitulatif).stream()
                .filter(p -> p.chemins().stream().anyMatch(c -> c.couleur() == BORDURE_DU_CADRE_PHOTO))
                .findFirst()
                .orElseThrow(() -> new AssertionError(cas + " : aucune page ne porte le cadre photo"));
        // Les cadres à coller ou à signer, de gauche à droite sur la même rangée : photo, timbres, signature.
        List<Rectangle2D> cadres = TraceDesChemins.cadres(page.chemins());
        assertThat(cadres)
                .as("%s : cadres dessinés sur la page du cadre photo", cas)
                .hasSize(3);
        Rectangle2D timbres = cadres.get(1);
        assertThat(mm(timbres.getHeight()))
                .as("%s : hauteur du cadre des timbres (mm)", cas)
                .isGreaterThan(44.5);

        List<Glyphe> dedans = page.glyphes().stream()
                .filter(g -> g.emprise().intersects(timbres))
                .toList();
        assertThat(texteDeGaucheADroite(dedans))
                .as("%s : seul texte du cadre des timbres, son étiquette", cas)
                .isEqualTo(sansEspaces(message("impression.timbres.cadre")));
        assertThat(dedans)
                .as("%s : l’étiquette tient dans les %.0f mm du haut du cadre", cas, mm(HAUTEUR_DE_L_ETIQUETTE))
                .allMatch(g -> g.emprise().getMinY() >= timbres.getMaxY() - HAUTEUR_DE_L_ETIQUETTE);
    }

    private static List<Releve> pages(String cas, Recapitulatif recapitulatif) {
        return PAGES.computeIfAbsent(cas, c -> {
            try (PDDocument pdf = Loader.loadPDF(GENERATEUR.pdf(recapitulatif))) {
                List<Releve> pages = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    pages.add(TraceDesChemins.releve(page));
                }
                return pages;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Recapitulatif avecTimbres(Recapitulatif r, String montant, String detail) {
        return new Recapitulatif(
                r.numero(),
                r.numeroLisible(),
                r.valableJusquAu(),
                r.urlDuQrCode(),
                r.intituleDeLaDemande(),
                r.demandeur(),
                r.rubriques(),
                r.justificatifs(),
                montant,
                detail);
    }

    /**
     * Le texte de glyphes, ligne par ligne de haut en bas et chaque ligne de gauche à droite (l’ordre du flux peut être
     * autre : le pied écrit sa pagination, flottante à droite, avant son numéro), sans espaces.
     */
    private static String texteDeGaucheADroite(List<Glyphe> glyphes) {
        return sansEspaces(glyphes.stream()
                .sorted(Comparator.comparingDouble((Glyphe g) -> -Math.round(g.ligneDeBase()))
                        .thenComparingDouble(g -> g.emprise().getMinX()))
                .map(Glyphe::texte)
                .collect(Collectors.joining()));
    }

    /** L’emprise d’un glyphe, moins un centième de millimètre : toucher un trait par l’arrondi n’est pas mordre. */
    private static Rectangle2D retreci(Rectangle2D e) {
        double jeu = 0.01 * POINTS_PAR_MM;
        return new Rectangle2D.Double(e.getX() + jeu, e.getY() + jeu, e.getWidth() - 2 * jeu, e.getHeight() - 2 * jeu);
    }

    private static String message(String cle, Object... arguments) {
        return MESSAGES.getMessage(cle, arguments, Locale.FRANCE);
    }

    private static String sansEspaces(String texte) {
        return texte.replaceAll("[\\s\\u00a0]+", "");
    }

    private static String decrire(Glyphe glyphe) {
        return String.format(
                Locale.ROOT,
                "« %s » (%.1f ; %.1f mm)",
                glyphe.texte(),
                mm(glyphe.emprise().getMinX()),
                mm(glyphe.emprise().getMinY()));
    }

    private static String decrire(Chemin chemin) {
        return String.format(
                Locale.ROOT,
                "trait #%06x de %.1f × %.1f mm en (%.1f ; %.1f mm)",
                chemin.couleur(),
                chemin.largeurMm(),
                chemin.hauteurMm(),
                mm(chemin.emprise().getMinX()),
                mm(chemin.emprise().getMinY()));
    }

    private static double mm(double points) {
        return points / POINTS_PAR_MM;
    }
}
