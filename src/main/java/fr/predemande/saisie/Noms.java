package fr.predemande.saisie;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Règles des noms (nom de famille, nom d'usage) et des prénoms, tels qu'ils figureront sur le titre.
 *
 * <p>L'alphabet est celui de l'état civil français : lettres latines et diacritiques du français, espace, tiret et
 * apostrophe. Tout autre caractère ne pourrait pas être reproduit tel quel sur le titre : on le refuse dès la saisie
 * plutôt que de laisser l'agent le corriger plus tard.
 */
public final class Noms {

    static final int LONGUEUR_MAX_NOM = 80;
    static final int LONGUEUR_MAX_PRENOM = 40;
    static final int NOMBRE_MAX_PRENOMS = 10;

    /** Lettres accentuées et ligatures admises, en plus de a-z et A-Z (forme composée NFC). */
    static final String LETTRES_ACCENTUEES = "àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ";

    private static final char APOSTROPHE = '\'';
    /** Apostrophe typographique, que les claviers de téléphone et les traitements de texte insèrent d'office. */
    private static final char APOSTROPHE_TYPOGRAPHIQUE = '\u2019';

    private Noms() {}

    /**
     * Forme canonique d'une saisie : composée (NFC, pour qu'un « é » tapé en deux points de code soit une seule
     * lettre), sans espaces superflus, apostrophe droite. Ne vérifie rien : {@code null} donne une chaîne vide.
     */
    public static String normaliser(String brut) {
        if (brut == null) {
            return "";
        }
        String compose = Normalizer.normalize(brut, Normalizer.Form.NFC);
        StringBuilder resultat = new StringBuilder(compose.length());
        boolean espaceEnAttente = false;
        for (int i = 0; i < compose.length(); i++) {
            char c = compose.charAt(i);
            if (estBlanc(c)) {
                espaceEnAttente = resultat.length() > 0;
                continue;
            }
            if (espaceEnAttente) {
                resultat.append(' ');
                espaceEnAttente = false;
            }
            resultat.append(c == APOSTROPHE_TYPOGRAPHIQUE ? APOSTROPHE : c);
        }
        return resultat.toString();
    }

    /** Vérifie un nom de famille ou un nom d'usage, obligatoire. */
    public static Optional<ErreurDeSaisie> verifierNom(String brut) {
        String nom = normaliser(brut);
        if (nom.isEmpty()) {
            return Optional.of(ErreurDeSaisie.de("saisie.nom.obligatoire"));
        }
        if (!caracteresAdmis(nom, true)) {
            return Optional.of(ErreurDeSaisie.de("saisie.nom.caracteres"));
        }
        if (!separateursBienPlaces(nom)) {
            return Optional.of(ErreurDeSaisie.de("saisie.nom.separateurs"));
        }
        if (nom.length() > LONGUEUR_MAX_NOM) {
            return Optional.of(ErreurDeSaisie.de("saisie.nom.longueur", LONGUEUR_MAX_NOM));
        }
        return Optional.empty();
    }

    /**
     * Découpe le champ unique des prénoms, séparés par des virgules et/ou des espaces, dans l'ordre de saisie. Le
     * tiret lie un prénom composé (« Jean-Pierre » est un seul prénom) ; les séparateurs répétés ne créent pas de
     * prénom vide.
     */
    public static List<String> decouperPrenoms(String brut) {
        String saisie = normaliser(brut);
        List<String> prenoms = new ArrayList<>();
        StringBuilder courant = new StringBuilder();
        for (int i = 0; i < saisie.length(); i++) {
            char c = saisie.charAt(i);
            if (c == ',' || c == ' ') {
                ajouterSiNonVide(prenoms, courant);
            } else {
                courant.append(c);
            }
        }
        ajouterSiNonVide(prenoms, courant);
        return List.copyOf(prenoms);
    }

    /** Vérifie le champ des prénoms, obligatoire : au moins un prénom. */
    public static Optional<ErreurDeSaisie> verifierPrenoms(String brut) {
        List<String> prenoms = decouperPrenoms(brut);
        if (prenoms.isEmpty()) {
            return Optional.of(ErreurDeSaisie.de("saisie.prenoms.obligatoire"));
        }
        // Une règle après l'autre sur l'ensemble des prénoms : le message désigne le défaut le plus fondamental.
        if (!prenoms.stream().allMatch(prenom -> caracteresAdmis(prenom, false))) {
            return Optional.of(ErreurDeSaisie.de("saisie.prenoms.caracteres"));
        }
        if (!prenoms.stream().allMatch(Noms::separateursBienPlaces)) {
            return Optional.of(ErreurDeSaisie.de("saisie.prenoms.separateurs"));
        }
        if (prenoms.stream().anyMatch(prenom -> prenom.length() > LONGUEUR_MAX_PRENOM)) {
            return Optional.of(ErreurDeSaisie.de("saisie.prenoms.longueur", LONGUEUR_MAX_PRENOM));
        }
        if (prenoms.size() > NOMBRE_MAX_PRENOMS) {
            return Optional.of(ErreurDeSaisie.de("saisie.prenoms.nombre", NOMBRE_MAX_PRENOMS));
        }
        return Optional.empty();
    }

    /** Nom en capitales pour l'affichage, accents conservés (« Lefèvre » donne « LEFÈVRE », comme sur le titre). */
    public static String enMajuscules(String nom) {
        return normaliser(nom).toUpperCase(Locale.FRENCH);
    }

    static boolean estLettre(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || LETTRES_ACCENTUEES.indexOf(c) >= 0;
    }

    static boolean estSeparateur(char c) {
        return c == ' ' || c == '-' || c == APOSTROPHE;
    }

    private static boolean caracteresAdmis(String texte, boolean espaceAdmis) {
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (!estLettre(c) && !(estSeparateur(c) && (espaceAdmis || c != ' '))) {
                return false;
            }
        }
        return true;
    }

    /** Pas de séparateur en tête ni en fin, ni deux à la suite (« Dupont--Durand », « d' Arc »). */
    private static boolean separateursBienPlaces(String texte) {
        if (estSeparateur(texte.charAt(0)) || estSeparateur(texte.charAt(texte.length() - 1))) {
            return false;
        }
        for (int i = 1; i < texte.length(); i++) {
            if (estSeparateur(texte.charAt(i)) && estSeparateur(texte.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Espaces au sens large : l'espace insécable d'un copier-coller compte comme un espace ordinaire. */
    private static boolean estBlanc(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static void ajouterSiNonVide(List<String> prenoms, StringBuilder courant) {
        if (courant.length() > 0) {
            prenoms.add(courant.toString());
            courant.setLength(0);
        }
    }
}
