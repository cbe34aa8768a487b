package fr.predemande.impression.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import fr.predemande.impression.internal.ReserveDePolices.Police;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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
 * Les documents A4 du module : un gabarit XHTML de {@code impression/} rempli par Thymeleaf (qui échappe chaque
 * valeur), puis openhtmltopdf en PDF/A-2b, polices DejaVu incorporées (sous-ensembles) et profil sRGB en intention de
 * sortie. Le récapitulatif, le support vierge et le récépissé A4 passent tous par ici : une seule façon de faire un
 * document archivable.
 *
 * <p>Ce qui coûte est préparé une fois : gabarits analysés (cache de Thymeleaf), polices lues et analysées (réserve de
 * jeux prêtés à un document à la fois), profil ICC, métriques des polices (cache d’openhtmltopdf, concurrent).
 * Chaque appel n’a que des objets à lui ou empruntés : sûr entre fils d’exécution.
 */
@Component
final class MiseEnPagePdfA {

    static final Locale FRANCAIS = Locale.FRANCE;
    private static final BiPredicate<String, ExternalResourceType> RIEN_D_EXTERIEUR = (uri, type) -> false;

    private final MessageSource messages;
    private final ReserveDePolices polices;
    private final TemplateEngine gabarits;
    private final DocumentBuilderFactory xml = lecteurXml();
    private final byte[] profilSrgb =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private final FSCacheEx<String, FSCacheValue> metriquesDesPolices = new FSDefaultCacheStore();

    MiseEnPagePdfA(MessageSource messages, ReserveDePolices polices) {
        // openhtmltopdf raconte chaque mise en page au niveau INFO (une dizaine de lignes par document) : on ne garde
        // que ses avertissements, qui signalent une vraie anomalie du gabarit.
        XRLog.listRegisteredLoggers().forEach(journal -> XRLog.setLevel(journal, Level.WARNING));
        this.messages = messages;
        this.polices = polices;
        this.gabarits = moteurDeGabarits(messages);
    }

    MessageSource messages() {
        return messages;
    }

    ReserveDePolices polices() {
        return polices;
    }

    /** Un texte fixe du module, en français ; une clé absente est une erreur (voir {@link MessagesObligatoires}). */
    String message(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, FRANCAIS);
    }

    /**
     * Le document PDF/A-2b du gabarit {@code impression/{gabarit}.html}.
     *
     * @param dessins ce qui dessine les éléments {@code <object>} du gabarit (QR code, code-barres)
     * @param quoi le document, pour les messages d’erreur (« Récapitulatif 7K3M9Q2XTB »)
     */
    byte[] pdf(String gabarit, Context contexte, FSObjectDrawerFactory dessins, String quoi) {
        Document xhtml = xhtml(gabarits.process(gabarit, contexte), gabarit);

        var pdf = new ByteArrayOutputStream(96 * 1024);
        Map<Police, TrueTypeFont> jeuDePolices = polices.emprunter();
        try (var document = new PDDocument()) {
            var constructeur = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .usePdfAConformance(PdfAConformance.PDFA_2_B)
                    .useColorProfile(profilSrgb)
                    .withProducer(message("impression.producteur"))
                    .useCacheStore(CacheStore.PDF_FONT_METRICS, metriquesDesPolices)
                    .useObjectDrawerFactory(dessins)
                    // Rien d’extérieur à charger : aucune valeur reçue ne peut faire lire une URL ou un fichier.
                    .useExternalResourceAccessControl(
                            RIEN_D_EXTERIEUR, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            RIEN_D_EXTERIEUR, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(xhtml, null)
                    .toStream(pdf);
            jeuDePolices.forEach((police, analysee) -> constructeur.useFont(
                    new PoliceIncorporee(document, analysee),
                    police.famille(),
                    police.graisse(),
                    FontStyle.NORMAL,
                    true));
            constructeur.run();
        } catch (IOException | RuntimeException e) {
            polices.jeter(jeuDePolices);
            throw e instanceof IOException io
                    ? new UncheckedIOException(quoi + " : mise en page impossible", io)
                    : (RuntimeException) e;
        }
        polices.rendre(jeuDePolices);
        return pdf.toByteArray();
    }

    /** Le XHTML produit par Thymeleaf, lu ici plutôt que par openhtmltopdf qui chercherait son analyseur à chaque fois. */
    private Document xhtml(String texte, String gabarit) {
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
            throw new IllegalStateException("Le gabarit " + gabarit + " ne produit pas du XHTML bien formé", e);
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

    private static TemplateEngine moteurDeGabarits(MessageSource messages) {
        var resolveur = new ClassLoaderTemplateResolver(MiseEnPagePdfA.class.getClassLoader());
        resolveur.setPrefix("impression/");
        resolveur.setSuffix(".html");
        // Mode XML : la sortie est du XHTML bien formé, et chaque th:text est échappé pour XML.
        resolveur.setTemplateMode(TemplateMode.XML);
        resolveur.setCharacterEncoding("UTF-8");
        resolveur.setCacheable(true);
        var moteur = new SpringTemplateEngine();
        moteur.setTemplateResolver(resolveur);
        moteur.setEnableSpringELCompiler(true);
        moteur.setMessageResolver(new MessagesObligatoires(messages));
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
