package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MontantProperties {

    @Test
    void leTexteEnEurosRedonneLeMontant() {
        qt().forAll(longs().between(0, 1_000_000_000_00L)).checkAssert(centimes -> {
            String texte = new Montant(centimes).enEuros();

            assertThat(texte).matches("\\d{1,3}(\u00a0\\d{3})*(,\\d{2})?\u00a0€");
            String chiffres = texte.replace("\u00a0€", "").replace("\u00a0", "").replace(',', '.');
            assertThat(new BigDecimal(chiffres).movePointRight(2).longValueExact())
                    .isEqualTo(centimes);
        });
    }

    @Test
    void lAdditionEstCelleDesCentimes() {
        qt().forAll(longs().between(0, 1_000_000_00L), longs().between(0, 1_000_000_00L))
                .checkAssert((a, b) ->
                        assertThat(new Montant(a).plus(new Montant(b))).isEqualTo(new Montant(a + b)));
    }
}
