package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Les énumérations partagées avec le module demande, et ce qu’elles savent d’elles-mêmes. */
class ValeursTest {

    @Test
    void chaqueTitreSaitSIlInclutUneCarteOuUnPasseport() {
        assertThat(TypeDeTitre.CNI.inclutCni()).isTrue();
        assertThat(TypeDeTitre.CNI.inclutPasseport()).isFalse();
        assertThat(TypeDeTitre.PASSEPORT.inclutCni()).isFalse();
        assertThat(TypeDeTitre.PASSEPORT.inclutPasseport()).isTrue();
        assertThat(TypeDeTitre.CNI_ET_PASSEPORT.inclutCni()).isTrue();
        assertThat(TypeDeTitre.CNI_ET_PASSEPORT.inclutPasseport()).isTrue();
    }

    @Test
    void seulsLesPagesPleinesEtLErreurDeLAdministrationSontReservesAuPasseport() {
        assertThat(Arrays.stream(Motif.values()).filter(Motif::passeportSeulement))
                .containsExactlyInAnyOrder(Motif.PAGES_PLEINES, Motif.ERREUR_ADMINISTRATION);
    }

    @Test
    void toutMotifSaufLaPremiereDemandeExigeLAncienTitre() {
        assertThat(Arrays.stream(Motif.values()).filter(motif -> !motif.exigeAncienTitre()))
                .containsExactly(Motif.PREMIERE_DEMANDE);
    }

    @Test
    void unMotifPasseportSeulNAccompagneQuUnPasseportSeul() {
        for (Motif motif : Motif.values()) {
            assertThat(motif.permisPour(TypeDeTitre.PASSEPORT)).as(motif.name()).isTrue();
            assertThat(motif.permisPour(TypeDeTitre.CNI)).as(motif.name()).isEqualTo(!motif.passeportSeulement());
            assertThat(motif.permisPour(TypeDeTitre.CNI_ET_PASSEPORT))
                    .as(motif.name())
                    .isEqualTo(!motif.passeportSeulement());
        }
    }

    @Test
    void seulsLesNomsDEpouxEtDEpouseViennentDUnMariage() {
        assertThat(Arrays.stream(MentionNomUsage.values()).filter(MentionNomUsage::vientDUnMariage))
                .containsExactlyInAnyOrder(MentionNomUsage.EPOUX, MentionNomUsage.EPOUSE);
    }

    @ParameterizedTest
    @CsvSource({
        "973, GUYANE",
        "976, MAYOTTE",
        "' 973 ', GUYANE",
        "75, METROPOLE_ET_DOM",
        "2A, METROPOLE_ET_DOM",
        "971, METROPOLE_ET_DOM",
        "972, METROPOLE_ET_DOM",
        "974, METROPOLE_ET_DOM",
        "9730, METROPOLE_ET_DOM",
        "97, METROPOLE_ET_DOM",
        "'', METROPOLE_ET_DOM"
    })
    void laZoneTarifaireVientDuDepartement(String departement, ZoneTarifaire zone) {
        assertThat(ZoneTarifaire.duDepartement(departement)).isEqualTo(zone);
    }

    @ParameterizedTest
    @NullSource
    void sansDepartementConnuLaZoneEstLaMetropole(String departement) {
        assertThat(ZoneTarifaire.duDepartement(departement)).isEqualTo(ZoneTarifaire.METROPOLE_ET_DOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NUMERO_PREDEMANDE", "TIMBRE_FISCAL"})
    void lesClesDeMessagesDUnePieceSuiventLeNomDeLaConstante(String nom) {
        PieceJustificative piece = PieceJustificative.valueOf(nom);
        assertThat(piece.cleTitre()).isEqualTo("justificatif." + nom + ".titre");
        assertThat(piece.cleExplication()).isEqualTo("justificatif." + nom + ".explication");
    }

    @Test
    void lesPiecesDeTouteDemandeOuvrentLaListeEtLeTimbreLaFerme() {
        PieceJustificative[] pieces = PieceJustificative.values();
        assertThat(pieces[0]).isEqualTo(PieceJustificative.NUMERO_PREDEMANDE);
        assertThat(pieces[1]).isEqualTo(PieceJustificative.PHOTO_IDENTITE);
        assertThat(pieces[2]).isEqualTo(PieceJustificative.JUSTIFICATIF_DOMICILE);
        assertThat(pieces[pieces.length - 1]).isEqualTo(PieceJustificative.TIMBRE_FISCAL);
    }
}
