package fr.predemande.stockage;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Ce que l'on cherche dans les octets écrits sur disque ou dans S3 : du texte lisible, une entropie trop faible. */
public final class OctetsBruts {

    /** Un récapitulatif tel qu'un usager le remplit : nom, naissance, parents, adresse, téléphone. */
    public static final List<String> DONNEES_PERSONNELLES =
            List.of("MARTIN", "Élise", "03/02/1990", "12 rue de la République", "DUPONT Jeanne", "06 12 34 56 78");

    private static final List<Charset> ENCODAGES = List.of(
            StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private OctetsBruts() {}

    /**
     * Un récapitulatif en texte, non compressé (un PDF compressé aurait déjà une entropie élevée) : environ 16 Ko, pour
     * que l'entropie mesurée soit significative.
     */
    public static byte[] recapitulatif() {
        var texte = new StringBuilder("%PDF-1.7\n");
        for (int i = 0; texte.length() < 16_000; i++) {
            texte.append("Demandeur : MARTIN Élise, née le 03/02/1990 à Lyon (69), ")
                    .append("mère : DUPONT Jeanne, père : MARTIN Paul, ")
                    .append("domicile : 12 rue de la République 69002 Lyon, téléphone : 06 12 34 56 78, ligne ")
                    .append(i)
                    .append('\n');
        }
        return texte.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Les données personnelles retrouvées dans les octets, en UTF-8, Latin-1 ou UTF-16 (les deux boutismes). */
    public static List<String> donneesLisibles(byte[] octets) {
        List<String> trouvees = new ArrayList<>();
        for (String donnee : DONNEES_PERSONNELLES) {
            for (Charset encodage : ENCODAGES) {
                if (indexDe(octets, donnee.getBytes(encodage)) >= 0) {
                    trouvees.add(donnee + " (" + encodage + ")");
                }
            }
        }
        return trouvees;
    }

    /** Entropie de Shannon, en bits par octet : 8 pour du hasard pur, 4 à 5 pour du texte. */
    public static double entropie(byte[] octets) {
        long[] effectifs = new long[256];
        for (byte octet : octets) {
            effectifs[octet & 0xff]++;
        }
        double entropie = 0;
        for (long effectif : effectifs) {
            if (effectif > 0) {
                double p = (double) effectif / octets.length;
                entropie -= p * Math.log(p) / Math.log(2);
            }
        }
        return entropie;
    }

    private static int indexDe(byte[] octets, byte[] motif) {
        suivant:
        for (int i = 0; i <= octets.length - motif.length; i++) {
            for (int j = 0; j < motif.length; j++) {
                if (octets[i + j] != motif[j]) {
                    continue suivant;
                }
            }
            return i;
        }
        return -1;
    }
}
