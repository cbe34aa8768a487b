package fr.predemande.notification.internal;

import static fr.predemande.support.Generateurs.UNICODE;
import static fr.predemande.support.Generateurs.caracteres;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.listes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import fr.predemande.notification.internal.EncodageSms.Codage;
import fr.predemande.notification.internal.EncodageSms.SmsCode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Les règles de codage sur des textes quelconques. */
class EncodageSmsProperties {

    /** Les 127 caractères de la table de base (sans l'échappement 0x1B). */
    private static final String BASE = EncodageSms.TABLE_DE_BASE.replace("\u001B", "");

    private static final String EXTENSION =
            EncodageSms.TABLE_D_EXTENSION.keySet().stream().map(String::valueOf).collect(Collectors.joining());

    private static Gen<String> basesGsm() {
        return chaines(BASE, 0, 160);
    }

    private static Gen<String> gsmAvecExtension() {
        return chaines(BASE + EXTENSION, 0, 400);
    }

    /**
     * Tout Unicode, le plus souvent de l'alphabet GSM, avec la typographie française, des accents composés ou non et des
     * paires de substitution bien formées (emoji).
     */
    private static Gen<String> caractere() {
        return Generate.frequency(
                Pair.of(20, caracteres(BASE).map(c -> String.valueOf(c))),
                Pair.of(3, caracteres(EXTENSION).map(c -> String.valueOf(c))),
                Pair.of(2, arbitrary().pick("ê", "â", "ç", "’", "«", "»", "\u00A0", "\u202F", "…", "e\u0301", "😀")),
                Pair.of(1, caracteres(UNICODE).map(c -> String.valueOf(c))), // sans surrogate isolé
                Pair.of(1, integers().between(0x10000, 0x10FFFF).map(pointDeCode -> Character.toString(pointDeCode))));
    }

    private static Gen<String> textesQuelconques() {
        return listes(caractere(), 0, 320).map(morceaux -> String.join("", morceaux));
    }

    /** Au plus 60 morceaux de deux unités UTF-16 au plus : avec « ê », jamais plus de 121 unités, donc jamais refusé. */
    private static Gen<List<String>> textesCourts() {
        return listes(caractere(), 0, 60);
    }

    @Test
    void toutTexteDeCaracteresDeBaseDe160AuPlusPartEnUnSegmentGsm7() {
        qt().forAll(basesGsm()).checkAssert(texte -> {
            SmsCode code = EncodageSms.coder(texte);
            assertThat(code.codage()).isEqualTo(Codage.GSM_7);
            assertThat(code.nombreDeSegments()).isEqualTo(1);
            assertThat(code.segments().get(0)).hasSize(texte.length());
            assertThat(EncodageSms.decoderGsm7(code.segments().get(0))).isEqualTo(texte);
        });
    }

    @Test
    void toutTexteContenantUnECirconflexePartEnUcs2() {
        qt().forAll(textesCourts(), integers().between(0, 60)).checkAssert((morceaux, position) -> {
            var avecE = new ArrayList<>(morceaux);
            avecE.add(Math.min(position, morceaux.size()), "ê");
            SmsCode code = EncodageSms.coder(String.join("", avecE));
            assertThat(code.codage()).isEqualTo(Codage.UCS_2);
            assertThat(code.nombreDeSegments()).isBetween(1, 2);
        });
    }

    @Test
    void unTexteEnGsm7TientEnDeuxSegmentsAuPlusOuEstRefuse() {
        qt().forAll(gsmAvecExtension()).checkAssert(texte -> {
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
                        .as("un échappement n'est jamais séparé de son caractère")
                        .isTrue();
            }
            assertThat(EncodageSms.decoderGsm7(EncodageSmsTest.concatener(code)))
                    .isEqualTo(texte);
        });
    }

    @Test
    void toutTexteTientEnDeuxSegmentsAuPlusEtSeRelitOuEstRefuse() {
        qt().forAll(textesQuelconques()).checkAssert(texte -> {
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
                code.segments()
                        .forEach(segment -> assertThat(Character.isHighSurrogate(
                                        new String(segment, StandardCharsets.UTF_16BE).charAt(segment.length / 2 - 1)))
                                .isFalse());
                assertThat(new String(tout, StandardCharsets.UTF_16BE)).isEqualTo(code.texte());
            }
        });
    }

    /** Les 70 longueurs, toutes : le domaine est assez petit pour être parcouru plutôt que tiré au hasard. */
    @Test
    void unTexteUcs2De70AuPlusTientEnUnSegment() {
        for (int longueur = 1; longueur <= 70; longueur++) {
            assertThat(EncodageSms.coder("ô".repeat(longueur)).nombreDeSegments())
                    .as("longueur %d", longueur)
                    .isEqualTo(1);
        }
    }
}
