package fr.predemande.recueil.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Le temps CPU (utilisateur et système, {@code /proc/<pid>/stat}) de l'application, de son PostgreSQL embarqué (le
 * postmaster, ses processus et ceux qu'il a déjà ramassés) et du générateur de charge. Divisé par le nombre de
 * requêtes d'une phase, c'est ce que coûte une requête : il dépend peu des autres processus de la machine, quand le
 * débit et les temps de réponse en dépendent tout à fait.
 *
 * <p>Réglages, facultatifs : {@code banc.pidApplication} (le processus de l'application) et {@code banc.donneesPostgres}
 * (le dossier de données du PostgreSQL embarqué, {@code PREDEMANDE_BASE_EMBARQUEE_DOSSIER}). Sans eux, ou hors Linux,
 * les colonnes restent vides.
 */
public final class TempsCpu {

    /** Millisecondes de CPU consommées depuis le démarrage de chaque processus ; -1 quand on ne sait pas. */
    public record Releve(long application, long postgres, long generateur) {}

    static final Long PID_APPLICATION = Long.getLong("banc.pidApplication");
    static final String DONNEES_POSTGRES =
            System.getProperty("banc.donneesPostgres", "").isBlank()
                    ? null
                    : System.getProperty("banc.donneesPostgres");
    /** USER_HZ : 100 sur Linux, quelle que soit la fréquence du noyau. */
    private static final long TICS_PAR_SECONDE = 100;

    private TempsCpu() {}

    public static Releve relever() {
        return new Releve(
                PID_APPLICATION == null ? -1 : cpu(PID_APPLICATION, false),
                postgres(),
                cpu(ProcessHandle.current().pid(), false));
    }

    private static long postgres() {
        if (DONNEES_POSTGRES == null) {
            return -1;
        }
        long postmaster = postmaster();
        if (postmaster < 0) {
            return -1;
        }
        long total = cpu(postmaster, true);
        try (Stream<Path> processus = Files.list(Path.of("/proc"))) {
            for (Path dossier : processus
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                String[] champs = champs(dossier.resolve("stat"));
                if (champs != null && Long.parseLong(champs[1]) == postmaster) {
                    total += tics(champs, false) * 1000 / TICS_PAR_SECONDE;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return total;
    }

    /** Le postmaster est celui dont la ligne de commande porte {@code -D <dossier de données>}. */
    private static long postmaster() {
        try (Stream<Path> processus = Files.list(Path.of("/proc"))) {
            for (Path dossier : processus
                    .filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    String commande =
                            Files.readString(dossier.resolve("cmdline")).replace('\0', ' ');
                    if (commande.contains("postgres") && commande.contains("-D " + DONNEES_POSTGRES + " ")) {
                        return Long.parseLong(dossier.getFileName().toString());
                    }
                } catch (IOException disparu) {
                    // un processus qui vient de finir
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** utime + stime (et, pour un parent, le temps de ses enfants ramassés), en millisecondes. */
    private static long cpu(long pid, boolean avecEnfantsRamasses) {
        String[] champs = champs(Path.of("/proc", Long.toString(pid), "stat"));
        return champs == null ? -1 : tics(champs, avecEnfantsRamasses) * 1000 / TICS_PAR_SECONDE;
    }

    /**
     * Les champs de {@code /proc/<pid>/stat} après le nom du programme (qui peut contenir des espaces) : l'état est
     * à l'indice 0, le parent à 1, utime à 11, stime à 12, cutime à 13, cstime à 14.
     */
    private static String[] champs(Path stat) {
        try {
            String texte = Files.readString(stat);
            return texte.substring(texte.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long tics(String[] champs, boolean avecEnfantsRamasses) {
        long tics = Long.parseLong(champs[11]) + Long.parseLong(champs[12]);
        return avecEnfantsRamasses ? tics + Long.parseLong(champs[13]) + Long.parseLong(champs[14]) : tics;
    }
}
