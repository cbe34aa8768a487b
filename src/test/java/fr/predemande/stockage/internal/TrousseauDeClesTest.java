package fr.predemande.stockage.internal;

import static fr.predemande.stockage.internal.ChiffrementDesDocumentsTest.nouvelleCle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Les clés maîtresses de la configuration : une erreur dit quelle clé ne va pas, sans jamais en citer la valeur. */
class TrousseauDeClesTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[16]);

    @Test
    void laCleActiveEstNommeeOuLaSeuleDonnee() {
        assertThat(TrousseauDeCles.depuis(List.of(nouvelleCle("seule")), null).active())
                .isEqualTo("seule");
        String cle2025 = nouvelleCle("2025");
        String cle2026 = nouvelleCle("2026");
        var deux = TrousseauDeCles.depuis(List.of(cle2025, " " + cle2026 + " "), "2026");
        assertThat(deux.active()).isEqualTo("2026");
        assertThat(deux.identifiants()).containsExactly("2025", "2026");
        assertThat(deux.toString()).contains("2025", "2026").doesNotContain(cle2025.substring(5), cle2026.substring(5));
    }

    @Test
    void uneCleQuiNeFaitPas32OctetsEstRefuseeSansQueSaValeurSoitCitee() {
        assertThatIllegalStateException()
                .isThrownBy(() -> TrousseauDeCles.depuis(List.of("courte:" + SECRET), null))
                .withMessageContaining("« courte » fait 16 octets au lieu de 32")
                .withMessageContaining("openssl rand -base64 32")
                .withMessageNotContaining(SECRET);
        assertThatIllegalStateException()
                .isThrownBy(() -> TrousseauDeCles.depuis(List.of("abimee:pas du base64!"), null))
                .withMessageContaining("« abimee » n'est pas en base64")
                .withMessageNotContaining("pas du base64!");
    }

    @Test
    void uneEntreeSansIdentifiantEstRefusee() {
        String sansIdentifiant = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatIllegalStateException()
                .isThrownBy(() -> TrousseauDeCles.depuis(List.of(sansIdentifiant), null))
                .withMessageContaining("l'entrée n° 1 n'a pas la forme identifiant:clé")
                .withMessageNotContaining(sansIdentifiant);
        assertThatIllegalStateException()
                .isThrownBy(() -> TrousseauDeCles.depuis(List.of(nouvelleCle("a b")), null))
                .withMessageContaining("identifiant:clé");
    }

    @Test
    void laCleActiveDoitEtreParmiLesCles() {
        assertThatIllegalStateException()
                .isThrownBy(() -> TrousseauDeCles.depuis(List.of(nouvelleCle("A"), nouvelleCle("B")), null))
                .withMessageContaining("cle-active doit nommer la clé des nouveaux documents parmi A, B");
        assertThatIllegalStateException()
                .isThrownBy(() -> TrousseauDeCles.depuis(List.of(nouvelleCle("A")), "C"))
                .withMessageContaining("cle-active « C » n'est pas parmi les clés");
        assertThatIllegalStateException()
                .isThrownBy(() -> TrousseauDeCles.depuis(List.of(nouvelleCle("A"), nouvelleCle("A")), "A"))
                .withMessageContaining("« A » est donné deux fois");
    }
}
