package fr.predemande.impression.internal;

import fr.predemande.impression.Recapitulatifs;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Mesure du temps de génération, pas un test : les durées dépendent de la machine et de sa charge. 50 documents de
 * chauffe puis 200 mesurés un par un (temps écoulé et temps processeur du fil, ce dernier insensible aux autres
 * processus), puis le débit sur deux fils. À lancer avec le classpath de test.
 */
final class MesureDuRecapitulatif {

    public static void main(String[] args) throws Exception {
        var generateur = new RecapitulatifEnPdf(Recapitulatifs.messages());
        var recapitulatif = Recapitulatifs.exemple();
        var processeur = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 50; i++) {
            generateur.pdf(recapitulatif);
        }
        List<Double> ecoules = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long debut = System.nanoTime();
            long debutCpu = processeur.getCurrentThreadCpuTime();
            generateur.pdf(recapitulatif);
            cpu.add((processeur.getCurrentThreadCpuTime() - debutCpu) / 1e6);
            ecoules.add((System.nanoTime() - debut) / 1e6);
        }
        afficher("temps écoulé", ecoules);
        afficher("temps processeur", cpu);

        var fils = Executors.newFixedThreadPool(2);
        try {
            long debut = System.nanoTime();
            List<Future<byte[]>> documents = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                documents.add(fils.submit(() -> generateur.pdf(recapitulatif)));
            }
            for (Future<byte[]> document : documents) {
                document.get();
            }
            double total = (System.nanoTime() - debut) / 1e6;
            System.out.printf(
                    "deux fils : 200 documents en %.0f ms, %.1f documents par seconde%n", total, 200_000 / total);
        } finally {
            fils.shutdown();
        }
    }

    private static void afficher(String quoi, List<Double> durees) {
        Collections.sort(durees);
        System.out.printf(
                "%s : médiane %.1f ms, p90 %.1f ms, p99 %.1f ms, min %.1f ms, max %.1f ms%n",
                quoi,
                durees.get(durees.size() / 2),
                durees.get(durees.size() * 9 / 10),
                durees.get(durees.size() * 99 / 100),
                durees.get(0),
                durees.get(durees.size() - 1));
    }
}
