package fr.predemande.stockage.internal;

import static fr.predemande.stockage.internal.CoffresDeTest.coffre;
import static fr.predemande.stockage.internal.CoffresDeTest.nouvelleCle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import fr.predemande.stockage.SecretChiffre;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Les petits secrets des autres modules : relus seulement sous leur clé maîtresse et dans leur contexte. */
class CoffreAesGcmTest {

    private static final byte[] SECRET = "vingt octets secrets".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTEXTE = "agent.totp_secret:1";

    @Test
    void unSecretChiffreSeRelitEtNeLaisseRienVoirDuSecret() {
        String cle = nouvelleCle("2026a");
        var coffre = coffre(null, cle);

        SecretChiffre premier = coffre.chiffrer(SECRET, CONTEXTE);
        SecretChiffre second = coffre.chiffrer(SECRET, CONTEXTE);

        assertThat(premier.cleMaitresse()).isEqualTo("2026a").isEqualTo(coffre.cleActive());
        assertThat(premier.octets()).hasSize(1 + 12 + SECRET.length + 16);
        assertThat(new String(premier.octets(), StandardCharsets.ISO_8859_1)).doesNotContain("secrets");
        assertThat(premier.octets()).as("IV aléatoire").isNotEqualTo(second.octets());
        assertThat(premier.toString()).doesNotContain(Arrays.toString(premier.octets()));
        assertThat(coffre.dechiffrer(premier, CONTEXTE)).isEqualTo(SECRET);
        assertThat(coffre(null, cle).dechiffrer(second, CONTEXTE))
                .as("un autre nœud, même clé")
                .isEqualTo(SECRET);
    }

    @Test
    void unSecretRecopieDansUnAutreContexteNeSeDechiffrePas() {
        var coffre = coffre(null, nouvelleCle("2026a"));
        SecretChiffre secret = coffre.chiffrer(SECRET, CONTEXTE);

        assertThatIllegalStateException()
                .isThrownBy(() -> coffre.dechiffrer(secret, "agent.totp_secret:2"))
                .withMessageContaining("agent.totp_secret:2")
                .withMessageContaining("« 2026a »");
    }

    @Test
    void unSecretAltereOuSousUneAutreCleDuMemeNomEstRefuse() {
        String cle = nouvelleCle("2026a");
        SecretChiffre secret = coffre(null, cle).chiffrer(SECRET, CONTEXTE);
        byte[] altere = secret.octets();
        altere[altere.length - 1] ^= 1;
        String autre = nouvelleCle("2026a");

        assertThatIllegalStateException()
                .isThrownBy(() -> coffre(null, cle).dechiffrer(new SecretChiffre("2026a", altere), CONTEXTE));
        assertThatIllegalStateException()
                .isThrownBy(() -> coffre(null, autre).dechiffrer(secret, CONTEXTE))
                .withMessageNotContaining(autre.substring(6));
        assertThatIllegalStateException()
                .isThrownBy(() -> coffre(null, cle).dechiffrer(new SecretChiffre("2026a", new byte[5]), CONTEXTE))
                .withMessageContaining("tronqué");
    }

    @Test
    void uneCleMaitresseAbsenteEstNommeeSansCiterLesAutres() {
        String ancienne = nouvelleCle("2025");
        String nouvelle = nouvelleCle("2026");
        SecretChiffre secret = coffre(null, ancienne).chiffrer(SECRET, CONTEXTE);

        assertThatIllegalStateException()
                .isThrownBy(() -> coffre(null, nouvelle).dechiffrer(secret, CONTEXTE))
                .withMessageContaining("« 2025 », absente")
                .withMessageContaining("contient : 2026")
                .withMessageNotContaining(nouvelle.substring(5));
    }

    @Test
    void apresUneRotationLAncienneCleSeLitEncoreEtLaNouvelleChiffre() {
        String ancienne = nouvelleCle("2025");
        String nouvelle = nouvelleCle("2026");
        SecretChiffre avant = coffre(null, ancienne).chiffrer(SECRET, CONTEXTE);
        var apres = coffre("2026", ancienne, nouvelle);

        assertThat(apres.cleActive()).isEqualTo("2026");
        assertThat(apres.dechiffrer(avant, CONTEXTE)).isEqualTo(SECRET);
        assertThat(apres.chiffrer(SECRET, CONTEXTE).cleMaitresse()).isEqualTo("2026");
    }

    @Test
    void laCleDesSecretsEstDeriveeDeLaCleMaitresseSansEtreElle() {
        String cle = nouvelleCle("2026a");
        byte[] maitresse = Base64.getDecoder().decode(cle.substring(cle.indexOf(':') + 1));
        byte[] derivee = TrousseauDeCles.depuis(List.of(cle), null)
                .cleDesSecrets("2026a")
                .orElseThrow()
                .getEncoded();

        assertThat(derivee).hasSize(32).isNotEqualTo(maitresse);
        assertThat(TrousseauDeCles.depuis(List.of(cle), null)
                        .cleDesSecrets("2026a")
                        .orElseThrow()
                        .getEncoded())
                .as("la même sur chaque nœud")
                .isEqualTo(derivee);
        assertThat(TrousseauDeCles.depuis(List.of(cle), null).cleDesSecrets("inconnue"))
                .isEmpty();
    }
}
