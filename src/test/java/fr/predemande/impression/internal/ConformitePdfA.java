package fr.predemande.impression.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.ValidationResult.ValidationError;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * Ce que PDF/A-2b exige et qu’un test peut vérifier sans validateur complet, pour tous les documents A4 du module
 * (récapitulatif, support vierge, récépissé) : voir {@link PdfADuRecapitulatifTest} pour le pourquoi.
 */
final class ConformitePdfA {

    private ConformitePdfA() {}

    static XMPMetadata xmp(PDDocument pdf) throws IOException, XmpParsingException {
        return new DomXmpParser().parse(pdf.getDocumentCatalog().getMetadata().toByteArray());
    }

    /**
     * Les codes d’erreur de Preflight (PDFBox 3, qui ne valide que PDF/A-1b) pour le document réenregistré sans table
     * de références en flux, que PDF/A-2 permet et PDF/A-1 pas : le même contenu, la seule différence en moins.
     */
    static List<String> erreursPreflight(byte[] octets, Path dossier) throws IOException {
        Path copie = Files.createTempFile(dossier, "sans-flux-de-references", ".pdf");
        try (PDDocument document = Loader.loadPDF(octets);
                var sortie = new ByteArrayOutputStream()) {
            document.save(sortie, CompressParameters.NO_COMPRESSION);
            Files.write(copie, sortie.toByteArray());
        }
        return erreurs(PreflightParser.validate(copie.toFile()));
    }

    static List<String> erreurs(ValidationResult resultat) {
        return resultat.getErrorsList().stream()
                .filter(erreur -> !erreur.isWarning())
                .map(ValidationError::getErrorCode)
                .distinct()
                .toList();
    }

    /** Les polices de chaque page, y compris celles des formulaires XObject imbriqués : nom, et si elle est incorporée. */
    static List<PDFont> polices(PDDocument pdf) throws IOException {
        List<PDFont> polices = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            parcourir(page.getResources(), new HashSet<>(), polices);
        }
        return polices;
    }

    private static void parcourir(PDResources ressources, Set<COSBase> vues, List<PDFont> polices) throws IOException {
        if (ressources == null || !vues.add(ressources.getCOSObject())) {
            return;
        }
        for (COSName nom : ressources.getFontNames()) {
            polices.add(ressources.getFont(nom));
        }
        for (COSName nom : ressources.getXObjectNames()) {
            PDXObject objet = ressources.getXObject(nom);
            if (objet instanceof PDFormXObject formulaire) {
                parcourir(formulaire.getResources(), vues, polices);
            }
        }
    }
}
