package fr.predemande.impression.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Les lignes d’un texte dans une largeur donnée, coupé aux espaces ; un mot plus long que la ligne (une adresse web)
 * est coupé où il faut. L’espace insécable ne coupe pas : « 86 € » et « 10 h 42 » restent entiers. Pour le ticket PDF
 * la largeur se mesure en points avec la police, pour le ticket ESC/POS en colonnes.
 */
final class Coupure {

    private Coupure() {}

    static List<String> lignes(String texte, double largeurMax, ToDoubleFunction<String> largeur) {
        List<String> lignes = new ArrayList<>();
        String ligne = "";
        for (String mot : texte.strip().split(" +")) {
            if (mot.isEmpty()) {
                continue;
            }
            String essai = ligne.isEmpty() ? mot : ligne + " " + mot;
            if (largeur.applyAsDouble(essai) <= largeurMax) {
                ligne = essai;
                continue;
            }
            if (!ligne.isEmpty()) {
                lignes.add(ligne);
            }
            while (largeur.applyAsDouble(mot) > largeurMax) {
                int fin = mot.offsetByCodePoints(0, 1);
                while (fin < mot.length()) {
                    int suivant = mot.offsetByCodePoints(fin, 1);
                    if (largeur.applyAsDouble(mot.substring(0, suivant)) > largeurMax) {
                        break;
                    }
                    fin = suivant;
                }
                fin = apresUnSeparateur(mot, fin);
                lignes.add(mot.substring(0, fin));
                mot = mot.substring(fin);
            }
            ligne = mot;
        }
        if (!ligne.isEmpty()) {
            lignes.add(ligne);
        }
        return lignes;
    }

    /**
     * Une adresse se coupe de préférence après une barre, un point d’interrogation, un signe = ou &amp; (pas entre les
     * deux barres de « https:// ») : sinon, là où la ligne est pleine.
     */
    private static int apresUnSeparateur(String mot, int fin) {
        for (int i = fin - 1; i > 0; i--) {
            char c = mot.charAt(i);
            boolean separateur = c == '/' || c == '?' || c == '=' || c == '&';
            if (separateur && !(c == '/' && i + 1 < mot.length() && mot.charAt(i + 1) == '/')) {
                return i + 1;
            }
        }
        return fin;
    }
}
