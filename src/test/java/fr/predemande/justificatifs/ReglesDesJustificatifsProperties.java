package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_NAISSANCE;
import static fr.predemande.justificatifs.PieceJustificative.PREUVE_NATIONALITE;
import static fr.predemande.justificatifs.PieceJustificative.TITRE_SECURISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.WithNull;

/** Les invariants de la liste, sur des situations tirées parmi toutes les combinaisons de réponses. */
class ReglesDesJustificatifsProperties {

    /** Toute situation cohérente d’une personne de 18 à 120 ans. */
    @Provide
    Arbitrary<Situation> majeures() {
        return situations(Arbitraries.integers().between(18, 120));
    }

    /** Toute situation cohérente d’un mineur : son tarif existe, ses pièces pas encore. */
    @Provide
    Arbitrary<Situation> mineures() {
        return situations(Arbitraries.integers().between(0, 17));
    }

    /** Une situation cohérente qui vaut pour les trois titres : son motif n’est pas réservé au passeport. */
    @Provide
    Arbitrary<Situation> valablesPourLesTroisTitres() {
        return majeures().filter(situation -> !situation.motif().passeportSeulement());
    }

    private static Arbitrary<Situation> situations(Arbitrary<Integer> ages) {
        Arbitrary<TypeDeTitre> titres = Arbitraries.of(TypeDeTitre.class);
        Arbitrary<MentionNomUsage> mentions = Arbitraries.of(MentionNomUsage.class).injectNull(0.2);
        return Combinators.combine(titres, ages, Arbitraries.of(true, false), Arbitraries.of(LieuDeNaissance.class),
                        Arbitraries.of(AcquisitionNationalite.class), Arbitraries.of(TypeAdresse.class), mentions,
                        Arbitraries.of(ZoneTarifaire.class))
                .flatAs((titre, age, securise, lieu, acquisition, adresse, mention, zone) -> Combinators.combine(
                                Arbitraries.of(Motif.class).filter(motif -> motif.permisPour(titre)),
                                mention != null && mention.vientDUnMariage()
                                        ? Arbitraries.of(true, false)
                                        : Arbitraries.just(false))
                        .as((motif, divorce) -> new Situation(titre, motif, age, securise, lieu, acquisition, adresse,
                                mention, divorce, zone)));
    }

    @Property
    void laListeNEstJamaisVideNiNeContientDeDoublon(@ForAll("majeures") Situation situation) {
        assertThat(Invariants.nonVideEtSansDoublon(ReglesDesJustificatifs.pour(situation))).isEmpty();
    }

    @Property
    void laListeCommenceToujoursParLeNumeroLaPhotoEtLeJustificatifDeDomicile(@ForAll("majeures") Situation situation) {
        assertThat(Invariants.toujoursNumeroPhotoEtJustificatifDeDomicile(situation,
                ReglesDesJustificatifs.pour(situation))).isEmpty();
    }

    @Property
    void lesPiecesSontRangeesDansLOrdreDePresentation(@ForAll("majeures") Situation situation) {
        assertThat(Invariants.rangeeDansLOrdreDesPieces(ReglesDesJustificatifs.pour(situation))).isEmpty();
    }

    @Property
    void chaqueDroitEstUnMontantOfficielEtIlYEnAUnParTitre(@ForAll("majeures") Situation situation) {
        assertThat(Invariants.droitsOfficielsUnParTitre(situation, ReglesDesJustificatifs.pour(situation))).isEmpty();
    }

    @Property
    void leTimbreFiscalEstDemandeSiEtSeulementSiUnDroitEstDu(@ForAll("majeures") Situation situation) {
        assertThat(Invariants.timbreFiscalSeulementSiUnDroitEstDu(ReglesDesJustificatifs.pour(situation))).isEmpty();
    }

    @Property
    void cniEtPasseportReunitLesPiecesDesDeuxEtAdditionneLeursDroits(
            @ForAll("valablesPourLesTroisTitres") Situation situation) {
        Situation lesDeux = situation.pour(TypeDeTitre.CNI_ET_PASSEPORT);
        assertThat(Invariants.cniEtPasseportEstLUnionDesDeux(lesDeux, ReglesDesJustificatifs.pour(lesDeux))).isEmpty();
    }

    @Property
    void unTitreSecuriseTientLieuDActeDeNaissanceEtDePreuveDeNationalite(@ForAll("majeures") Situation situation) {
        ListeDesJustificatifs liste = ReglesDesJustificatifs.pour(situation);

        assertThat(liste.pieces().contains(TITRE_SECURISE))
                .isEqualTo(situation.titreSecuriseValideOuExpireDepuisMoinsDe5Ans());
        if (situation.titreSecuriseValideOuExpireDepuisMoinsDe5Ans()) {
            assertThat(liste.pieces()).doesNotContain(ACTE_DE_NAISSANCE, PREUVE_NATIONALITE);
        }
    }

    @Property
    void leTarifDUnMajeurNeDependPasDeSonAgeExact(@ForAll("majeures") Situation situation,
            @ForAll @IntRange(min = 18, max = 120) int autreAge) {
        Situation plusOuMoinsAgee = new Situation(situation.titre(), situation.motif(), autreAge,
                situation.titreSecuriseValideOuExpireDepuisMoinsDe5Ans(), situation.lieuDeNaissance(),
                situation.acquisitionNationalite(), situation.typeAdresse(), situation.mentionNomUsage(),
                situation.divorceGardantLeNomDeLExConjoint(), situation.zone());

        assertThat(ReglesDesJustificatifs.pour(plusOuMoinsAgee)).isEqualTo(ReglesDesJustificatifs.pour(situation));
    }

    @Property
    void lesPiecesDUnMineurSontRefuseesMaisSonTarifEstOfficiel(@ForAll("mineures") Situation situation) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReglesDesJustificatifs.pour(situation));
        assertThat(ReglesDesJustificatifs.droitsDeTimbre(situation)).isNotEmpty()
                .allSatisfy(droit -> assertThat(droit.montant().centimes()).isIn(Invariants.MONTANTS_OFFICIELS));
    }

    /** Toutes les combinaisons, cohérentes ou non : la situation refuse exactement les deux incohérences connues. */
    @Property
    void uneSituationNeRefuseQueLesCombinaisonsIncoherentes(@ForAll TypeDeTitre titre, @ForAll Motif motif,
            @ForAll @IntRange(min = 18, max = 120) int age, @ForAll boolean securise, @ForAll LieuDeNaissance lieu,
            @ForAll AcquisitionNationalite acquisition, @ForAll TypeAdresse adresse,
            @ForAll @WithNull(0.2) MentionNomUsage mention, @ForAll boolean divorce, @ForAll ZoneTarifaire zone) {
        boolean motifReserveAuPasseport = motif.passeportSeulement() && titre != TypeDeTitre.PASSEPORT;
        boolean divorceSansNomDEpoux = divorce
                && mention != MentionNomUsage.EPOUX && mention != MentionNomUsage.EPOUSE;

        if (motifReserveAuPasseport || divorceSansNomDEpoux) {
            assertThatIllegalArgumentException().isThrownBy(() -> new Situation(titre, motif, age, securise, lieu,
                    acquisition, adresse, mention, divorce, zone));
        } else {
            Situation situation = new Situation(titre, motif, age, securise, lieu, acquisition, adresse, mention,
                    divorce, zone);
            assertThat(Invariants.tous(situation, ReglesDesJustificatifs.pour(situation))).isEmpty();
        }
    }
}
