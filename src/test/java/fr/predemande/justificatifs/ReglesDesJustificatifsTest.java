package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_DECES;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_MARIAGE;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_NAISSANCE;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_ETAT_CIVIL_CHANGEMENT;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_NAISSANCE_DEUX_PARENTS;
import static fr.predemande.justificatifs.PieceJustificative.ANCIEN_TITRE;
import static fr.predemande.justificatifs.PieceJustificative.ATTESTATION_HEBERGEANT;
import static fr.predemande.justificatifs.PieceJustificative.DECLARATION_DE_PERTE;
import static fr.predemande.justificatifs.PieceJustificative.DECLARATION_DE_VOL;
import static fr.predemande.justificatifs.PieceJustificative.JUGEMENT_OU_ACCORD_DIVORCE;
import static fr.predemande.justificatifs.PieceJustificative.JUSTIFICATIF_DOMICILE;
import static fr.predemande.justificatifs.PieceJustificative.JUSTIFICATIF_DOMICILE_HEBERGEANT;
import static fr.predemande.justificatifs.PieceJustificative.NUMERO_PREDEMANDE;
import static fr.predemande.justificatifs.PieceJustificative.PHOTO_IDENTITE;
import static fr.predemande.justificatifs.PieceJustificative.PIECE_IDENTITE_HEBERGEANT;
import static fr.predemande.justificatifs.PieceJustificative.PREUVE_NATIONALITE;
import static fr.predemande.justificatifs.PieceJustificative.TIMBRE_FISCAL;
import static fr.predemande.justificatifs.PieceJustificative.TITRE_SECURISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Une règle de DOMAIN §4 par test, chacun partant du cas le plus simple ({@link UneSituation}). */
class ReglesDesJustificatifsTest {

    @Test
    void unePremiereCarteSansParticulariteNeDemandeQueLeNumeroLaPhotoEtLeJustificatifDeDomicile() {
        ListeDesJustificatifs liste = UneSituation.majeure().liste();

        assertThat(liste.pieces()).containsExactly(NUMERO_PREDEMANDE, PHOTO_IDENTITE, JUSTIFICATIF_DOMICILE);
        assertThat(liste.droits())
                .containsExactly(
                        new DroitDeTimbre(TypeDeTitre.CNI, Montant.GRATUIT, "justificatif.droit.cni.gratuite"));
        assertThat(liste.total().gratuit()).isTrue();
    }

    // §4 « Holds a CNI or passport valid or expired for less than 5 years »

    @Test
    void unTitulaireDUnTitreSecuriseLePresenteEtNeFournitNiActeDeNaissanceNiPreuveDeNationalite() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .avecTitreSecurise()
                .neA(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC)
                .francaisPar(AcquisitionNationalite.NATURALISATION)
                .liste();

