package fr.predemande.saisie;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * Règles de l'adresse électronique. On vérifie la forme, pas l'existence : seul le lien de confirmation envoyé à
 * l'adresse prouve qu'elle appartient à l'usager. La règle est donc volontairement plus simple que la RFC 5322
 * (pas de partie locale entre guillemets ni de commentaires), pour refuser les fautes de frappe courantes sans
 * rejeter les adresses réelles.
 */
public final class Courriels {

    /** Limite pratique d'un chemin SMTP (RFC 5321) : une adresse plus longue ne pourrait pas recevoir de courriel. */
    static final int LONGUEUR_MAX = 254;

    static final int LONGUEUR_MAX_PARTIE_LOCALE = 64;
    private static final int LONGUEUR_MAX_LIBELLE = 63;
    private static final String CARACTERES_INTERDITS_PARTIE_LOCALE = "\"(),:;<>[\\]";

    private Courriels() {}

    /**
     * Forme canonique : sans espaces autour, domaine en minuscules. La partie locale garde sa casse, car elle
     * appartient au serveur de destination, qui peut en théorie la distinguer.
     */
    public static String normaliser(String brut) {
        if (brut == null) {
            return "";
        }
        String adresse = brut.strip();
        int arobase = adresse.lastIndexOf('@');
        if (arobase < 0) {
            return adresse;
        }
        return adresse.substring(0, arobase + 1)
                + adresse.substring(arobase + 1).toLowerCase(Locale.ROOT);
    }

    /** Vérifie une adresse électronique, obligatoire. */
    public static Optional<ErreurDeSaisie> verifier(String brut) {
        String adresse = normaliser(brut);
        if (adresse.isEmpty()) {
            return Optional.of(ErreurDeSaisie.de("saisie.courriel.obligatoire"));
        }
        if (adresse.length() > LONGUEUR_MAX) {
            return Optional.of(ErreurDeSaisie.de("saisie.courriel.longueur", LONGUEUR_MAX));
        }
        int arobase = adresse.indexOf('@');
        if (arobase < 0
                || arobase != adresse.lastIndexOf('@')
                || !partieLocaleValide(adresse.substring(0, arobase))
                || !domaineValide(adresse.substring(arobase + 1))) {
            return Optional.of(ErreurDeSaisie.de("saisie.courriel.format"));
        }
        return Optional.empty();
    }

    /**
     * ASCII imprimable sans espace ni caractère spécial de la RFC 5322. Les points mal placés (en tête, en fin ou
     * doublés) sont aussi refusés : Jakarta Mail rejetterait l'adresse au moment d'envoyer le courriel.
     */
    private static boolean partieLocaleValide(String partieLocale) {
        if (partieLocale.isEmpty()
                || partieLocale.length() > LONGUEUR_MAX_PARTIE_LOCALE
                || partieLocale.startsWith(".")
                || partieLocale.endsWith(".")
                || partieLocale.contains("..")) {
            return false;
        }
        for (int i = 0; i < partieLocale.length(); i++) {
            char c = partieLocale.charAt(i);
            if (c <= ' ' || c > '~' || CARACTERES_INTERDITS_PARTIE_LOCALE.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Nom de domaine d'au moins deux libellés, dont le dernier (domaine de premier niveau) fait au moins deux
     * lettres. Un domaine internationalisé (« élysée.fr ») est jugé sur sa forme ASCII, celle qu'utilise le DNS.
     */
    private static boolean domaineValide(String domaine) {
        String ascii;
        try {
            ascii = IDN.toASCII(domaine);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (ascii.isEmpty() || ascii.endsWith(".")) {
            return false;
        }
        String[] libelles = ascii.split("\\.", -1);
        if (libelles.length < 2) {
            return false;
        }
        for (String libelle : libelles) {
            if (!libelleValide(libelle)) {
                return false;
            }
        }
        return premierNiveauValide(libelles[libelles.length - 1]);
    }

    private static boolean libelleValide(String libelle) {
        if (libelle.isEmpty()
                || libelle.length() > LONGUEUR_MAX_LIBELLE
                || libelle.startsWith("-")
                || libelle.endsWith("-")) {
            return false;
        }
        for (int i = 0; i < libelle.length(); i++) {
            char c = libelle.charAt(i);
            boolean lettreOuChiffre = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!lettreOuChiffre && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Au moins deux lettres ; un domaine de premier niveau internationalisé (« .рф ») arrive en « xn--… ». */
    private static boolean premierNiveauValide(String premierNiveau) {
        if (premierNiveau.startsWith("xn--")) {
            return true;
        }
        if (premierNiveau.length() < 2) {
            return false;
        }
        for (int i = 0; i < premierNiveau.length(); i++) {
            char c = premierNiveau.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }
}
