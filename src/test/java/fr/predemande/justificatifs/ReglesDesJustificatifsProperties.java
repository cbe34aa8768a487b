package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_NAISSANCE;
import static fr.predemande.justificatifs.PieceJustificative.PREUVE_NATIONALITE;
import static fr.predemande.justificatifs.PieceJustificative.TITRE_SECURISE;
import static fr.predemande.support.Generateurs.avecNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Les invariants de la liste, sur des situations tirées parmi toutes les combinaisons de réponses. */
class ReglesDesJustificatifsProperties {

    /** Toute situation cohérente d’une personne de 18 à 120 ans. */
    private static Gen<Situation> majeures() {
        return situations(integers().between(18, 120), motif -> true);
    }

    /** Toute situation cohérente d’un mineur : son tarif existe, ses pièces pas encore. */
    private static Gen<Situation> mineures() {
        return situations(integers().between(0, 17), motif -> true);
    }

    /**
     * Une situation cohérente de majeur qui vaut pour les trois titres : son motif n’est pas réservé au passeport
     * (construite ainsi plutôt que filtrée).
     */
    private static Gen<Situation> valablesPourLesTroisTitres() {
        return situations(integers().between(18, 120), motif -> !motif.passeportSeulement());
    }

    /**
     * Chaque réponse tirée parmi toutes les valeurs possibles, le motif parmi ceux que le titre permet (et que
     * {@code motifsAdmis} retient), le nom d’usage absent une fois sur cinq, le divorce seulement après un mariage.
     */
    private static Gen<Situation> situations(Gen<Integer> ages, Predicate<Motif> motifsAdmis) {
        Gen<TypeDeTitre> titres = arbitrary().enumValues(TypeDeTitre.class);
        Gen<Boolean> oui = booleans().all();
        Gen<LieuDeNaissance> lieux = arbitrary().enumValues(LieuDeNaissance.class);
        Gen<AcquisitionNationalite> acquisitions = arbitrary().enumValues(AcquisitionNationalite.class);
        Gen<TypeAdresse> adresses = arbitrary().enumValues(TypeAdresse.class);
        Gen<MentionNomUsage> mentions = avecNull(arbitrary().enumValues(MentionNomUsage.class), 20);
        Gen<ZoneTarifaire> zones = arbitrary().enumValues(ZoneTarifaire.class);
        Gen<Situation> situations = in -> {
            TypeDeTitre titre = titres.generate(in);
            int age = ages.generate(in);
            boolean securise = oui.generate(in);
            LieuDeNaissance lieu = lieux.generate(in);
            AcquisitionNationalite acquisition = acquisitions.generate(in);
            TypeAdresse adresse = adresses.generate(in);
            MentionNomUsage mention = mentions.generate(in);
            ZoneTarifaire zone = zones.generate(in);
            List<Motif> permis = Arrays.stream(Motif.values())
                    .filter(motif -> motif.permisPour(titre) && motifsAdmis.test(motif))
                    .toList();
            Motif motif = Generate.pick(permis).generate(in);
            boolean divorce = mention != null && mention.vientDUnMariage() && oui.generate(in);
            return new Situation(titre, motif, age, securise, lieu, acquisition, adresse, mention, divorce, zone);
        };
        return situations;
    }

    @Test
    void laListeNEstJamaisVideNiNeContientDeDoublon() {
        qt().forAll(majeures())
                .checkAssert(
                        situation -> assertThat(Invariants.nonVideEtSansDoublon(ReglesDesJustificatifs.pour(situation)))
                                .isEmpty());
    }

    @Test
    void laListeCommenceToujoursParLeNumeroLaPhotoEtLeJustificatifDeDomicile() {
        qt().forAll(majeures())
                .checkAssert(situation -> assertThat(Invariants.toujoursNumeroPhotoEtJustificatifDeDomicile(
                                situation, ReglesDesJustificatifs.pour(situation)))
                        .isEmpty());
    }

    @Test
    void lesPiecesSontRangeesDansLOrdreDePresentation() {
        qt().forAll(majeures())
                .checkAssert(situation -> assertThat(
                                Invariants.rangeeDansLOrdreDesPieces(ReglesDesJustificatifs.pour(situation)))
                        .isEmpty());
    }

    @Test
    void chaqueDroitEstUnMontantOfficielEtIlYEnAUnParTitre() {
        qt().forAll(majeures())
                .checkAssert(situation -> assertThat(
                                Invariants.droitsOfficielsUnParTitre(situation, ReglesDesJustificatifs.pour(situation)))
                        .isEmpty());
    }

    @Test
    void leTimbreFiscalEstDemandeSiEtSeulementSiUnDroitEstDu() {
        qt().forAll(majeures())
                .checkAssert(situation -> assertThat(
                                Invariants.timbreFiscalSeulementSiUnDroitEstDu(ReglesDesJustificatifs.pour(situation)))
                        .isEmpty());
    }

    @Test
    void cniEtPasseportReunitLesPiecesDesDeuxEtAdditionneLeursDroits() {
        qt().forAll(valablesPourLesTroisTitres()).checkAssert(situation -> {
            Situation lesDeux = situation.pour(TypeDeTitre.CNI_ET_PASSEPORT);
            assertThat(Invariants.cniEtPasseportEstLUnionDesDeux(lesDeux, ReglesDesJustificatifs.pour(lesDeux)))
                    .isEmpty();
        });
    }

