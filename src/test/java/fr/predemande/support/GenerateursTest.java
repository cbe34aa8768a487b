package fr.predemande.support;

import static fr.predemande.support.Generateurs.UNICODE;
import static fr.predemande.support.Generateurs.avecNull;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.citer;
import static fr.predemande.support.Generateurs.listes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Les générateurs partagés tirent bien dans le domaine annoncé, bornes comprises. */
class GenerateursTest {

    @Test
    void unicodeNAQueDesCaracteresSaisissablesChacunUneFois() {
        // 65 536 unités UTF-16, moins 2 048 surrogates, 34 non-caractères et 6 400 d'usage privé
        assertThat(UNICODE).hasSize(65_536 - 2_048 - 34 - 6_400).startsWith("abc");
        assertThat(UNICODE.chars().distinct().count()).isEqualTo(UNICODE.length());
        assertThat(UNICODE.chars()
                        .filter(c -> Character.isSurrogate((char) c)
                                || (c >= 0xFDD0 && c <= 0xFDEF)
                                || c == 0xFFFE
                                || c == 0xFFFF
                                || (c >= 0xE000 && c <= 0xF8FF)))
                .isEmpty();
    }

    @Test
    void uneChaineResteDansSonAlphabetEtSesLongueursBornesComprises() {
        Set<Integer> longueurs = new HashSet<>();
        qt().forAll(chaines("xyz", 2, 50)).checkAssert(chaine -> {
            assertThat(chaine).hasSizeBetween(2, 50).matches("[xyz]*");
            longueurs.add(chaine.length());
        });
        assertThat(longueurs).contains(2, 50).anyMatch(longueur -> longueur > 2 + 32 && longueur < 50);
    }

    @Test
    void uneListeResteDansSesTaillesBornesComprises() {
        Set<Integer> tailles = new HashSet<>();
        qt().forAll(listes(integers().between(0, 9), 1, 100)).checkAssert(liste -> {
            assertThat(liste).hasSizeBetween(1, 100).allMatch(n -> n >= 0 && n <= 9);
            tailles.add(liste.size());
        });
        assertThat(tailles).contains(1, 100);
    }

    @Test
    void uneValeurParfoisNulle() {
        Set<Object> valeurs = new HashSet<>();
        qt().forAll(avecNull(integers().between(1, 3), 20)).checkAssert(valeurs::add);
        assertThat(valeurs).containsExactlyInAnyOrder(null, 1, 2, 3);
    }

    @Test
    void unContreExempleCiteMontreCeQuiNeSeVoitPas() {
        assertThat(citer("Zoé\u00a0d’Arc\te\u0301\"")).isEqualTo("\"Zoé\\u00a0d’Arc\\u0009e\\u0301\\u0022\"");
        assertThat(citer(null)).isEqualTo("null");
    }
}