        assertThat(liste.pieces()).contains(TITRE_SECURISE).doesNotContain(ACTE_DE_NAISSANCE, PREUVE_NATIONALITE);
    }

    @Test
    void sansTitreSecuriseLUsagerNePresentePasDeTitreSecurise() {
        assertThat(UneSituation.majeure().sansTitreSecurise().liste().pieces()).doesNotContain(TITRE_SECURISE);
    }

    // §4 « No such title » : l’acte de naissance

    @Test
    void sansTitreSecuriseUnNeDansUneCommuneNonRelieeAComedecFournitSonActeDeNaissance() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .neA(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC)
                .liste();

        assertThat(liste.pieces())
                .containsExactly(NUMERO_PREDEMANDE, PHOTO_IDENTITE, JUSTIFICATIF_DOMICILE, ACTE_DE_NAISSANCE);
    }

    @Test
    void sansTitreSecuriseUnNeDansUneCommuneRelieeAComedecNeFournitPasDActeDeNaissance() {
        assertThat(UneSituation.majeure()
                        .neA(LieuDeNaissance.FRANCE_COMMUNE_COMEDEC)
                        .liste()
                        .pieces())
                .doesNotContain(ACTE_DE_NAISSANCE);
    }

    @Test
    void sansTitreSecuriseUnNeALEtrangerNeFournitPasDActeDeNaissanceCarNantesEstRelie() {
        assertThat(UneSituation.majeure().neA(LieuDeNaissance.ETRANGER).liste().pieces())
                .doesNotContain(ACTE_DE_NAISSANCE);
    }

    // §4 « No such title » : la preuve de nationalité « when needed »

    @ParameterizedTest
    @EnumSource(
            value = AcquisitionNationalite.class,
            names = {"DECLARATION", "NATURALISATION", "REINTEGRATION", "AUTRE"})
    void sansTitreSecuriseUnFrancaisQuiNeLEstNiParFiliationNiParLeSolProuveSaNationalite(
            AcquisitionNationalite acquisition) {
        assertThat(UneSituation.majeure().francaisPar(acquisition).liste().pieces())
                .contains(PREUVE_NATIONALITE);
    }

    @ParameterizedTest
    @EnumSource(
            value = AcquisitionNationalite.class,
            names = {"FILIATION", "NAISSANCE_EN_FRANCE"})
    void unFrancaisParFiliationOuParNaissanceEnFranceNAPasDePreuveDeNationaliteAFournir(
            AcquisitionNationalite acquisition) {
        assertThat(UneSituation.majeure()
                        .neA(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC)
                        .francaisPar(acquisition)
                        .liste()
                        .pieces())
                .contains(ACTE_DE_NAISSANCE)
                .doesNotContain(PREUVE_NATIONALITE);
    }

    // §4 « Renewal » et les autres motifs qui remplacent un titre encore en main (§3.7)

    @ParameterizedTest
    @EnumSource(value = TypeDeTitre.class)
    void unRenouvellementRemetLAncienTitre(TypeDeTitre titre) {
        assertThat(UneSituation.majeure()
                        .titre(titre)
                        .motif(Motif.RENOUVELLEMENT)
                        .liste()
                        .pieces())
                .contains(ANCIEN_TITRE);
    }

    @ParameterizedTest
    @EnumSource(
            value = Motif.class,
            names = {"CHANGEMENT_ETAT_CIVIL", "CHANGEMENT_ADRESSE", "DETERIORATION"})
    void uneCarteOuUnPasseportRemplacePourChangementOuDeteriorationRemetLAncienTitre(Motif motif) {
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.CNI)
                        .motif(motif)
                        .liste()
                        .pieces())
                .contains(ANCIEN_TITRE);
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.PASSEPORT)
                        .motif(motif)
                        .liste()
                        .pieces())
                .contains(ANCIEN_TITRE);
    }

    @ParameterizedTest
    @EnumSource(
            value = Motif.class,
            names = {"PAGES_PLEINES", "ERREUR_ADMINISTRATION"})
    void unPasseportAuxPagesPleinesOuFautifRemetLAncienPasseport(Motif motif) {
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.PASSEPORT)
                        .motif(motif)
                        .liste()
                        .pieces())
                .contains(ANCIEN_TITRE);
    }

    @ParameterizedTest
    @EnumSource(value = TypeDeTitre.class)
    void unePremiereDemandeNeDemandeNiAncienTitreNiDeclaration(TypeDeTitre titre) {
        assertThat(UneSituation.majeure()
                        .titre(titre)
                        .motif(Motif.PREMIERE_DEMANDE)
                        .liste()
                        .pieces())
                .doesNotContain(ANCIEN_TITRE, DECLARATION_DE_PERTE, DECLARATION_DE_VOL, ACTE_ETAT_CIVIL_CHANGEMENT);
    }

    // §4 « Loss » et « Theft »

    @Test
    void unPerduSansTitreSecuriseNeHorsComedecFournitActeDeNaissanceEtDeclarationDePerte() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .motif(Motif.PERTE)
                .neA(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC)
                .liste();

        assertThat(liste.pieces())
                .containsExactly(
                        NUMERO_PREDEMANDE,
                        PHOTO_IDENTITE,
                        JUSTIFICATIF_DOMICILE,
                        ACTE_DE_NAISSANCE,
                        DECLARATION_DE_PERTE,
                        TIMBRE_FISCAL);
        assertThat(liste.total()).isEqualTo(Montant.euros(25));
    }

    /** Le titre renouvelé est celui qui prouve l'identité : une ligne par document à apporter, pas deux pour le même. */
    @Test
    void unRenouvellementDePasseportDemandeLAncienTitreUneSeuleFois() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .titre(TypeDeTitre.PASSEPORT)
                .motif(Motif.RENOUVELLEMENT)
                .avecTitreSecurise()
                .liste();

        assertThat(liste.pieces())
                .containsExactly(
                        NUMERO_PREDEMANDE,
                        PHOTO_IDENTITE,
                        JUSTIFICATIF_DOMICILE,
                        PieceJustificative.ANCIEN_TITRE,
                        TIMBRE_FISCAL);
    }

    @Test
    void uneCarteVoleeDemandeLaDeclarationDeVolEtUnTimbreDe25Euros() {
        ListeDesJustificatifs liste =
                UneSituation.majeure().motif(Motif.VOL).avecTitreSecurise().liste();

        assertThat(liste.pieces())
                .containsExactly(
                        NUMERO_PREDEMANDE,
                        PHOTO_IDENTITE,
                        JUSTIFICATIF_DOMICILE,
                        TITRE_SECURISE,
                        DECLARATION_DE_VOL,
                        TIMBRE_FISCAL);
        assertThat(liste.total()).isEqualTo(Montant.euros(25));
    }

    @ParameterizedTest
    @EnumSource(
            value = Motif.class,
            names = {"PERTE", "VOL"})
    void unTitrePerduOuVoleNEstPasRemisPuisquOnNeLAPlus(Motif motif) {
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.CNI_ET_PASSEPORT)
                        .motif(motif)
                        .liste()
                        .pieces())
                .doesNotContain(ANCIEN_TITRE);
    }

    @Test
    void unPasseportPerduDemandeLaDeclarationDePerteEtUnTimbreDe86Euros() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .titre(TypeDeTitre.PASSEPORT)
                .motif(Motif.PERTE)
                .liste();

        assertThat(liste.pieces()).contains(DECLARATION_DE_PERTE, TIMBRE_FISCAL);
        assertThat(liste.total()).isEqualTo(Montant.euros(86));
    }

    // §4 « Change of civil status »

    @Test
    void unChangementDEtatCivilDemandeUnActeRecentOuLeLivretDeFamille() {
        assertThat(UneSituation.majeure()
                        .motif(Motif.CHANGEMENT_ETAT_CIVIL)
                        .liste()
                        .pieces())
                .contains(ACTE_ETAT_CIVIL_CHANGEMENT, ANCIEN_TITRE);
    }

    @ParameterizedTest
    @EnumSource(value = Motif.class, names = "CHANGEMENT_ETAT_CIVIL", mode = EnumSource.Mode.EXCLUDE)
    void seulLeChangementDEtatCivilDemandeUnActeDeChangement(Motif motif) {
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.PASSEPORT)
                        .motif(motif)
                        .liste()
                        .pieces())
                .doesNotContain(ACTE_ETAT_CIVIL_CHANGEMENT);
    }

    // §4, le nom d’usage

    @ParameterizedTest
    @EnumSource(
            value = MentionNomUsage.class,
            names = {"EPOUX", "EPOUSE"})
    void unNomDUsageDEpouxOuDEpouseDemandeLActeDeMariage(MentionNomUsage mention) {
        assertThat(UneSituation.majeure().nomDUsage(mention).liste().pieces())
                .contains(ACTE_DE_MARIAGE)
                .doesNotContain(ACTE_DE_DECES, JUGEMENT_OU_ACCORD_DIVORCE, ACTE_NAISSANCE_DEUX_PARENTS);
    }

    @ParameterizedTest
    @EnumSource(
            value = MentionNomUsage.class,
            names = {"VEUF", "VEUVE"})
    void unVeufOuUneVeuveFournitLActeDeDecesDuConjoint(MentionNomUsage mention) {
        assertThat(UneSituation.majeure().nomDUsage(mention).liste().pieces())
                .contains(ACTE_DE_DECES)
                .doesNotContain(ACTE_DE_MARIAGE, ACTE_NAISSANCE_DEUX_PARENTS);
    }

    @Test
    void unDivorceQuiGardeLeNomDeSonExConjointFournitLeJugementOuLAccordEnPlusDeLActeDeMariage() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .nomDUsage(MentionNomUsage.EPOUSE)
                .divorceGardantLeNomDeLExConjoint()
                .liste();

        assertThat(liste.pieces()).contains(ACTE_DE_MARIAGE, JUGEMENT_OU_ACCORD_DIVORCE);
    }

    @Test
    void unNomDUsageDuParentQuiNAPasTransmisLeSienDemandeUnActeOuFigurentLesDeuxParents() {
        ListeDesJustificatifs liste =
                UneSituation.majeure().nomDUsage(MentionNomUsage.USAGE).liste();

        assertThat(liste.pieces())
                .containsExactly(NUMERO_PREDEMANDE, PHOTO_IDENTITE, JUSTIFICATIF_DOMICILE, ACTE_NAISSANCE_DEUX_PARENTS);
    }

    @Test
    void unNomDUsageDuParentAvecUnTitreSecuriseDemandeQuandMemeLActeAvecLesDeuxParents() {
        assertThat(UneSituation.majeure()
                        .avecTitreSecurise()
                        .neA(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC)
                        .nomDUsage(MentionNomUsage.USAGE)
                        .liste()
                        .pieces())
                .contains(TITRE_SECURISE, ACTE_NAISSANCE_DEUX_PARENTS)
                .doesNotContain(ACTE_DE_NAISSANCE);
    }

    @Test
    void unNomDUsageDuParentQuandLActeDeNaissanceEstDejaDemandeNeLeDemandePasDeuxFois() {
        assertThat(UneSituation.majeure()
                        .neA(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC)
                        .nomDUsage(MentionNomUsage.USAGE)
                        .liste()
                        .pieces())
                .contains(ACTE_DE_NAISSANCE)
                .doesNotContain(ACTE_NAISSANCE_DEUX_PARENTS);
    }

    @Test
    void sansNomDUsageAucunePieceDeNomDUsageNEstDemandee() {
        assertThat(UneSituation.majeure().nomDUsage(null).liste().pieces())
                .doesNotContain(
                        ACTE_DE_MARIAGE, ACTE_DE_DECES, ACTE_NAISSANCE_DEUX_PARENTS, JUGEMENT_OU_ACCORD_DIVORCE);
    }

    // §4 « Hosted person »

    @Test
    void unePersonneHebergeeFournitLesTroisPiecesDeSonHebergeantAuLieuDeSonJustificatifDeDomicile() {
        ListeDesJustificatifs liste =
                UneSituation.majeure().adresse(TypeAdresse.HEBERGE).liste();

        assertThat(liste.pieces())
                .containsExactly(
                        NUMERO_PREDEMANDE,
                        PHOTO_IDENTITE,
                        JUSTIFICATIF_DOMICILE_HEBERGEANT,
                        ATTESTATION_HEBERGEANT,
                        PIECE_IDENTITE_HEBERGEANT);
    }

    @ParameterizedTest
    @EnumSource(value = TypeAdresse.class, names = "HEBERGE", mode = EnumSource.Mode.EXCLUDE)
    void horsHebergementLUsagerFournitSonPropreJustificatifDeDomicile(TypeAdresse adresse) {
        assertThat(UneSituation.majeure().adresse(adresse).liste().pieces())
                .contains(JUSTIFICATIF_DOMICILE)
                .doesNotContain(JUSTIFICATIF_DOMICILE_HEBERGEANT, ATTESTATION_HEBERGEANT, PIECE_IDENTITE_HEBERGEANT);
    }

    // §4 « tax stamp when due »

    @Test
    void leTimbreFiscalNEstDemandeQueSiUnDroitEstDu() {
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.CNI)
                        .motif(Motif.RENOUVELLEMENT)
                        .liste()
                        .pieces())
                .doesNotContain(TIMBRE_FISCAL);
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.PASSEPORT)
                        .motif(Motif.RENOUVELLEMENT)
                        .liste()
                        .pieces())
                .endsWith(TIMBRE_FISCAL);
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.PASSEPORT)
                        .motif(Motif.PAGES_PLEINES)
                        .liste()
                        .pieces())
                .doesNotContain(TIMBRE_FISCAL);
    }

    // Une demande CNI et passeport

    @Test
    void uneDemandeCniEtPasseportPerdusReunitLesPiecesSansDoublonEtAdditionneLesDroits() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .titre(TypeDeTitre.CNI_ET_PASSEPORT)
                .motif(Motif.PERTE)
                .liste();

        assertThat(liste.pieces())
                .containsExactly(
                        NUMERO_PREDEMANDE, PHOTO_IDENTITE, JUSTIFICATIF_DOMICILE, DECLARATION_DE_PERTE, TIMBRE_FISCAL);
        assertThat(liste.droits())
                .extracting(DroitDeTimbre::titre)
                .containsExactly(TypeDeTitre.CNI, TypeDeTitre.PASSEPORT);
        assertThat(liste.total()).isEqualTo(Montant.euros(111));
        assertThat(liste.total().enEuros()).isEqualTo("111\u00a0€");
    }

    @Test
    void lesPiecesDeTouteDemandeViennentEnPremierPuisLIdentiteLeMotifEtLeNom() {
        ListeDesJustificatifs liste = UneSituation.majeure()
                .titre(TypeDeTitre.PASSEPORT)
                .motif(Motif.VOL)
                .neA(LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC)
                .francaisPar(AcquisitionNationalite.DECLARATION)
                .adresse(TypeAdresse.HEBERGE)
                .nomDUsage(MentionNomUsage.EPOUX)
                .divorceGardantLeNomDeLExConjoint()
                .zone(ZoneTarifaire.GUYANE)
                .liste();

        assertThat(liste.pieces())
                .containsExactly(
                        NUMERO_PREDEMANDE,
                        PHOTO_IDENTITE,
                        JUSTIFICATIF_DOMICILE_HEBERGEANT,
                        ATTESTATION_HEBERGEANT,
                        PIECE_IDENTITE_HEBERGEANT,
                        ACTE_DE_NAISSANCE,
                        PREUVE_NATIONALITE,
                        DECLARATION_DE_VOL,
                        ACTE_DE_MARIAGE,
                        JUGEMENT_OU_ACCORD_DIVORCE,
                        TIMBRE_FISCAL);
        assertThat(liste.total().enEuros()).isEqualTo("43\u00a0€");
    }

    // Les mineurs : hors périmètre pour les pièces, pas pour le tarif

    @Test
    void lesPiecesDUnMineurNeSontPasEncorePrisesEnChargeMaisSonTarifLEst() {
        Situation mineur =
                UneSituation.majeure().titre(TypeDeTitre.PASSEPORT).age(17).construire();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ReglesDesJustificatifs.pour(mineur))
                .withMessageContaining("mineur");
        assertThat(ReglesDesJustificatifs.droitsDeTimbre(mineur))
                .extracting(DroitDeTimbre::montant)
                .containsExactly(Montant.euros(42));
    }

    @Test
    void unMajeurDe18AnsAccomplisEstPrisEnCharge() {
        assertThat(UneSituation.majeure().age(18).liste().pieces()).isNotEmpty();
    }
}
