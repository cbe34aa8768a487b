package fr.predemande.impression.internal;

import fr.predemande.impression.Recapitulatifs;
import java.nio.file.Files;
import java.nio.file.Path;

/** Écrit un récapitulatif d’exemple, pour le regarder (pas un test). */
final class ApercuDuRecapitulatif {
    public static void main(String[] args) throws Exception {
        var generateur = new RecapitulatifEnPdf(Recapitulatifs.messages());
        byte[] pdf = generateur.pdf(Recapitulatifs.exemple());
        Files.write(Path.of(args.length > 0 ? args[0] : "/tmp/recapitulatif-exemple.pdf"), pdf);
        System.out.println(pdf.length + " octets");
    }
}
