package fr.predemande.impression.internal;

import fr.predemande.impression.Recapitulatifs;
import fr.predemande.impression.Recepisse;
import fr.predemande.impression.Recepisses;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Mesure du coût d’un récépissé, pas un test : les durées dépendent de la machine et de sa charge. Pour chaque forme,
 * 200 documents de chauffe puis 300 mesurés un par un, en temps processeur du fil (insensible aux autres processus).
 * À lancer avec le classpath de test.
 */
final class MesureDuRecepisse {

    public static void main(String[] args) {
        var generateur = new RecepisseImprime(new MiseEnPagePdfA(Recapitulatifs.messages(), new ReserveDePolices()));
        Recepisse recepisse = Recepisses.exemple();
        mesurer("ticket thermique (PDF)", generateur::pdfThermique, recepisse);
        mesurer("ESC/POS", generateur::escPos, recepisse);
        mesurer("A4 (PDF/A)", generateur::pdfA4, recepisse);
    }

    private static void mesurer(String quoi, Function<Recepisse, byte[]> forme, Recepisse recepisse) {
        var processeur = ManagementFactory.getThreadMXBean();
        int octets = 0;
        for (int i = 0; i < 200; i++) {
            octets = forme.apply(recepisse).length;
        }
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            long debut = processeur.getCurrentThreadCpuTime();
            forme.apply(recepisse);
            cpu.add((processeur.getCurrentThreadCpuTime() - debut) / 1e6);
        }
        Collections.sort(cpu);
        System.out.printf(
                "%s : %d octets ; temps processeur médian %.2f ms, p90 %.2f ms%n",
                quoi, octets, cpu.get(cpu.size() / 2), cpu.get(cpu.size() * 9 / 10));
    }
}