    @Test
    void unTitreSecuriseTientLieuDActeDeNaissanceEtDePreuveDeNationalite() {
        qt().forAll(majeures()).checkAssert(situation -> {
            ListeDesJustificatifs liste = ReglesDesJustificatifs.pour(situation);

            // l'ancien titre remis est celui qu'on présente : une seule ligne, la sienne
            boolean ancienTitreRemis =
                    situation.motif().exigeAncienTitre() && !situation.motif().titrePerdu();
            assertThat(liste.pieces().contains(TITRE_SECURISE))
                    .isEqualTo(situation.titreSecuriseValideOuExpireDepuisMoinsDe5Ans() && !ancienTitreRemis);
            assertThat(liste.pieces().contains(PieceJustificative.ANCIEN_TITRE)).isEqualTo(ancienTitreRemis);
            if (situation.titreSecuriseValideOuExpireDepuisMoinsDe5Ans()) {
                assertThat(liste.pieces()).doesNotContain(ACTE_DE_NAISSANCE, PREUVE_NATIONALITE);
            }
        });
    }

    @Test
    void leTarifDUnMajeurNeDependPasDeSonAgeExact() {
        qt().forAll(majeures(), integers().between(18, 120)).checkAssert((situation, autreAge) -> {
            Situation plusOuMoinsAgee = new Situation(
                    situation.titre(),
                    situation.motif(),
                    autreAge,
                    situation.titreSecuriseValideOuExpireDepuisMoinsDe5Ans(),
                    situation.lieuDeNaissance(),
                    situation.acquisitionNationalite(),
                    situation.typeAdresse(),
                    situation.mentionNomUsage(),
                    situation.divorceGardantLeNomDeLExConjoint(),
                    situation.zone());

            assertThat(ReglesDesJustificatifs.pour(plusOuMoinsAgee)).isEqualTo(ReglesDesJustificatifs.pour(situation));
        });
    }

    @Test
    void lesPiecesDUnMineurSontRefuseesMaisSonTarifEstOfficiel() {
        qt().forAll(mineures()).checkAssert(situation -> {
            assertThatIllegalArgumentException().isThrownBy(() -> ReglesDesJustificatifs.pour(situation));
            assertThat(ReglesDesJustificatifs.droitsDeTimbre(situation))
                    .isNotEmpty()
                    .allSatisfy(droit -> assertThat(droit.montant().centimes()).isIn(Invariants.MONTANTS_OFFICIELS));
        });
    }

    /** Les réponses telles quelles, avant que {@link Situation} ne les accepte ou ne les refuse. */
    private record Reponses(
            TypeDeTitre titre,
            Motif motif,
            int age,
            boolean securise,
            LieuDeNaissance lieu,
            AcquisitionNationalite acquisition,
            TypeAdresse adresse,
            MentionNomUsage mention,
            boolean divorce,
            ZoneTarifaire zone) {

        Situation situation() {
            return new Situation(titre, motif, age, securise, lieu, acquisition, adresse, mention, divorce, zone);
        }
    }

    /** Toutes les combinaisons, cohérentes ou non, chaque réponse tirée indépendamment des autres. */
    private static Gen<Reponses> reponses() {
        Gen<TypeDeTitre> titres = arbitrary().enumValues(TypeDeTitre.class);
        Gen<Motif> motifs = arbitrary().enumValues(Motif.class);
        Gen<Integer> ages = integers().between(18, 120);
        Gen<Boolean> oui = booleans().all();
        Gen<LieuDeNaissance> lieux = arbitrary().enumValues(LieuDeNaissance.class);
        Gen<AcquisitionNationalite> acquisitions = arbitrary().enumValues(AcquisitionNationalite.class);
        Gen<TypeAdresse> adresses = arbitrary().enumValues(TypeAdresse.class);
        Gen<MentionNomUsage> mentions = avecNull(arbitrary().enumValues(MentionNomUsage.class), 20);
        Gen<ZoneTarifaire> zones = arbitrary().enumValues(ZoneTarifaire.class);
        return in -> new Reponses(
                titres.generate(in),
                motifs.generate(in),
                ages.generate(in),
                oui.generate(in),
                lieux.generate(in),
                acquisitions.generate(in),
                adresses.generate(in),
                mentions.generate(in),
                oui.generate(in),
                zones.generate(in));
    }

    /** Toutes les combinaisons, cohérentes ou non : la situation refuse exactement les deux incohérences connues. */
    @Test
    void uneSituationNeRefuseQueLesCombinaisonsIncoherentes() {
        qt().forAll(reponses()).checkAssert(reponses -> {
            boolean motifReserveAuPasseport =
                    reponses.motif().passeportSeulement() && reponses.titre() != TypeDeTitre.PASSEPORT;
            boolean divorceSansNomDEpoux = reponses.divorce()
                    && reponses.mention() != MentionNomUsage.EPOUX
                    && reponses.mention() != MentionNomUsage.EPOUSE;

            if (motifReserveAuPasseport || divorceSansNomDEpoux) {
                assertThatIllegalArgumentException().isThrownBy(reponses::situation);
            } else {
                Situation situation = reponses.situation();
                assertThat(Invariants.tous(situation, ReglesDesJustificatifs.pour(situation)))
                        .isEmpty();
            }
        });
    }
}
