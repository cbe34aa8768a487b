package fr.predemande.saisie;

import java.util.Optional;

/**
 * Ce que tout texte saisi doit respecter, quel que soit le champ : une longueur bornée, et aucun caractère qui n'a
 * rien à faire dans un formulaire et finirait imprimé sur un titre officiel — caractères de contrôle (NUL, échappement
 * de terminal…), inversions du sens d'écriture (U+202A à U+202E, U+2066 à U+2069, qui retournent le texte à
 * l'affichage), demi-caractères UTF-16 orphelins, non-caractères. La tabulation et les fins de ligne sont admises (elles
 * deviennent des espaces dans les champs d'une ligne). Les règles de chaque champ (noms, adresse…) s'ajoutent à celle-ci.
 */
public final class TextesLibres {

    /** Au-delà, ce n'est plus une saisie : aucun champ des formulaires n'en demande autant. */
    public static final int LONGUEUR_MAX = 1000;

    private TextesLibres() {}

    public static Optional<ErreurDeSaisie> verifier(String texte) {
        if (texte == null) {
            return Optional.empty();
        }
        if (texte.length() > LONGUEUR_MAX) {
            return Optional.of(ErreurDeSaisie.de("saisie.texte.longueur", LONGUEUR_MAX));
        }
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < texte.length()
                    && Character.isLowSurrogate(texte.charAt(i + 1))) {
                int point = texte.codePointAt(i);
                if ((point & 0xFFFE) == 0xFFFE) {
                    return Optional.of(ErreurDeSaisie.de("saisie.texte.caracteres"));
                }
                i++;
                continue;
            }
            if (interdit(c)) {
                return Optional.of(ErreurDeSaisie.de("saisie.texte.caracteres"));
            }
        }
        return Optional.empty();
    }

    static boolean interdit(char c) {
        boolean controle = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
        boolean inversion = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
        boolean orphelin = Character.isSurrogate(c);
        boolean nonCaractere = (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
        return controle || inversion || orphelin || nonCaractere;
    }
}
