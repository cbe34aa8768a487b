package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** La règle commune à tout texte saisi : rien qui n'a sa place dans un formulaire, ni sur un titre imprimé. */
class TextesLibresTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000b",
                "\u001b[31mrouge",
                "\u0007",
                "\u007f",
                "\u0085",
                "\u202Egnp.exe",
                "a\u202Ab",
                "\u2066isolé\u2069",
                "\uD800",
                "x\uDC00",
                "\uFFFE",
                "\uFDD0"
            })
    void unCaractereDeControleOuDInversionEstRefuse(String texte) {
        assertThat(TextesLibres.verifier(texte)).map(ErreurDeSaisie::code).contains("saisie.texte.caracteres");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Élise-Marie d’Aubigné",
                "12 rue de la République",
                "😀",
                "e\u0301",
                "ligne 1\nligne 2\tfin",
                "\u200B",
                ""
            })
    void unTexteOrdinaireEstAdmis(String texte) {
        assertThat(TextesLibres.verifier(texte)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1001, 10_000})
    void unTexteTropLongEstRefuse(int longueur) {
        assertThat(TextesLibres.verifier("a".repeat(longueur)))
                .contains(ErreurDeSaisie.de("saisie.texte.longueur", 1000));
        assertThat(TextesLibres.verifier("a".repeat(1000))).isEmpty();
    }
}
