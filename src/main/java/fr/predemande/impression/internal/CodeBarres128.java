package fr.predemande.impression.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;

/**
 * Le code-barres Code 128 du numéro de demande, pour les douchettes des mairies et des centres d’instruction, qui
 * lisent toutes le Code 128.
 *
 * <p>Encodage le plus court (jeu C pour les paires de chiffres, B pour les capitales) : à largeur imprimée égale, les
 * barres sont plus larges, et un ticket thermique de 72 mm garde des modules de 4 points à 203 ppp. Zone de silence de
 * 10 modules de chaque côté, le minimum de la norme (ISO/IEC 15417).
 */
final class CodeBarres128 {

    static final int ZONE_DE_SILENCE = 10;
    private static final Map<EncodeHintType, Object> LE_PLUS_COURT =
            Map.of(EncodeHintType.CODE128_COMPACT, Boolean.TRUE);

    private CodeBarres128() {}

    /** Les modules du symbole, de gauche à droite, sans zone de silence : vrai pour une barre. */
    static boolean[] modules(String texte) {
        return new Code128Writer().encode(texte, LE_PLUS_COURT);
    }

    /** Les barres : pour chacune, son premier module et son nombre de modules. */
    static int[][] barres(boolean[] modules) {
        int nombre = 0;
        for (int i = 0; i < modules.length; i++) {
            if (modules[i] && (i == 0 || !modules[i - 1])) {
                nombre++;
            }
        }
        int[][] barres = new int[nombre][];
        int b = 0;
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int debut = i;
            while (i < modules.length && modules[i]) {
                i++;
            }
            barres[b++] = new int[] {debut, i - debut};
        }
        return barres;
    }
}
