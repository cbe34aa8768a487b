package fr.predemande.recueil.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Ce qu'une phase mesurée a donné : les temps de réponse des requêtes réussies (tels que Gatling les compte), les
 * erreurs, et la fenêtre de la première requête partie à la dernière revenue, d'où le débit. La charge de la machine
 * (moyenne sur une minute, {@code /proc/loadavg}) est relevée au début et à la fin : le générateur de charge, les
 * autres builds et l'application partagent les mêmes cœurs.
 */
final class MesureDUnePhase {

    final String nom;
    private final Queue<Integer> durees = new ConcurrentLinkedQueue<>();
    private final AtomicInteger erreurs = new AtomicInteger();
    private final AtomicLong debut = new AtomicLong();
    private final AtomicLong fin = new AtomicLong();
    private volatile String chargeAuDebut = "?";
    private volatile String chargeALaFin = "?";
    private volatile TempsCpu.Releve cpuAuDebut;
    private volatile TempsCpu.Releve cpuALaFin;

    MesureDUnePhase(String nom) {
        this.nom = nom;
    }

    /** Vrai pour l'appel qui la commence, le premier. */
    boolean commencer() {
        if (debut.get() == 0 && debut.compareAndSet(0, System.currentTimeMillis())) {
            chargeAuDebut = charge();
            cpuAuDebut = TempsCpu.relever();
            return true;
        }
        return false;
    }

    void noter(Integer millisecondes, boolean echec) {
        if (echec || millisecondes == null) {
            erreurs.incrementAndGet();
        } else {
            durees.add(millisecondes);
        }
        fin.accumulateAndGet(System.currentTimeMillis(), Math::max);
    }

    /** Appelé quand la phase est finie (au début de la suivante, ou à la fin du banc). */
    void cloturer() {
        if (debut.get() != 0 && cpuALaFin == null) {
            chargeALaFin = charge();
            cpuALaFin = TempsCpu.relever();
        }
    }

    /** Requêtes réussies par seconde sur la fenêtre de la phase. */
    double debit() {
        double secondes = (fin.get() - debut.get()) / 1000.0;
        return secondes <= 0 ? 0 : durees.size() / secondes;
    }

    /** Le centile par le rang le plus proche (ms) : une durée mesurée elle-même, sans interpolation ; -1 sans mesure. */
    int centile(double centile) {
        int[] tries = durees.stream().mapToInt(Integer::intValue).sorted().toArray();
        if (tries.length == 0) {
            return -1;
        }
        int indice = (int) Math.ceil(centile * tries.length) - 1;
        return tries[Math.max(0, Math.min(indice, tries.length - 1))];
    }

    /** Une ligne du tableau final. */
    String ligne() {
        return String.format(
                Locale.ROOT,
                "  %-26s %8d %7d %9.1f %8d %8d %8d %6s %6s %6s   %s → %s",
                nom,
                durees.size(),
                erreurs.get(),
                debit(),
                centile(0.50),
                centile(0.99),
                centile(1.0),
                cpuParRequete(TempsCpu.Releve::application),
                cpuParRequete(TempsCpu.Releve::postgres),
                cpuParRequete(TempsCpu.Releve::generateur),
                chargeAuDebut,
                chargeALaFin);
    }

    static String entete() {
        return String.format(
                Locale.ROOT,
                "  %-26s %8s %7s %9s %8s %8s %8s %20s   %s%n  %-26s %8s %7s %9s %8s %8s %8s %6s %6s %6s",
                "phase",
                "réussies",
                "erreurs",
                "req/s",
                "médiane",
                "p99",
                "max",
                "CPU ms par requête",
                "charge 1 min (début → fin)",
                "",
                "",
                "",
                "",
                "(ms)",
                "(ms)",
                "(ms)",
                "appli",
                "pg",
                "banc");
    }

    /** Millisecondes de CPU d'un processus par requête (réussie ou non) de la phase ; « - » sans relevé. */
    String cpuParRequete(ToLongFunction<TempsCpu.Releve> processus) {
        int requetes = durees.size() + erreurs.get();
        if (cpuAuDebut == null
                || cpuALaFin == null
                || requetes == 0
                || processus.applyAsLong(cpuAuDebut) < 0
                || processus.applyAsLong(cpuALaFin) < 0) {
            return "-";
        }
        return String.format(
                Locale.ROOT,
                "%.2f",
                (double) (processus.applyAsLong(cpuALaFin) - processus.applyAsLong(cpuAuDebut)) / requetes);
    }

    private static String charge() {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/loadavg")).split(" "))
                    .findFirst()
                    .orElse("?");
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }
}
