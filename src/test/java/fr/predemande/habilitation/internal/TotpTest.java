package fr.predemande.habilitation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Les codes de l'application d'authentification de l'agent, contre les vecteurs de la RFC 6238. */
class TotpTest {

    /** La clé de l'annexe B de la RFC 6238 pour SHA-1 : les 20 octets ASCII « 12345678901234567890 ». */
    private static final byte[] CLE_DE_LA_RFC = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final Instant MAINTENANT = Instant.parse("2026-12-01T09:30:10Z");

    @ParameterizedTest(name = "à {0} s le code est {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void lesCodesSontCeuxDeLAnnexeBDeLaRfc6238(long secondes, String attendu) {
        assertThat(Totp.code(CLE_DE_LA_RFC, Totp.pas(Instant.ofEpochSecond(secondes)), 8))
                .isEqualTo(attendu);
    }

    @Test
    void unCodeDuPasCourantOuDUnPasVoisinEstAccepte() {
        long pas = Totp.pas(MAINTENANT);
        for (int decalage = -1; decalage <= 1; decalage++) {
            String code = Totp.code(CLE_DE_LA_RFC, pas + decalage, 6);
            assertThat(Totp.verifier(CLE_DE_LA_RFC, code, MAINTENANT, null))
                    .as("décalage %d", decalage)
                    .hasValue(pas + decalage);
        }
    }

    @Test
    void unCodeDeDeuxPasTropTotOuTropTardEstRefuse() {
        long pas = Totp.pas(MAINTENANT);
        assertThat(Totp.verifier(CLE_DE_LA_RFC, Totp.code(CLE_DE_LA_RFC, pas - 2, 6), MAINTENANT, null))
                .isEmpty();
        assertThat(Totp.verifier(CLE_DE_LA_RFC, Totp.code(CLE_DE_LA_RFC, pas + 2, 6), MAINTENANT, null))
                .isEmpty();
    }

    @Test
    void unCodeDejaUtiliseNeSertPasUneSecondeFois() {
        String code = Totp.code(CLE_DE_LA_RFC, Totp.pas(MAINTENANT), 6);
        long accepte = Totp.verifier(CLE_DE_LA_RFC, code, MAINTENANT, null).orElseThrow();

        assertThat(Totp.verifier(CLE_DE_LA_RFC, code, MAINTENANT.plusSeconds(5), accepte))
                .isEmpty();
        // ni un code plus ancien, encore dans la tolérance
        String precedent = Totp.code(CLE_DE_LA_RFC, accepte - 1, 6);
        assertThat(Totp.verifier(CLE_DE_LA_RFC, precedent, MAINTENANT, accepte)).isEmpty();
        // le suivant, oui
        String suivant = Totp.code(CLE_DE_LA_RFC, accepte + 1, 6);
        assertThat(Totp.verifier(CLE_DE_LA_RFC, suivant, MAINTENANT.plusSeconds(30), accepte))
                .hasValue(accepte + 1);
    }

    @Test
    void unCodeMalFormeEstRefuseSansCalcul() {
        assertThat(Totp.verifier(CLE_DE_LA_RFC, null, MAINTENANT, null)).isEmpty();
        assertThat(Totp.verifier(CLE_DE_LA_RFC, "12345", MAINTENANT, null)).isEmpty();
        assertThat(Totp.verifier(CLE_DE_LA_RFC, "12a456", MAINTENANT, null)).isEmpty();
    }

    @Test
    void laBase32EstCelleDeLaRfc4648() {
        // vecteurs de la RFC 4648, section 10, sans remplissage
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.base32("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Totp.base32(CLE_DE_LA_RFC)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.depuisBase32("gezd gnbv-gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(CLE_DE_LA_RFC);
        assertThatThrownBy(() -> Totp.depuisBase32("GEZ1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chaqueSecretEstNeufEtFaitCentSoixanteBits() {
        var secrets = new HashSet<String>();
        for (int i = 0; i < 100; i++) {
            byte[] secret = Totp.nouveauSecret();
            assertThat(secret).hasSize(20);
            secrets.add(Totp.base32(secret));
        }
        assertThat(secrets).hasSize(100);
        assertThat(Totp.enGroupes("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"))
                .isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    }

    @Test
    void lAdresseOtpauthNommeLEmetteurEtLIdentifiant() {
        assertThat(Totp.uri("Prédemande", "agent.42", CLE_DE_LA_RFC))
                .isEqualTo(
                        "otpauth://totp/Pr%C3%A9demande:agent.42?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Pr%C3%A9demande"
                                + "&algorithm=SHA1&digits=6&period=30");
    }
}
