package fr.predemande.justificatifs;

import static fr.predemande.support.Generateurs.CHIFFRES;
import static fr.predemande.support.Generateurs.chaines;
import static fr.predemande.support.Generateurs.chainesQuelconques;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ZoneTarifaireProperties {

    /** Des codes qui ressemblent à des départements, DOM compris, et n’importe quelle chaîne. */
    private static Gen<String> codes() {
        return Generate.oneOf(
                chaines(CHIFFRES, 1, 3),
                arbitrary().pick("2A", "2B", "971", "972", "974", "975", "977", "978", "97", "9733", "0973"),
                chainesQuelconques());
    }

    @Test
    void toutAutreDepartementQueLaGuyaneEtMayottePaieLeTarifMetropolitain() {
        qt().forAll(codes())
                .assuming(departement -> !departement.strip().equals("973")
                        && !departement.strip().equals("976"))
                .checkAssert(departement ->
                        assertThat(ZoneTarifaire.duDepartement(departement)).isEqualTo(ZoneTarifaire.METROPOLE_ET_DOM));
    }
}
