package fr.predemande.support;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Les générateurs QuickTheories que les propriétés partagent : chaînes et caractères tirés dans un alphabet donné
 * (chaque caractère de l'alphabet a la même chance), chaînes quelconques, listes et valeurs parfois nulles. Un
 * contre-exemple rétrécit vers la chaîne la plus courte faite du premier caractère de l'alphabet.
 */
public final class Generateurs {

    /** Longueur d'une chaîne ou d'une liste quand la propriété ne la borne pas. */
    public static final int LONGUEUR_MAX_PAR_DEFAUT = 255;
    /** Jusqu'où une longueur est « courte » : au plus tant de plus que la longueur minimale. */
    private static final int ECART_COURT = 32;

    public static final String CHIFFRES = "0123456789";
    /** Lettres ASCII, majuscules et minuscules. */
    public static final String LETTRES_ASCII = plage('A', 'Z') + plage('a', 'z');

    /**
     * Toute unité UTF-16 qu'une saisie peut contenir, sauf les surrogates isolés, les non-caractères (U+FDD0 à U+FDEF,
     * U+FFFE, U+FFFF) et la zone d'usage privé (U+E000 à U+F8FF). Rangées à partir de « a » pour qu'un contre-exemple
     * rétréci reste lisible.
     */
    public static final String UNICODE = IntStream.concat(
                    IntStream.rangeClosed('a', Character.MAX_VALUE), IntStream.range(Character.MIN_VALUE, 'a'))
            .filter(c -> !Character.isSurrogate((char) c)
                    && !(c >= 0xFDD0 && c <= 0xFDEF)
                    && c != 0xFFFE
                    && c != 0xFFFF
                    && !(c >= 0xE000 && c <= 0xF8FF))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    private Generateurs() {}

    /** Les caractères de {@code de} à {@code a} inclus, dans l'ordre. */
    public static String plage(char de, char a) {
        return IntStream.rangeClosed(de, a)
                .mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
    }

    /** Un caractère de l'alphabet (un caractère qui y figure deux fois a deux fois plus de chances). */
    public static Gen<Character> caracteres(String alphabet) {
        Gen<Integer> rang = Generate.range(0, alphabet.length() - 1);
        return rang.map(alphabet::charAt).describedAs(Generateurs::citer);
    }

    public static Gen<String> chaines(String alphabet, int longueur) {
        return chaines(alphabet, longueur, longueur);
    }

    /** Chaînes de {@code min} à {@code max} caractères de l'alphabet, de {@linkplain #longueurs longueurs} variées. */
    public static Gen<String> chaines(String alphabet, int min, int max) {
        Gen<int[]> rangs = Generate.intArrays(longueurs(min, max), Generate.range(0, alphabet.length() - 1));
        Gen<String> chaines = rangs.map(tableau -> {
            var chaine = new StringBuilder(tableau.length);
            for (int rang : tableau) {
                chaine.append(alphabet.charAt(rang));
            }
            return chaine.toString();
        });
        return chaines.describedAs(Generateurs::citer);
    }

    /** N'importe quelle chaîne de {@link #UNICODE} de 0 à 255 caractères. */
    public static Gen<String> chainesQuelconques() {
        return chaines(UNICODE, 0, LONGUEUR_MAX_PAR_DEFAUT);
    }

    /** Listes de 0 à 255 éléments. */
    public static <T> Gen<List<T>> listes(Gen<T> elements) {
        return listes(elements, 0, LONGUEUR_MAX_PAR_DEFAUT);
    }

    /** Listes de {@code min} à {@code max} éléments, de {@linkplain #longueurs longueurs} variées. */
    public static <T> Gen<List<T>> listes(Gen<T> elements, int min, int max) {
        return lists().of(elements).ofSizes(longueurs(min, max));
    }

    /**
     * Longueurs de {@code min} à {@code max} : 89 fois sur 100 au plus {@value #ECART_COURT} de plus que le minimum,
     * 10 fois sur 100 au-delà, 1 fois sur 100 la plus grande. Les entrées courtes, rapides à vérifier et à lire,
     * dominent sans que les longues soient oubliées ; un contre-exemple rétrécit vers la plus courte.
     */
    public static Gen<Integer> longueurs(int min, int max) {
        int coupure = Math.min(min + ECART_COURT, max);
        if (coupure == max) {
            return Generate.range(min, max);
        }
        return Generate.frequency(
                Pair.of(89, Generate.range(min, coupure)),
                Pair.of(10, Generate.range(coupure + 1, max)),
                Pair.of(1, Generate.constant(max)));
    }

    /** La valeur nulle dans {@code pourcentDeNull} % des cas, vers laquelle un contre-exemple rétrécit. */
    public static <T> Gen<T> avecNull(Gen<T> valeurs, int pourcentDeNull) {
        Gen<Integer> centieme = integers().between(1, 100);
        Gen<T> gen = in -> centieme.generate(in) <= pourcentDeNull ? null : valeurs.generate(in);
        return gen.describedAs(valeur -> valeur == null ? "null" : valeurs.asString(valeur));
    }

    /**
     * Entre guillemets, pour lire un contre-exemple : les caractères qui ne se voient pas ou se confondent (contrôles,
     * blancs autres que l'espace, marques combinantes, surrogates, formats) sont écrits \\uXXXX.
     */
    public static String citer(Object valeur) {
        if (valeur == null) {
            return "null";
        }
        var cite = new StringBuilder("\"");
        for (char c : valeur.toString().toCharArray()) {
            cite.append(visible(c) ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return cite.append('"').toString();
    }

    private static boolean visible(char c) {
        if (c == ' ') {
            return true;
        }
        int type = Character.getType(c);
        return c != '"'
                && c != '\\'
                && !Character.isWhitespace(c)
                && !Character.isSpaceChar(c)
                && type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.SURROGATE
                && type != Character.NON_SPACING_MARK
                && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK
                && type != Character.UNASSIGNED;
    }
}
