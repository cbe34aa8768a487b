package fr.predemande.impression.internal;

import fr.predemande.impression.CodesQr;
import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.Recepisses;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Écrit les documents d’exemple du guichet de la mairie, pour les regarder (pas un test) : récépissés (ticket
 * thermique, A4, ESC/POS), support vierge, QR code pour l’écran. Dossier en argument, {@code /tmp} sinon.
 */
final class ApercuDesDocumentsDeLaMairie {
    public static void main(String[] args) throws Exception {
        Path dossier = Path.of(args.length > 0 ? args[0] : "/tmp");
        var miseEnPage = new MiseEnPagePdfA(Recapitulatifs.messages(), new ReserveDePolices());
        var recepisses = new RecepisseImprime(miseEnPage);
        Files.write(dossier.resolve("recepisse-thermique.pdf"), recepisses.pdfThermique(Recepisses.exemple()));
        Files.write(dossier.resolve("recepisse-thermique-long.pdf"), recepisses.pdfThermique(Recepisses.lePlusLong()));
        Files.write(dossier.resolve("recepisse-a4.pdf"), recepisses.pdfA4(Recepisses.exemple()));
        Files.write(dossier.resolve("recepisse.escpos"), recepisses.escPos(Recepisses.exemple()));
        Files.write(
                dossier.resolve("support-vierge.pdf"),
                new SupportViergeEnPdf(miseEnPage).supportVierge(Recapitulatifs.NUMERO_ET_QR));
        Files.write(dossier.resolve("qr-ecran.png"), CodesQr.pngPourEcran(Recapitulatifs.URL));
        System.out.println("Documents écrits dans " + dossier);
    }
}
