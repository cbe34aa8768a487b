package fr.predemande.impression.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import fr.predemande.impression.GenerateurDeRecapitulatif;
import fr.predemande.impression.Ligne;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Rubrique;
import fr.predemande.impression.internal.ReserveDePolices.Police;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Met en page le récapitulatif : le gabarit XHTML {@code impression/recapitulatif.html} rempli par Thymeleaf (qui
 * échappe chaque valeur), puis openhtmltopdf en PDF/A-2b, polices DejaVu incorporées (sous-ensembles) et profil sRGB
 * en intention de sortie.
 *
 * <p>Ce qui coûte est préparé une fois : gabarit analysé (cache de Thymeleaf), polices lues et analysées (réserve de
 * jeux prêtés à un document à la fois), profil ICC, métriques des polices (cache d’openhtmltopdf, concurrent).
 * Chaque appel n’a que des objets à lui ou empruntés : sûr entre fils d’exécution.
 */
@Component
class RecapitulatifEnPdf implements GenerateurDeRecapitulatif {

    private static final Locale FRANCAIS = Locale.FRANCE;
    private static final DateTimeFormatter MOIS_ET_ANNEE = DateTimeFormatter.ofPattern("MMMM uuuu", FRANCAIS);
    /** Repères des numéros de page dans le message de pagination ; aucun texte ne peut les contenir. */
    private static final String PAGE = "\u0000", PAGES = "\u0001";
    private static final BiPredicate<String, ExternalResourceType> RIEN_D_EXTERIEUR = (uri, type) -> false;

    private final MessageSource messages;
    private final TemplateEngine gabarits = moteurDeGabarits();
    private final DocumentBuilderFactory xml = lecteurXml();
    private final ReserveDePolices polices = new ReserveDePolices(2 * Runtime.getRuntime().availableProcessors());
    private final byte[] profilSrgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final FSCacheEx<String, FSCacheValue> metriquesDesPolices = new FSDefaultCacheStore();

    RecapitulatifEnPdf(MessageSource messages) {
        // openhtmltopdf raconte chaque mise en page au niveau INFO (une dizaine de lignes par document) : on ne garde
        // que ses avertissements, qui signalent une vraie anomalie du gabarit.
        XRLog.listRegisteredLoggers().forEach(journal -> XRLog.setLevel(journal, Level.WARNING));
        this.messages = messages;
        this.gabarits.setMessageResolver(new MessagesObligatoires(messages));
    }

