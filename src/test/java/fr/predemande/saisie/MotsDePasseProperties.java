package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class MotsDePasseProperties {

    @Property
    void toutMotDePasseDeMoinsDeDouzeCaracteresEstRefuse(@ForAll @StringLength(max = 11) String motDePasse,
            @ForAll List<@StringLength(max = 20) String> donnees) {
        assertThat(MotsDePasse.verifier(motDePasse, donnees)).map(ErreurDeSaisie::code)
                .hasValueSatisfying(code -> assertThat(code)
                        .isIn("saisie.mot-de-passe.obligatoire", "saisie.mot-de-passe.longueur"));
    }

    @Property(tries = 200)
    void toutMotDePasseDePlusDe128CaracteresEstRefuse(@ForAll @StringLength(min = 129, max = 300) String motDePasse) {
        assertThat(MotsDePasse.verifier(motDePasse, List.of()))
                .contains(ErreurDeSaisie.de("saisie.mot-de-passe.trop-long", 128));
    }

    /** Mots de passe en minuscules (zxcvbn compte chaque variante de casse comme une difficulté de plus). */
    @Provide
    Arbitrary<String> motsDePasseEnMinuscules() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("-_.!?*".toCharArray())
                .ofMinLength(12).ofMaxLength(40);
    }

    @Property(tries = 300)
    void unMotDePasseFaitDeSesPropresDonneesEstRefuse(@ForAll("motsDePasseEnMinuscules") String motDePasse) {
        assertThat(MotsDePasse.verifier(motDePasse, List.of("Jean", motDePasse)))
                .contains(ErreurDeSaisie.de("saisie.mot-de-passe.faible"));
        assertThat(MotsDePasse.verifier(motDePasse.toUpperCase(Locale.ROOT), List.of(motDePasse)))
                .contains(ErreurDeSaisie.de("saisie.mot-de-passe.faible"));
    }

    @Property(tries = 300)
    void lesDonneesPersonnellesNeRendentJamaisUnMotDePassePlusSur(@ForAll("motsDePasseEnMinuscules") String motDePasse,
            @ForAll List<@StringLength(min = 1, max = 15) String> donnees) {
        if (MotsDePasse.verifier(motDePasse, List.of()).isPresent()) {
            assertThat(MotsDePasse.verifier(motDePasse, donnees)).isPresent();
        }
    }

    @Property(tries = 300)
    void verifierNeLeveJamaisDException(@ForAll @StringLength(max = 140) String motDePasse, @ForAll List<String> donnees) {
        assertThat(MotsDePasse.verifier(motDePasse, donnees)).isNotNull();
    }
}
