package fr.predemande.saisie;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Règles de la réponse à la question secrète. L'usager la retape de mémoire, parfois des années plus tard et sur un
 * autre clavier : on ne compare que les lettres et les chiffres, sans casse, sans accents ni ponctuation.
 */
public final class ReponsesSecretes {

    static final int LONGUEUR_MIN = 2;
    static final int LONGUEUR_MAX = 100;

    private ReponsesSecretes() {}

    /**
     * Forme de comparaison : « Éléonore  d’Arc » et « eleonore d arc » donnent toutes deux « eleonore d arc ». C'est
     * sur cette forme qu'on compare, et qu'on hache avant de l'enregistrer.
     */
    public static String normaliser(String brut) {
        if (brut == null) {
            return "";
        }
        // Minuscules avant décomposition : « İ » donne alors « i » suivi d'un point suscrit, que l'on retire ensuite.
        String decompose = Normalizer.normalize(brut.toLowerCase(Locale.FRENCH), Normalizer.Form.NFD);
        StringBuilder resultat = new StringBuilder(decompose.length());
        boolean espaceEnAttente = false;
        for (int i = 0; i < decompose.length(); ) {
            int c = decompose.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String equivalent = equivalent(c);
            if (equivalent == null) {
                espaceEnAttente = resultat.length() > 0;
                continue;
            }
            if (espaceEnAttente) {
                resultat.append(' ');
                espaceEnAttente = false;
            }
            resultat.append(equivalent);
        }
        return resultat.toString();
    }

    /** Vérifie une réponse secrète, obligatoire, sur sa forme normalisée. */
    public static Optional<ErreurDeSaisie> verifier(String brut) {
        String reponse = normaliser(brut);
        if (reponse.isEmpty()) {
            return Optional.of(ErreurDeSaisie.de("saisie.reponse-secrete.obligatoire"));
        }
        int longueur = reponse.codePointCount(0, reponse.length());
        if (longueur < LONGUEUR_MIN || longueur > LONGUEUR_MAX) {
            return Optional.of(ErreurDeSaisie.de("saisie.reponse-secrete.longueur", LONGUEUR_MIN, LONGUEUR_MAX));
        }
        return Optional.empty();
    }

    /**
     * Ce que devient un caractère déjà en minuscules et sans accent : lui-même s'il est une lettre ou un chiffre,
     * {@code null} (un séparateur) sinon. Les ligatures, que la décomposition Unicode ne sépare pas, sont écrites en
     * toutes lettres : « Lætitia » se retape souvent « Laetitia », « cœur » « coeur ».
     */
    private static String equivalent(int c) {
        switch (c) {
            case 'œ':
                return "oe";
            case 'æ':
                return "ae";
            case 'ß':
                return "ss";
            default:
                return Character.isLetterOrDigit(c) ? Character.toString(c) : null;
        }
    }
}
