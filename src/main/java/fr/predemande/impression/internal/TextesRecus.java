package fr.predemande.impression.internal;

import java.text.Normalizer;

/**
 * Les textes reçus de l’appelant, rendus imprimables : forme normale NFC, et sans les caractères qu’un document ne peut
 * pas porter (caractères de contrôle, moitiés de paires de substitution). Une saisie abîmée donne un document, pas une
 * erreur ; et sur une imprimante qui lit des commandes (ESC/POS), aucun nom ne peut en glisser une.
 */
final class TextesRecus {

    private TextesRecus() {}

    static String propre(String brut) {
        String nfc = Normalizer.normalize(brut, Normalizer.Form.NFC);
        var propre = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(c -> {
            if (c == '\t' || c == '\n' || c == '\r') {
                propre.append(' ');
            } else if ((c >= 0x20 && c < 0x7F)
                    || (c > 0x9F && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000) {
                // ni C0 ni DEL ni C1 : des commandes pour un terminal ou une imprimante, jamais du texte
                propre.appendCodePoint(c);
            }
        });
        return propre.toString();
    }
}
