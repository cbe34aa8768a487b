package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class MontantProperties {

    @Property
    void leTexteEnEurosRedonneLeMontant(@ForAll @LongRange(min = 0, max = 1_000_000_000_00L) long centimes) {
        String texte = new Montant(centimes).enEuros();

        assertThat(texte).matches("\\d{1,3}(\u00a0\\d{3})*(,\\d{2})?\u00a0€");
        String chiffres = texte.replace("\u00a0€", "").replace("\u00a0", "").replace(',', '.');
        assertThat(new BigDecimal(chiffres).movePointRight(2).longValueExact()).isEqualTo(centimes);
    }

    @Property
    void lAdditionEstCelleDesCentimes(@ForAll @LongRange(min = 0, max = 1_000_000_00L) long a,
            @ForAll @LongRange(min = 0, max = 1_000_000_00L) long b) {
        assertThat(new Montant(a).plus(new Montant(b))).isEqualTo(new Montant(a + b));
    }
}
