package fr.predemande.impression.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.impression.CodesQr;
import fr.predemande.impression.Recapitulatif;
import fr.predemande.impression.Recapitulatifs;
import java.util.ArrayList;
import java.util.List;
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
 * Un seul générateur sert toutes les requêtes : des récapitulatifs produits en même temps ne se mélangent pas (les
 * polices analysées sont prêtées à un document à la fois).
 */
class GenerationConcurrenteTest {

    @Test
    void desRecapitulatifsProduitsEnMemeTempsGardentChacunLeurTitulaireEtLeurQrCode() throws Exception {
        var generateur = new RecapitulatifEnPdf(Recapitulatifs.messages());
        List<Callable<Void>> taches = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String numero = "7K3M9Q2X" + "ABCDEFGHJKMNPQRS".charAt(i) + "T";
            Recapitulatif modele = Recapitulatifs.avecDemandeur("TITULAIRE" + i + " Camille");
            Recapitulatif recapitulatif = new Recapitulatif(numero, numero.substring(0, 4) + " " + numero.substring(4, 8)
                    + " " + numero.substring(8), modele.valableJusquAu(), "https://predemande.example.fr/p/" + numero,
                    modele.intituleDeLaDemande(), modele.demandeur(), modele.rubriques(), modele.justificatifs(),
                    modele.montantDesTimbres(), modele.detailDesTimbres());
            taches.add(() -> {
                try (var pdf = Loader.loadPDF(generateur.pdf(recapitulatif))) {
                    String texte = new PDFTextStripper().getText(pdf);
                    assertThat(texte).contains(recapitulatif.demandeur(), recapitulatif.numeroLisible());
                    assertThat(Pattern.compile("TITULAIRE\\d+").matcher(texte).results().map(MatchResult::group))
                            .as("aucun autre titulaire")
                            .containsOnly(recapitulatif.demandeur().split(" ")[0]);
                    var page = new PDFRenderer(pdf).renderImageWithDPI(0, 100, ImageType.GRAY);
                    assertThat(CodesQr.lire(page)).contains(recapitulatif.urlDuQrCode());
                }
                return null;
            });
        }
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
