package fr.predemande.referentiel.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * La forme sous laquelle on compare les noms de lieux : minuscules latines sans accents ni ligatures, chiffres, et une
 * seule espace à la place de toute ponctuation. « L'Haÿ-les-Roses » devient « l hay les roses ». Calculée en Java, à
 * l'identique pour les données chargées et pour les saisies, ce qui évite d'exiger l'extension unaccent.
 */
final class FormeNormalisee {

    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATEURS = Pattern.compile("[^a-z0-9]+");
    /** Abréviations de « saint » et « sainte », seulement devant un autre mot : « st » seul peut être « Strasbourg ». */
    private static final Pattern SAINT = Pattern.compile("\\bst (?=\\S)");

    private static final Pattern SAINTE = Pattern.compile("\\bste (?=\\S)");

    private FormeNormalisee() {}

    /** La forme d'un nom officiel. */
    static String de(String texte) {
        if (texte == null) {
            return "";
        }
        String decompose = Normalizer.normalize(texte, Normalizer.Form.NFKD);
        String sansAccents = DIACRITIQUES
                .matcher(decompose)
                .replaceAll("")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .replace("ß", "ss");
        return SEPARATEURS
                .matcher(sansAccents.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    /** La forme d'une saisie : celle d'un nom, abréviations « st » et « ste » développées. */
    static String deSaisie(String texte) {
        String forme = de(texte);
        forme = SAINTE.matcher(forme).replaceAll("sainte ");
        return SAINT.matcher(forme).replaceAll("saint ");
    }
}
