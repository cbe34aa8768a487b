package fr.predemande.demande.internal;

import java.util.Locale;

/** Le texte libre des formulaires : jamais nul, gardé tel que tapé sauf là où une forme unique s'impose. */
final class Textes {

    private Textes() {}

    static String texte(String saisie) {
        return saisie == null ? "" : saisie;
    }

    /** Un numéro de titre se recopie avec des espaces et en minuscules (« 17cx 84521 ») : une seule forme, « 17CX84521 ». */
    static String numeroDeTitre(String saisie) {
        return texte(saisie).replaceAll("[\\s\\u00a0\\u202f]", "").toUpperCase(Locale.ROOT);
    }
}
