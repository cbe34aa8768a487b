package fr.predemande.saisie;

import static fr.predemande.support.Generateurs.UNICODE;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.chainesQuelconques;
import static fr.predemande.support.Generateurs.listes;
import static fr.predemande.support.Generateurs.plage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MotsDePasseProperties {

    @Test
    void toutMotDePasseDeMoinsDeDouzeCaracteresEstRefuse() {
        qt().forAll(chaines(UNICODE, 0, 11), listes(chaines(UNICODE, 0, 20)))
                .checkAssert((motDePasse, donnees) -> assertThat(MotsDePasse.verifier(motDePasse, donnees))
                        .map(ErreurDeSaisie::code)
                        .hasValueSatisfying(code -> assertThat(code)
                                .isIn("saisie.mot-de-passe.obligatoire", "saisie.mot-de-passe.longueur")));
    }

    @Test
    void toutMotDePasseDePlusDe128CaracteresEstRefuse() {
        qt().withExamples(200)
                .forAll(chaines(UNICODE, 129, 300))
                .checkAssert(motDePasse -> assertThat(MotsDePasse.verifier(motDePasse, List.of()))
                        .contains(ErreurDeSaisie.de("saisie.mot-de-passe.trop-long", 128)));
    }

    /** Mots de passe en minuscules (zxcvbn compte chaque variante de casse comme une difficulté de plus). */
    private static Gen<String> motsDePasseEnMinuscules() {
        return chaines(plage('a', 'z') + plage('0', '9') + "-_.!?*", 12, 40);
    }

    @Test
    void unMotDePasseFaitDeSesPropresDonneesEstRefuse() {
        qt().withExamples(300).forAll(motsDePasseEnMinuscules()).checkAssert(motDePasse -> {
            assertThat(MotsDePasse.verifier(motDePasse, List.of("Jean", motDePasse)))
                    .contains(ErreurDeSaisie.de("saisie.mot-de-passe.faible"));
            assertThat(MotsDePasse.verifier(motDePasse.toUpperCase(Locale.ROOT), List.of(motDePasse)))
                    .contains(ErreurDeSaisie.de("saisie.mot-de-passe.faible"));
        });
    }

    @Test
    void lesDonneesPersonnellesNeRendentJamaisUnMotDePassePlusSur() {
        qt().withExamples(300)
                .forAll(motsDePasseEnMinuscules(), listes(chaines(UNICODE, 1, 15)))
                .checkAssert((motDePasse, donnees) -> {
                    if (MotsDePasse.verifier(motDePasse, List.of()).isPresent()) {
                        assertThat(MotsDePasse.verifier(motDePasse, donnees)).isPresent();
                    }
                });
    }

    @Test
    void verifierNeLeveJamaisDException() {
        qt().withExamples(300)
                .forAll(chaines(UNICODE, 0, 140), listes(chainesQuelconques()))
                .checkAssert((motDePasse, donnees) ->
                        assertThat(MotsDePasse.verifier(motDePasse, donnees)).isNotNull());
    }
}
