package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ZoneTarifaireProperties {

    /** Des codes qui ressemblent à des départements, DOM compris, et n’importe quelle chaîne. */
    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3),
                Arbitraries.of("2A", "2B", "971", "972", "974", "975", "977", "978", "97", "9733", "0973"),
                Arbitraries.strings());
    }

    @Property
    void toutAutreDepartementQueLaGuyaneEtMayottePaieLeTarifMetropolitain(@ForAll("codes") String departement) {
        Assume.that(!departement.strip().equals("973") && !departement.strip().equals("976"));

        assertThat(ZoneTarifaire.duDepartement(departement)).isEqualTo(ZoneTarifaire.METROPOLE_ET_DOM);
    }
}
