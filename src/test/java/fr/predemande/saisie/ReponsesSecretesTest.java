package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReponsesSecretesTest {

    private static String code(Optional<ErreurDeSaisie> erreur) {
        return erreur.map(ErreurDeSaisie::code).orElse(null);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Éléonore  d’Arc            | eleonore d arc",
                "eleonore d arc             | eleonore d arc",
                "ÉLÉONORE D'ARC             | eleonore d arc",
                "  L'HÔPITAL-Saint-Ça !!    | l hopital saint ca",
                "Lætitia                    | laetitia",
                "Cœur de Lion               | coeur de lion",
                "Straße                     | strasse",
                "Rex, 2e du nom (2004)      | rex 2e du nom 2004",
                "Le\u0301a                      | lea"
            })
    void normaliserNeGardeQueLesLettresEtLesChiffres(String brut, String attendu) {
        assertThat(ReponsesSecretes.normaliser(brut)).isEqualTo(attendu);
    }

    @Test
    void deuxSaisiesDeLaMemeReponseSontEgalesApresNormalisation() {
        assertThat(ReponsesSecretes.normaliser("Éléonore  d’Arc"))
                .isEqualTo(ReponsesSecretes.normaliser("eleonore d arc"));
        assertThat(ReponsesSecretes.normaliser("Éléonore d’Arc"))
                .isNotEqualTo(ReponsesSecretes.normaliser("Eleonore Darc"));
    }

    @Test
    void normaliserNullDonneUneChaineVide() {
        assertThat(ReponsesSecretes.normaliser(null)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "?!", " - ' "})
    void refuseUneReponseVide(String brut) {
        assertThat(code(ReponsesSecretes.verifier(brut))).isEqualTo("saisie.reponse-secrete.obligatoire");
    }

    @Test
    void exigeDeDeuxACentCaracteresNormalises() {
        assertThat(ReponsesSecretes.verifier("a"))
                .contains(ErreurDeSaisie.de("saisie.reponse-secrete.longueur", 2, 100));
        assertThat(ReponsesSecretes.verifier("É!"))
                .contains(ErreurDeSaisie.de("saisie.reponse-secrete.longueur", 2, 100));
        assertThat(ReponsesSecretes.verifier("ab")).isEmpty();
        assertThat(ReponsesSecretes.verifier("Œ")).isEmpty(); // « oe » : deux lettres
        assertThat(ReponsesSecretes.verifier("é".repeat(100))).isEmpty();
        assertThat(code(ReponsesSecretes.verifier("e".repeat(101)))).isEqualTo("saisie.reponse-secrete.longueur");
    }

    @Test
    void laPonctuationNeCompteNiPourLaLongueurNiPourLaComparaison() {
        assertThat(ReponsesSecretes.verifier("!!! a !!!")).isPresent();
        assertThat(ReponsesSecretes.verifier("." + "a".repeat(100) + ".")).isEmpty();
    }
}
