package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SituationTest {

    static Stream<Arguments> partiesObligatoires() {
        return Stream.of(
                Arguments.of("titre", (Executable)
                        () -> UneSituation.majeure().titre(null).construire()),
                Arguments.of("motif", (Executable)
                        () -> UneSituation.majeure().motif(null).construire()),
                Arguments.of("lieuDeNaissance", (Executable)
                        () -> UneSituation.majeure().neA(null).construire()),
                Arguments.of("acquisitionNationalite", (Executable)
                        () -> UneSituation.majeure().francaisPar(null).construire()),
                Arguments.of("typeAdresse", (Executable)
                        () -> UneSituation.majeure().adresse(null).construire()),
                Arguments.of("zone", (Executable)
                        () -> UneSituation.majeure().zone(null).construire()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partiesObligatoires")
    void chaquePartieObligatoireEstExigee(String partie, Executable construction) {
        assertThatNullPointerException().isThrownBy(construction::execute).withMessage(partie);
    }

    @Test
    void leNomDUsageEstFacultatif() {
        assertThat(UneSituation.majeure().nomDUsage(null).construire().mentionNomUsage())
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Situation.AGE_MAXIMUM + 1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void unAgeImpossibleEstRefuse(int age) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UneSituation.majeure().age(age).construire());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 17, 18, Situation.AGE_MAXIMUM})
    void unAgeDe0A150AnsEstAccepte(int age) {
        assertThat(UneSituation.majeure().age(age).construire().ageALaValidation())
                .isEqualTo(age);
    }

    @Test
    void laMajoriteCommenceA18Ans() {
        assertThat(UneSituation.majeure().age(17).construire().majeur()).isFalse();
        assertThat(UneSituation.majeure().age(18).construire().majeur()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            value = Motif.class,
            names = {"PAGES_PLEINES", "ERREUR_ADMINISTRATION"})
    void unMotifPasseportSeulEstRefusePourUneCarteSeuleOuAvecUnPasseport(Motif motif) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UneSituation.majeure()
                        .titre(TypeDeTitre.CNI)
                        .motif(motif)
                        .construire());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UneSituation.majeure()
                        .titre(TypeDeTitre.CNI_ET_PASSEPORT)
                        .motif(motif)
                        .construire());
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.PASSEPORT)
                        .motif(motif)
                        .construire()
                        .motif())
                .isEqualTo(motif);
    }

    @ParameterizedTest
    @EnumSource(
            value = MentionNomUsage.class,
            names = {"VEUF", "VEUVE", "USAGE"})
    void garderLeNomDeSonExConjointSupposeUnNomDUsageVenuDuMariage(MentionNomUsage mention) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UneSituation.majeure()
                        .nomDUsage(mention)
                        .divorceGardantLeNomDeLExConjoint()
                        .construire());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UneSituation.majeure()
                        .nomDUsage(null)
                        .divorceGardantLeNomDeLExConjoint()
                        .construire());
        assertThat(UneSituation.majeure()
                        .nomDUsage(MentionNomUsage.EPOUX)
                        .divorceGardantLeNomDeLExConjoint()
                        .construire()
                        .divorceGardantLeNomDeLExConjoint())
                .isTrue();
    }

    @Test
    void laMemeSituationPourUnAutreTitreNeChangeQueLeTitre() {
        Situation situation = UneSituation.majeure()
                .titre(TypeDeTitre.CNI_ET_PASSEPORT)
                .motif(Motif.VOL)
                .age(44)
                .avecTitreSecurise()
                .neA(LieuDeNaissance.ETRANGER)
                .francaisPar(AcquisitionNationalite.AUTRE)
                .adresse(TypeAdresse.HOTEL)
                .nomDUsage(MentionNomUsage.EPOUSE)
                .divorceGardantLeNomDeLExConjoint()
                .zone(ZoneTarifaire.MAYOTTE)
                .construire();

        assertThat(situation.pour(TypeDeTitre.CNI))
                .usingRecursiveComparison()
                .ignoringFields("titre")
                .isEqualTo(situation);
        assertThat(situation.pour(TypeDeTitre.CNI).titre()).isEqualTo(TypeDeTitre.CNI);
    }
}
