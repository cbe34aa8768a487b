package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.predemande.notification.internal.EncodageSms.Codage;
import fr.predemande.notification.internal.EncodageSms.SmsCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Les règles GSM 03.38 et de découpage, sur des exemples dont on connaît les octets. */
class EncodageSmsTest {

    @Test
    void lesAccentsDeLaTableDeBaseRestentEnGsm7AvecLeursCodes() {
        SmsCode code = EncodageSms.coder("é è à ù ì ò Ç É @£$");
        assertThat(code.codage()).isEqualTo(Codage.GSM_7);
        assertThat(code.segments()).singleElement().isEqualTo(new byte[] {
            0x05, 0x20, 0x04, 0x20, 0x7F, 0x20, 0x06, 0x20, 0x07, 0x20, 0x08, 0x20, 0x09, 0x20, 0x1F, 0x20, 0x00, 0x01,
            0x02
        });
    }

    @Test
    void lesCaracteresDExtensionSEcriventAvecLEchappement() {
        SmsCode code = EncodageSms.coder("€[]{}\\^~|");
        assertThat(code.codage()).isEqualTo(Codage.GSM_7);
        assertThat(code.segments()).singleElement().isEqualTo(new byte[] {
            0x1B, 0x65, 0x1B, 0x3C, 0x1B, 0x3E, 0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x2F, 0x1B, 0x14, 0x1B, 0x3D, 0x1B, 0x40
        });
        assertThat(EncodageSms.longueurEnSeptets("€[]{}\\^~|")).isEqualTo(18);
        assertThat(EncodageSms.decoderGsm7(code.segments().get(0))).isEqualTo("€[]{}\\^~|");
    }

    @ParameterizedTest
    @ValueSource(strings = {"â", "ê", "î", "ô", "û", "ë", "ï", "ç", "œ", "°", "\t", "😀"})
    void unCaractereHorsGsmFaitPasserToutLeTexteEnUcs2(String caractere) {
        String texte = "Votre pré-demande " + caractere + " est validée";
        SmsCode code = EncodageSms.coder(texte);
        assertThat(code.codage()).isEqualTo(Codage.UCS_2);
        assertThat(new String(code.segments().get(0), StandardCharsets.UTF_16BE))
                .isEqualTo(texte);
    }

    @Test
    void unAccentDecomposeEstRecomposeAvantDeChoisirLeCodage() {
        // « é » écrit e + accent aigu combinant : sans recomposition, il imposerait l'UCS-2
        SmsCode code = EncodageSms.coder("pre\u0301-demande");
        assertThat(code.codage()).isEqualTo(Codage.GSM_7);
        assertThat(code.texte()).isEqualTo("pré-demande");
    }

    @Test
    void laTypographieFrancaiseEstSimplifieeQuandElleSeuleEmpecheLeGsm7() {
        SmsCode code =
                EncodageSms.coder("Votre pré-demande est validée\u202F! Présentez-vous à l’accueil\u00A0: « mairie »…");
        assertThat(code.codage()).isEqualTo(Codage.GSM_7);
        assertThat(code.texte())
                .isEqualTo("Votre pré-demande est validée ! Présentez-vous à l'accueil : \" mairie \"...");
    }

    @Test
    void laTypographieEstGardeeQuandLeTexteEstDeToutesFaconsEnUcs2() {
        SmsCode code = EncodageSms.coder("Votre pré-demande est prête à l’accueil");
        assertThat(code.codage()).isEqualTo(Codage.UCS_2);
        assertThat(code.texte()).isEqualTo("Votre pré-demande est prête à l’accueil");
    }

    @Test
    void cent60CaracteresGsmTiennentEnUnSegmentEt161EnDeux() {
        assertThat(EncodageSms.coder("a".repeat(160)).nombreDeSegments()).isEqualTo(1);
        SmsCode deux = EncodageSms.coder("a".repeat(161));
        assertThat(deux.segments()).extracting(segment -> segment.length).containsExactly(153, 8);
    }

    @Test
    void trois06CaracteresGsmTiennentEnDeuxSegmentsEt307Non() {
        assertThat(EncodageSms.coder("a".repeat(306)).segments())
                .extracting(segment -> segment.length)
                .containsExactly(153, 153);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EncodageSms.coder("a".repeat(307)))
                .withMessageContaining("307 caractères en GSM_7, au plus 306");
    }

    @Test
    void unCaractereDExtensionCompteDoubleEtNEstJamaisCoupe() {
        assertThat(EncodageSms.coder("a".repeat(158) + "€").nombreDeSegments()).isEqualTo(1);
        assertThat(EncodageSms.coder("a".repeat(159) + "€").nombreDeSegments()).isEqualTo(2);
        // 152 septets puis « € » : l'échappement seul ne reste pas en fin de premier segment
        SmsCode code = EncodageSms.coder("a".repeat(152) + "€" + "b".repeat(10));
        assertThat(code.segments()).extracting(segment -> segment.length).containsExactly(152, 12);
        assertThat(code.segments().get(1)[0]).isEqualTo(EncodageSms.ECHAPPEMENT);
        assertThat(EncodageSms.decoderGsm7(concatener(code))).isEqualTo(code.texte());
    }

    @Test
    void soixante10CaracteresUcs2TiennentEnUnSegmentEt134EnDeux() {
        assertThat(EncodageSms.coder("ê".repeat(70)).nombreDeSegments()).isEqualTo(1);
        assertThat(EncodageSms.coder("ê".repeat(71)).segments())
                .extracting(segment -> segment.length)
                .containsExactly(134, 8);
        assertThat(EncodageSms.coder("ê".repeat(134)).segments())
                .extracting(segment -> segment.length)
                .containsExactly(134, 134);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EncodageSms.coder("ê".repeat(135)))
                .withMessageContaining("135 caractères en UCS_2, au plus 134")
                .withMessageContaining("« ê » est hors de l'alphabet GSM");
    }

    @Test
    void unePaireDeSubstitutionNEstJamaisCoupeeEntreDeuxSegments() {
        SmsCode code = EncodageSms.coder("ê".repeat(66) + "😀" + "fin");
        assertThat(code.segments()).extracting(segment -> segment.length).containsExactly(132, 10);
        assertThat(new String(concatener(code), StandardCharsets.UTF_16BE)).isEqualTo(code.texte());
    }

    @Test
    void uneDemiPaireDeSubstitutionEstRefusee() {
        assertThatIllegalArgumentException().isThrownBy(() -> EncodageSms.coder("abc\uD83D"));
        assertThatIllegalArgumentException().isThrownBy(() -> EncodageSms.coder("\uDE00abc"));
    }

    @Test
    void laTableDeBaseContientLesAccentsFrancaisAttendusEtPasLesAutres() {
        assertThat(EncodageSms.estEnGsm7("éèàùìòÇÉ")).isTrue();
        for (char c : "âêîôûëïçÀÈ".toCharArray()) {
            assertThat(EncodageSms.estEnGsm7(String.valueOf(c))).as("%s", c).isFalse();
        }
        assertThat(EncodageSms.estEnGsm7("\u001B"))
                .as("l'échappement n'est pas un caractère")
                .isFalse();
    }

    static byte[] concatener(SmsCode code) {
        var tout = new ByteArrayOutputStream();
        code.segments().forEach(tout::writeBytes);
        return tout.toByteArray();
    }
}
