package fr.predemande.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Le retour au formulaire ne peut mener qu'à une page de ce site : pas de redirection ouverte. */
class AdresseDeRetourTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example",
                "//evil.example",
                "/\\evil.example",
                "\\\\evil.example",
                "http:/evil.example",
                "javascript:alert(1)",
                "evil.example",
                "",
                " /demandes",
                "/demandes\n/x",
                "/a#b",
                "/a b",
                "/a\"onclick=\"x",
                "/<script>"
            })
    void uneAdresseHorsDuSiteEstRefusee(String retour) {
        assertThatIllegalArgumentException().isThrownBy(() -> new AdresseDeRetour(retour));
    }

    @Test
    void unCheminDuSiteEstAccepteEtRecoitLaCommuneChoisie() {
        assertThat(new AdresseDeRetour("/demandes/brouillon/etat-civil")
                        .avec("naissance.commune", "Saint-Étienne (42000)"))
                .isEqualTo("/demandes/brouillon/etat-civil?naissance.commune=Saint-%C3%89tienne+%2842000%29");
        assertThat(new AdresseDeRetour("/demandes?section=2").avec("commune", "Paris (75001)"))
                .isEqualTo("/demandes?section=2&commune=Paris+%2875001%29");
        // encodés, les caractères de contrôle restent du texte dans le chemin d'une page de ce site
        assertThat(new AdresseDeRetour("/a%0d%0aSet-Cookie:x").chemin()).isEqualTo("/a%0d%0aSet-Cookie:x");
    }

    @Test
    void unNomDeChampDouteuxEstRefuse() {
        assertThat(AdresseDeRetour.champValide("parents[0].commune")).isTrue();
        assertThat(AdresseDeRetour.champValide("commune&x=1")).isFalse();
        assertThat(AdresseDeRetour.champValide("")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new AdresseDeRetour("/x").avec("a=b", "c"));
    }
}
