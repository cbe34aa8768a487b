package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IdentifiantsProperties {

    private static final String ADMIS = "abcdefghijklmnopqrstuvwxyz0123456789._-@";

    @Provide
    Arbitrary<String> identifiantsValides() {
        Arbitrary<Character> premier = Arbitraries.chars().range('a', 'z').range('0', '9');
        Arbitrary<String> suite = Arbitraries.strings().withChars(ADMIS.toCharArray()).ofMinLength(3).ofMaxLength(49);
        return Combinators.combine(premier, suite).as((debut, reste) -> debut + reste);
    }

    @Property
    void toutIdentifiantBienFormeEstAccepteQuelleQueSoitSaCasse(@ForAll("identifiantsValides") String identifiant) {
        assertThat(Identifiants.verifier(identifiant)).isEmpty();
        assertThat(Identifiants.verifier(" " + identifiant.toUpperCase(Locale.ROOT) + " ")).isEmpty();
        assertThat(Identifiants.normaliser(identifiant.toUpperCase(Locale.ROOT))).isEqualTo(identifiant);
    }

    @Property
    void unCaractereHorsAlphabetEstRefuse(@ForAll("identifiantsValides") String identifiant,
            @ForAll("horsAlphabet") char intrus, @ForAll @IntRange(min = 1, max = 50) int position) {
        int ou = Math.min(position, identifiant.length());
        String avecIntrus = identifiant.substring(0, ou) + intrus + identifiant.substring(ou);

        assertThat(Identifiants.verifier(avecIntrus)).contains(ErreurDeSaisie.de("saisie.identifiant.format"));
    }

    @Provide
    Arbitrary<Character> horsAlphabet() {
        // Ni lettre ASCII (une majuscule deviendrait minuscule), ni chiffre, ni . _ - @ ; ni le signe kelvin, qui
        // se met en minuscule en « k ».
        return Arbitraries.chars()
                .filter(c -> ADMIS.indexOf(Character.toLowerCase(c)) < 0 && !(c >= 'A' && c <= 'Z')
                        && c != '\u212a' && c != '\u0130' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && !Character.isSurrogate(c));
    }

    @Property
    void normaliserEstIdempotent(@ForAll String brut) {
        String une = Identifiants.normaliser(brut);
        assertThat(Identifiants.normaliser(une)).isEqualTo(une);
    }
}
