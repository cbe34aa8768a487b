package fr.predemande.saisie;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Règles du mot de passe, dans l'esprit des recommandations de l'ANSSI et du NIST (SP 800-63B) : une longueur
 * minimale et une estimation de la difficulté à le deviner, mais aucune règle de composition (« une majuscule, un
 * chiffre… »), qui pousse vers des mots de passe prévisibles comme « Motdepasse1! ».
 */
public final class MotsDePasse {

    static final int LONGUEUR_MIN = 12;
    /** Assez pour une phrase de passe, et borne le coût du calcul de robustesse et du hachage. */
    static final int LONGUEUR_MAX = 128;
    /** Score zxcvbn de 0 à 4 ; 3 correspond à plus de 10^8 essais, hors de portée d'une attaque en ligne. */
    static final int SCORE_MIN = 3;
    /** En deçà, un fragment (« 12 », « de ») rapprocherait à tort des mots de passe sans rapport avec l'usager. */
    private static final int LONGUEUR_MIN_FRAGMENT = 3;

    /*
     * Une seule instance, partagée : sa construction charge les dictionnaires (coûteuse), et elle est sûre entre
     * fils d'exécution. Le contexte (dictionnaires, claviers) n'est plus modifié après construction, et chaque appel
     * à measure() crée ses propres objets de calcul, y compris le dictionnaire des données personnelles (vérifié
     * dans le code de zxcvbn4j 1.9.0 ; confirmé par ses mainteneurs, nulab/zxcvbn4j#71).
     */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private MotsDePasse() {}

    /**
     * Vérifie un mot de passe, obligatoire. Les données personnelles de l'usager (nom, prénoms, date de naissance,
     * adresse électronique, identifiant…) servent de dictionnaire supplémentaire : « Dupont1980 » n'est pas un
     * secret pour qui connaît M. Dupont. La liste peut être vide, ou contenir des valeurs nulles.
     */
    public static Optional<ErreurDeSaisie> verifier(String motDePasse, List<String> donneesPersonnelles) {
        if (motDePasse == null || motDePasse.isEmpty()) {
            return Optional.of(ErreurDeSaisie.de("saisie.mot-de-passe.obligatoire"));
        }
        // Caractères au sens de l'usager : un émoji compte pour un, pas pour les deux « char » de sa paire UTF-16.
        int longueur = motDePasse.codePointCount(0, motDePasse.length());
        if (longueur < LONGUEUR_MIN) {
            return Optional.of(ErreurDeSaisie.de("saisie.mot-de-passe.longueur", LONGUEUR_MIN));
        }
        if (longueur > LONGUEUR_MAX) {
            return Optional.of(ErreurDeSaisie.de("saisie.mot-de-passe.trop-long", LONGUEUR_MAX));
        }
        if (ZXCVBN.measure(motDePasse, motsPersonnels(donneesPersonnelles)).getScore() < SCORE_MIN) {
            return Optional.of(ErreurDeSaisie.de("saisie.mot-de-passe.faible"));
        }
        return Optional.empty();
    }

    /**
     * Dictionnaire tiré des données personnelles : chaque donnée entière, ses fragments (« jean-pierre » donne
     * « jean » et « pierre ») et leur concaténation (« jeanpierre », « 12051980 »), avec et sans accents, car on
     * tape souvent son prénom sans accent dans un mot de passe. zxcvbn compare en minuscules.
     */
    static List<String> motsPersonnels(List<String> donneesPersonnelles) {
        Set<String> mots = new LinkedHashSet<>();
        if (donneesPersonnelles == null) {
            return List.of();
        }
        for (String donnee : donneesPersonnelles) {
            if (donnee == null || donnee.isBlank()) {
                continue;
            }
            String minuscules =
                    Normalizer.normalize(donnee.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            for (String variante : List.of(minuscules, sansAccents(minuscules))) {
                ajouterAvecFragments(mots, variante);
            }
        }
        return new ArrayList<>(mots);
    }

    private static void ajouterAvecFragments(Set<String> mots, String donnee) {
        mots.add(donnee);
        StringBuilder concatenation = new StringBuilder();
        StringBuilder fragment = new StringBuilder();
        for (int i = 0; i <= donnee.length(); i++) {
            char c = i < donnee.length() ? donnee.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                fragment.append(c);
                concatenation.append(c);
            } else {
                if (fragment.length() >= LONGUEUR_MIN_FRAGMENT) {
                    mots.add(fragment.toString());
                }
                fragment.setLength(0);
            }
        }
        if (concatenation.length() >= LONGUEUR_MIN_FRAGMENT) {
            mots.add(concatenation.toString());
        }
    }

    private static String sansAccents(String texte) {
        String decompose = Normalizer.normalize(texte, Normalizer.Form.NFD);
        StringBuilder resultat = new StringBuilder(decompose.length());
        for (int i = 0; i < decompose.length(); i++) {
            char c = decompose.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                resultat.append(c);
            }
        }
        return resultat.toString();
    }
}