    @Override
    public byte[] pdf(Recapitulatif recapitulatif) {
        Recapitulatif propre = nettoye(recapitulatif);
        Document xhtml = xhtml(gabarits.process("recapitulatif", contexte(propre)));
        boolean[][] qr = EncodageQr.modules(propre.urlDuQrCode());

        var pdf = new ByteArrayOutputStream(96 * 1024);
        Map<Police, TrueTypeFont> jeuDePolices = polices.emprunter();
        try (var document = new PDDocument()) {
            var constructeur = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_2_B)
                    .useColorProfile(profilSrgb)
                    .withProducer(messages.getMessage("impression.producteur", null, FRANCAIS))
                    .useCacheStore(CacheStore.PDF_FONT_METRICS, metriquesDesPolices)
                    .useObjectDrawerFactory(new DessinDuQr(qr))
                    // Rien d’extérieur à charger : aucune valeur reçue ne peut faire lire une URL ou un fichier.
                    .useExternalResourceAccessControl(RIEN_D_EXTERIEUR, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(RIEN_D_EXTERIEUR, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(xhtml, null)
                    .toStream(pdf);
            jeuDePolices.forEach((police, analysee) -> constructeur.useFont(
                    new PoliceIncorporee(document, analysee), police.famille(), police.graisse(), FontStyle.NORMAL, true));
            constructeur.run();
        } catch (IOException | RuntimeException e) {
            polices.jeter(jeuDePolices);
            throw e instanceof IOException io
                    ? new UncheckedIOException("Récapitulatif " + recapitulatif.numero() + " : mise en page impossible", io)
                    : (RuntimeException) e;
        }
        polices.rendre(jeuDePolices);
        return pdf.toByteArray();
    }

    private Context contexte(Recapitulatif recapitulatif) {
        var contexte = new Context(FRANCAIS);
        contexte.setVariable("recapitulatif", recapitulatif);
        contexte.setVariable("numeroLisible", recapitulatif.numeroLisible());
        contexte.setVariable("groupesDuNumero", List.of(recapitulatif.numeroLisible().trim().split("\\s+")));
        contexte.setVariable("dateDeValidite", dateLongue(recapitulatif.valableJusquAu()));
        contexte.setVariable("pagination", pagination());
        return contexte;
    }

    /** « 29 mai 2027 », et « 1er juin 2027 » comme l’écrit le français. */
    String dateLongue(LocalDate date) {
        String jour = date.getDayOfMonth() == 1
                ? messages.getMessage("impression.date.premier-du-mois", null, FRANCAIS)
                : String.valueOf(date.getDayOfMonth());
        return jour + " " + MOIS_ET_ANNEE.format(date);
    }

    /** Le message « page {0} / {1} » découpé autour des deux numéros, que le moteur PDF compte lui-même. */
    private List<String> pagination() {
        String message = messages.getMessage("impression.pied.pagination", new Object[] {PAGE, PAGES}, FRANCAIS);
        int page = message.indexOf(PAGE), pages = message.indexOf(PAGES);
        if (page < 0 || pages < page) {
            throw new IllegalStateException("impression.pied.pagination doit citer {0} puis {1} : " + message);
        }
        return List.of(message.substring(0, page), message.substring(page + 1, pages), message.substring(pages + 1));
    }

    /**
     * Les textes reçus, en forme normale NFC et sans les caractères qu’un document XML ne peut pas porter (caractères
     * de contrôle, moitiés de paires de substitution) : une saisie abîmée donne un récapitulatif, pas une erreur.
     * L’échappement (&lt; &amp; …) est l’affaire de Thymeleaf.
     */
    private static Recapitulatif nettoye(Recapitulatif r) {
        return new Recapitulatif(
                texte(r.numero()),
                texte(r.numeroLisible()),
                r.valableJusquAu(),
                r.urlDuQrCode(),
                texte(r.intituleDeLaDemande()),
                texte(r.demandeur()),
                r.rubriques().stream()
                        .map(rubrique -> new Rubrique(texte(rubrique.titre()), rubrique.lignes().stream()
                                .map(ligne -> new Ligne(texte(ligne.libelle()), texte(ligne.valeur())))
                                .toList()))
                        .toList(),
                r.justificatifs().stream().map(RecapitulatifEnPdf::texte).toList(),
                texte(r.montantDesTimbres()),
                texte(r.detailDesTimbres()));
    }

    static String texte(String brut) {
        String nfc = Normalizer.normalize(brut, Normalizer.Form.NFC);
        var propre = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                propre.append(' ');
            } else if ((c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                propre.appendCodePoint(c);
            }
        });
        return propre.toString();
    }

    /** Le XHTML produit par Thymeleaf, lu ici plutôt que par openhtmltopdf qui chercherait son analyseur à chaque fois. */
    private Document xhtml(String texte) {
        DocumentBuilder lecteur;
        synchronized (xml) {
            try {
                lecteur = xml.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return lecteur.parse(new InputSource(new StringReader(texte)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("Le gabarit du récapitulatif ne produit pas du XHTML bien formé", e);
        }
    }

    private static DocumentBuilderFactory lecteurXml() {
        var fabrique = DocumentBuilderFactory.newInstance();
        fabrique.setNamespaceAware(true);
        fabrique.setExpandEntityReferences(false);
        try {
            fabrique.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            fabrique.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return fabrique;
    }

    private static TemplateEngine moteurDeGabarits() {
        var resolveur = new ClassLoaderTemplateResolver(RecapitulatifEnPdf.class.getClassLoader());
        resolveur.setPrefix("impression/");
        resolveur.setSuffix(".html");
        // Mode XML : la sortie est du XHTML bien formé, et chaque th:text est échappé pour XML.
        resolveur.setTemplateMode(TemplateMode.XML);
        resolveur.setCharacterEncoding("UTF-8");
        resolveur.setCacheable(true);
        var moteur = new SpringTemplateEngine();
        moteur.setTemplateResolver(resolveur);
        moteur.setEnableSpringELCompiler(true);
        return moteur;
    }

    /** Une police analysée, incorporée au document seulement si le texte s’en sert (la mono normale, rarement). */
    private static final class PoliceIncorporee extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont police;
        private PDFont incorporee;

        PoliceIncorporee(PDDocument document, TrueTypeFont police) {
            super(null);
            this.document = document;
            this.police = police;
        }

        @Override
        public PDFont supply() {
            if (incorporee == null) {
                try {
                    // Sous-ensemble incorporé ; la police analysée reste ouverte pour le document suivant.
                    incorporee = PDType0Font.load(document, police, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return incorporee;
        }
    }
}
