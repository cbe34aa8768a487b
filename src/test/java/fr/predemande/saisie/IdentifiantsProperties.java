package fr.predemande.saisie;

import static fr.predemande.support.Generateurs.UNICODE;
import static fr.predemande.support.Generateurs.caracteres;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.chainesQuelconques;
import static fr.predemande.support.Generateurs.plage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IdentifiantsProperties {

    private static final String ADMIS = "abcdefghijklmnopqrstuvwxyz0123456789._-@";

    private static Gen<String> identifiantsValides() {
        Gen<Character> premier = caracteres(plage('a', 'z') + plage('0', '9'));
        Gen<String> suite = chaines(ADMIS, 3, 49);
        return premier.zip(suite, (debut, reste) -> debut + reste);
    }

    @Test
    void toutIdentifiantBienFormeEstAccepteQuelleQueSoitSaCasse() {
        qt().forAll(identifiantsValides()).checkAssert(identifiant -> {
            assertThat(Identifiants.verifier(identifiant)).isEmpty();
            assertThat(Identifiants.verifier(" " + identifiant.toUpperCase(Locale.ROOT) + " "))
                    .isEmpty();
            assertThat(Identifiants.normaliser(identifiant.toUpperCase(Locale.ROOT)))
                    .isEqualTo(identifiant);
        });
    }

    @Test
    void unCaractereHorsAlphabetEstRefuse() {
        qt().forAll(identifiantsValides(), horsAlphabet(), integers().between(1, 50))
                .checkAssert((identifiant, intrus, position) -> {
                    int ou = Math.min(position, identifiant.length());
                    String avecIntrus = identifiant.substring(0, ou) + intrus + identifiant.substring(ou);

                    assertThat(Identifiants.verifier(avecIntrus))
                            .contains(ErreurDeSaisie.de("saisie.identifiant.format"));
                });
    }

    /**
     * Ni lettre ASCII (une majuscule deviendrait minuscule), ni chiffre, ni . _ - @ ; ni le signe kelvin, qui se met
     * en minuscule en « k » ; ni blanc. L'alphabet est écarté d'avance plutôt que filtré au tirage.
     */
    private static final String HORS_ALPHABET = UNICODE.chars()
            .filter(c -> ADMIS.indexOf(Character.toLowerCase(c)) < 0
                    && !(c >= 'A' && c <= 'Z')
                    && c != '\u212a'
                    && c != '\u0130'
                    && !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && !Character.isSurrogate((char) c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();

    private static Gen<Character> horsAlphabet() {
        return caracteres(HORS_ALPHABET);
    }

    @Test
    void normaliserEstIdempotent() {
        qt().forAll(chainesQuelconques()).checkAssert(brut -> {
            String une = Identifiants.normaliser(brut);
            assertThat(Identifiants.normaliser(une)).isEqualTo(une);
        });
    }
}
