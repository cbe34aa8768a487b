package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.notification.internal.EncodageSms.Codage;
import fr.predemande.notification.internal.EncodageSms.SmsCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Les règles de codage sur des textes quelconques. */
class EncodageSmsProperties {

    /** Les 127 caractères de la table de base (sans l'échappement 0x1B). */
    private static final char[] BASE = EncodageSms.TABLE_DE_BASE.replace("\u001B", "").toCharArray();
    private static final char[] EXTENSION = EncodageSms.TABLE_D_EXTENSION.keySet().stream()
            .map(String::valueOf).collect(Collectors.joining()).toCharArray();

    @Provide
    Arbitrary<String> basesGsm() {
        return Arbitraries.strings().withChars(BASE).ofMinLength(0).ofMaxLength(160);
    }

    @Provide
    Arbitrary<String> gsmAvecExtension() {
        return Arbitraries.strings().withChars(BASE).withChars(EXTENSION).ofMinLength(0).ofMaxLength(400);
    }

    /**
     * Tout Unicode, le plus souvent de l'alphabet GSM, avec la typographie française, des accents composés ou non et des
     * paires de substitution bien formées (emoji).
     */
    private static Arbitrary<String> caractere() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.of(BASE).map(String::valueOf)),
                Tuple.of(3, Arbitraries.of(EXTENSION).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("ê", "â", "ç", "’", "«", "»", "\u00A0", "\u202F", "…", "e\u0301", "😀")),
                Tuple.of(1, Arbitraries.chars().all().filter(c -> !Character.isSurrogate(c)).map(String::valueOf)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString)));
    }

    @Provide
    Arbitrary<String> textesQuelconques() {
        return caractere().list().ofMaxSize(320).map(morceaux -> String.join("", morceaux));
    }

    /** Au plus 60 morceaux de deux unités UTF-16 au plus : avec « ê », jamais plus de 121 unités, donc jamais refusé. */
    @Provide
    Arbitrary<List<String>> textesCourts() {
        return caractere().list().ofMaxSize(60);
    }

    @Property
    void toutTexteDeCaracteresDeBaseDe160AuPlusPartEnUnSegmentGsm7(@ForAll("basesGsm") String texte) {
        SmsCode code = EncodageSms.coder(texte);
        assertThat(code.codage()).isEqualTo(Codage.GSM_7);
        assertThat(code.nombreDeSegments()).isEqualTo(1);
        assertThat(code.segments().get(0)).hasSize(texte.length());
        assertThat(EncodageSms.decoderGsm7(code.segments().get(0))).isEqualTo(texte);
    }

    @Property
    void toutTexteContenantUnECirconflexePartEnUcs2(@ForAll("textesCourts") List<String> morceaux,
            @ForAll @IntRange(min = 0, max = 60) int position) {
        var avecE = new ArrayList<>(morceaux);
        avecE.add(Math.min(position, morceaux.size()), "ê");
        SmsCode code = EncodageSms.coder(String.join("", avecE));
        assertThat(code.codage()).isEqualTo(Codage.UCS_2);
        assertThat(code.nombreDeSegments()).isBetween(1, 2);
    }

    @Property
    void unTexteEnGsm7TientEnDeuxSegmentsAuPlusOuEstRefuse(@ForAll("gsmAvecExtension") String texte) {
        int septets = EncodageSms.longueurEnSeptets(texte);
        SmsCode code;
        try {
            code = EncodageSms.coder(texte);
        } catch (IllegalArgumentException refus) {
            // un échappement repoussé au segment suivant peut coûter un septet par segment, pas plus
            assertThat(septets).as("refusé alors qu'il tiendrait").isGreaterThan(2 * 152);
            return;
        }
        assertThat(septets).as("accepté alors qu'il dépasse deux segments").isLessThanOrEqualTo(2 * 153);
        assertThat(code.codage()).isEqualTo(Codage.GSM_7);
        assertThat(code.nombreDeSegments()).isBetween(1, 2);
        assertThat(code.nombreDeSegments() == 1).isEqualTo(septets <= 160);
        for (byte[] segment : code.segments()) {
            assertThat(segment.length).isLessThanOrEqualTo(code.nombreDeSegments() == 1 ? 160 : 153);
            assertThat(segment.length == 0 || segment[segment.length - 1] != EncodageSms.ECHAPPEMENT)
                    .as("un échappement n'est jamais séparé de son caractère").isTrue();
        }
        assertThat(EncodageSms.decoderGsm7(EncodageSmsTest.concatener(code))).isEqualTo(texte);
    }

    @Property
    void toutTexteTientEnDeuxSegmentsAuPlusEtSeRelitOuEstRefuse(@ForAll("textesQuelconques") String texte) {
        SmsCode code;
        try {
            code = EncodageSms.coder(texte);
        } catch (IllegalArgumentException refus) {
            assertThat(refus).hasMessageContaining("trop long");
            return;
        }
        assertThat(code.nombreDeSegments()).isBetween(1, 2);
        byte[] tout = EncodageSmsTest.concatener(code);
        if (code.codage() == Codage.GSM_7) {
            int limite = code.nombreDeSegments() == 1 ? 160 : 153;
            code.segments().forEach(segment -> assertThat(segment.length).isLessThanOrEqualTo(limite));
            assertThat(EncodageSms.decoderGsm7(tout)).isEqualTo(code.texte());
        } else {
            int limite = code.nombreDeSegments() == 1 ? 140 : 134;
            code.segments().forEach(segment -> assertThat(segment.length).isLessThanOrEqualTo(limite));
            code.segments().forEach(segment -> assertThat(Character.isHighSurrogate(
                    new String(segment, StandardCharsets.UTF_16BE).charAt(segment.length / 2 - 1))).isFalse());
            assertThat(new String(tout, StandardCharsets.UTF_16BE)).isEqualTo(code.texte());
        }
    }

    @Property
    void unTexteUcs2De70AuPlusTientEnUnSegment(@ForAll @IntRange(min = 1, max = 70) int longueur) {
        assertThat(EncodageSms.coder("ô".repeat(longueur)).nombreDeSegments()).isEqualTo(1);
    }
}
