package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CourrielsTest {

    private static String code(Optional<ErreurDeSaisie> erreur) {
        return erreur.map(ErreurDeSaisie::code).orElse(null);
    }

    @Test
    void normaliserRetireLesEspacesEtMetLeDomaineEnMinuscules() {
        assertThat(Courriels.normaliser("  Jean.Dupont@Exemple.GOUV.FR \t")).isEqualTo("Jean.Dupont@exemple.gouv.fr");
        assertThat(Courriels.normaliser("Sans.Arobase")).isEqualTo("Sans.Arobase");
        assertThat(Courriels.normaliser(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jean.dupont@exemple.fr",
                "Jean.Dupont+test@Exemple.FR",
                "jean@sous.domaine.gouv.fr",
                "o'neil@exemple.fr",
                "a@b.co",
                "  jean@exemple.fr  ",
                "jean_dupont-75@mairie-paris.fr",
                "jean@élysée.fr",
                "jean@xn--lyse-bsab.fr",
                "jean@exemple.рф",
                "1234@123.fr",
                "j!#$%&*=?^`{|}~@exemple.fr"
            })
    void accepteLesAdressesCourantes(String adresse) {
        assertThat(Courriels.verifier(adresse)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refuseUneAdresseVide(String adresse) {
        assertThat(code(Courriels.verifier(adresse))).isEqualTo("saisie.courriel.obligatoire");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jean.dupont",
                "jean@@exemple.fr",
                "jean@dupont@exemple.fr",
                "@exemple.fr",
                "jean@",
                "jean@exemple",
                "jean@exemple.f",
                "jean@exemple.123",
                "jean@exemple.f1",
                "jean@-exemple.fr",
                "jean@exemple-.fr",
                "jean@exemple..fr",
                "jean@exemple.fr.",
                "jean@.exemple.fr",
                "jean dupont@exemple.fr",
                "jean(dupont)@exemple.fr",
                "jean:dupont@exemple.fr",
                "jean;dupont@exemple.fr",
                "<jean@exemple.fr>",
                "\"jean\"@exemple.fr",
                "jean[1]@exemple.fr",
                "jean\\dupont@exemple.fr",
                "jean,paul@exemple.fr",
                "jéan@exemple.fr",
                ".jean@exemple.fr",
                "jean.@exemple.fr",
                "jean..dupont@exemple.fr",
                "jean@exem_ple.fr",
                "jean@exem ple.fr",
                "jean@exemple.fr, paul@exemple.fr",
                "jean@[192.168.0.1]"
            })
    void refuseLesAdressesMalFormees(String adresse) {
        assertThat(code(Courriels.verifier(adresse))).isEqualTo("saisie.courriel.format");
    }

    @Test
    void limiteLaPartieLocaleA64Caracteres() {
        assertThat(Courriels.verifier("a".repeat(64) + "@exemple.fr")).isEmpty();
        assertThat(code(Courriels.verifier("a".repeat(65) + "@exemple.fr"))).isEqualTo("saisie.courriel.format");
    }

    @Test
    void limiteLesLibellesDuDomaineA63Caracteres() {
        assertThat(Courriels.verifier("jean@" + "d".repeat(63) + ".fr")).isEmpty();
        assertThat(code(Courriels.verifier("jean@" + "d".repeat(64) + ".fr"))).isEqualTo("saisie.courriel.format");
    }

    @Test
    void limiteLAdresseA254Caracteres() {
        String domaine = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(58) + ".fr";
        String adresse = "d".repeat(64) + "@" + domaine;
        assertThat(adresse).hasSize(254);

        assertThat(Courriels.verifier(adresse)).isEmpty();
        assertThat(Courriels.verifier("e" + adresse.substring(1).replaceFirst("@", "@x")))
                .contains(ErreurDeSaisie.de("saisie.courriel.longueur", 254));
    }
}
