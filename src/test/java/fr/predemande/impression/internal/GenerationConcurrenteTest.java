package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import fr.predemande.impression.CodesQr;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.Recepisse;
import fr.predemande.impression.Recepisses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Un seul générateur sert toutes les requêtes : des documents produits en même temps ne se mélangent pas (les polices
 * analysées sont prêtées à un document à la fois, par une réserve commune au récapitulatif et au récépissé).
 */
class GenerationConcurrenteTest {

    @Test
    void desRecapitulatifsProduitsEnMemeTempsGardentChacunLeurTitulaireEtLeurQrCode() throws Exception {
        var generateur = new RecapitulatifEnPdf(Recapitulatifs.messages());
        List<Callable<Void>> taches = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String numero = "7K3M9Q2X" + "ABCDEFGHJKMNPQRS".charAt(i) + "T";
            Recapitulatif modele = Recapitulatifs.avecDemandeur("TITULAIRE" + i + " Camille");
            Recapitulatif recapitulatif = new Recapitulatif(
                    numero,
                    numero.substring(0, 4) + " " + numero.substring(4, 8) + " " + numero.substring(8),
                    modele.valableJusquAu(),
                    "https://predemande.example.fr/p/" + numero,
                    modele.intituleDeLaDemande(),
                    modele.demandeur(),
                    modele.rubriques(),
                    modele.justificatifs(),
                    modele.montantDesTimbres(),
                    modele.detailDesTimbres());
            taches.add(() -> {
                try (var pdf = Loader.loadPDF(generateur.pdf(recapitulatif))) {
                    String texte = new PDFTextStripper().getText(pdf);
                    assertThat(texte).contains(recapitulatif.demandeur(), recapitulatif.numeroLisible());
                    assertThat(Pattern.compile("TITULAIRE\\d+")
                                    .matcher(texte)
                                    .results()
                                    .map(MatchResult::group))
                            .as("aucun autre titulaire")
                            .containsOnly(recapitulatif.demandeur().split(" ")[0]);
                    var page = new PDFRenderer(pdf).renderImageWithDPI(0, 100, ImageType.GRAY);
                    assertThat(CodesQr.lire(page)).contains(recapitulatif.urlDuQrCode());
                }
                return null;
            });
        }
        executer(taches);
    }

    @Test
    void recapitulatifsEtRecepissesProduitsEnMemeTempsPartagentLaReserveDePolicesSansSeMelanger() throws Exception {
        // Comme dans l’application : un seul assemblage, une seule réserve de polices pour tous les documents.
        var miseEnPage = new MiseEnPagePdfA(Recapitulatifs.messages(), new ReserveDePolices(2));
        var recapitulatifs = new RecapitulatifEnPdf(miseEnPage);
        var recepisses = new RecepisseImprime(miseEnPage);
        List<Callable<Void>> taches = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String numero = "4226000000" + (10 + i) + "K";
            Recepisse modele = Recepisses.exemple();
            var recepisse = new Recepisse(
                    numero,
                    modele.deposeeLe(),
                    modele.mairie(),
                    modele.titresDemandes(),
                    "TITULAIRE" + i,
                    "Camille",
                    modele.montantAcquitte(),
                    modele.timbresElectroniques(),
                    modele.phraseDeSuivi(),
                    modele.urlDeSuivi());
            taches.add(() -> {
                try (var pdf = Loader.loadPDF(recepisses.pdfThermique(recepisse))) {
                    String texte = new PDFTextStripper().getText(pdf);
                    assertThat(Pattern.compile("TITULAIRE\\d+")
                                    .matcher(texte)
                                    .results()
                                    .map(MatchResult::group))
                            .containsOnly(recepisse.nomDuTitulaire());
                    var ticket = new PDFRenderer(pdf).renderImageWithDPI(0, 203, ImageType.GRAY);
                    assertThat(new Code128Reader()
                                    .decode(
                                            new BinaryBitmap(
                                                    new HybridBinarizer(new BufferedImageLuminanceSource(ticket))),
                                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                                    .getText())
                            .isEqualTo(numero);
                }
                return null;
            });
            if (i % 4 == 0) {
                taches.add(() -> {
                    try (var pdf = Loader.loadPDF(recapitulatifs.pdf(Recapitulatifs.exemple()))) {
                        assertThat(new PDFTextStripper().getText(pdf)).contains("DUPONT Camille Marie");
                    }
                    return null;
                });
            }
        }
        executer(taches);
    }

    private static void executer(List<Callable<Void>> taches) throws Exception {
        ExecutorService fils = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> resultat : fils.invokeAll(taches)) {
                resultat.get();
            }
        } finally {
            fils.shutdown();
        }
    }
}
