package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.demande.Declaration;
import fr.predemande.justificatifs.LieuDeNaissance;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.justificatifs.ReglesDesJustificatifs;
import fr.predemande.saisie.Sexe;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Les réponses d'un brouillon lues en valeurs typées, et ce que les règles en tirent. */
class DeclarationsTest {

    private final Declarations declarations = new Declarations(new ReferentielDeTest());
    private final LocalDate aujourdhui = LocalDate.now(ReponsesDeTest.HORLOGE);

    @Test
    void lesReponsesSontLuesEnValeursTypees() {
        Declaration d = declarations.de(ReponsesDeTest.completes());

        assertThat(d.etatCivil().sexe()).isEqualTo(Sexe.F);
        assertThat(d.etatCivil().prenoms()).containsExactly("Élise", "Marie");
        assertThat(d.etatCivil().dateNaissance()).isEqualTo(LocalDate.of(1990, 2, 3));
        assertThat(d.etatCivil().lieuNaissance().commune()).isEqualTo(ReferentielDeTest.SAINT_ETIENNE);
        assertThat(d.etatCivil().tailleCm()).isEqualTo(168);
        assertThat(d.demande().ancienTitre().delivreLe()).isEqualTo(LocalDate.of(2015, 7, 14));
        assertThat(d.filiation().parent2().inconnu()).isTrue();
        assertThat(d.contact().telephone()).isEqualTo("+33612345678");
        assertThat(d.situation(aujourdhui)).hasValueSatisfying(s -> {
            assertThat(s.ageALaValidation()).isEqualTo(36);
            assertThat(s.lieuDeNaissance()).isEqualTo(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC);
        });
    }

    @Test
    void uneReponseIllisibleEstNulleEtLaSituationAttend() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setDateNaissance("31/02/1990");

        Declaration d = declarations.de(r);

        assertThat(d.etatCivil().dateNaissance()).isNull();
        assertThat(d.situation(aujourdhui)).isEmpty();
    }

    /** Le jugement de divorce n'était jamais demandé : la situation recevait toujours « non divorcé ». */
    @Test
    void uneDivorceeGardantLeNomDeSonExConjointApporteLeJugementOuLAccord() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setNomUsage("Durand");
        r.getEtatCivil().setMentionNomUsage(MentionNomUsage.EPOUSE);
        r.getEtatCivil().setDivorceGardantLeNom(true);

        var pieces = ReglesDesJustificatifs.pour(
                        declarations.de(r).situation(aujourdhui).orElseThrow())
                .pieces();

        assertThat(pieces).contains(PieceJustificative.ACTE_DE_MARIAGE, PieceJustificative.JUGEMENT_OU_ACCORD_DIVORCE);
        r.getEtatCivil().setDivorceGardantLeNom(false);
        assertThat(ReglesDesJustificatifs.pour(
                                declarations.de(r).situation(aujourdhui).orElseThrow())
                        .pieces())
                .doesNotContain(PieceJustificative.JUGEMENT_OU_ACCORD_DIVORCE);
    }

    @Test
    void uneCaseDeDivorceCocheeSansNomDUsageNeComptePas() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setDivorceGardantLeNom(true);

        assertThat(declarations.de(r).etatCivil().divorceGardantLeNom()).isFalse();
    }

    /** Validée le 1er décembre 2026 à 23 h 10 à Paris : valable jusqu'au 1er juin 2027, pas jusqu'au 3. */
    @Test
    void uneValidationVautSixMoisCivilsAParisQuelleQueSoitLHeure() {
        assertThat(dernierJour("2026-12-01T22:10:00Z")).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(dernierJour("2026-12-01T23:10:00Z")).isEqualTo(LocalDate.of(2027, 6, 2));
        // l'heure d'été commence le 28 mars 2027 : six mois plus tard, même jour
        assertThat(dernierJour("2027-03-28T00:30:00Z")).isEqualTo(LocalDate.of(2027, 9, 28));
        // pas de 31 août : le dernier jour du mois
        assertThat(dernierJour("2027-02-28T12:00:00Z")).isEqualTo(LocalDate.of(2027, 8, 28));
        assertThat(dernierJour("2026-08-31T12:00:00Z")).isEqualTo(LocalDate.of(2027, 2, 28));
        Instant fin = PreDemande.finDeValidite(Instant.parse("2026-12-01T22:10:00Z"));
        assertThat(fin).isEqualTo(Instant.parse("2027-06-01T22:00:00Z"));
        var validee = new PreDemande(
                null,
                null,
                fr.predemande.demande.StatutPreDemande.VALIDEE,
                null,
                null,
                null,
                null,
                null,
                fin,
                null,
                null,
                null,
                0);
        assertThat(validee.valableJusquAu()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(validee.expireeLe(Instant.parse("2027-06-01T21:59:59Z"))).isFalse();
        assertThat(validee.expireeLe(fin)).isTrue();
    }

    private static LocalDate dernierJour(String instant) {
        return PreDemande.dernierJourDeValidite(Instant.parse(instant));
    }
}
