package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.demande.Section;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeDeTitre;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

/** Les règles de chaque section et les contrôles de cohérence, sans l'application : ce que l'usager se voit refuser. */
class ReglesDesSectionsTest {

    private final ValidationDesSections regles =
            new ValidationDesSections(new ReferentielDeTest(), ReponsesDeTest.HORLOGE);
    private final ControlesDeCoherence controles = new ControlesDeCoherence(regles, ReponsesDeTest.HORLOGE);

    @Test
    void desReponsesCompletesEtCoherentesNeLaissentAucunProbleme() {
        assertThat(controles.controler(ReponsesDeTest.completes())).isEmpty();
    }

    @Test
    void unMotifReservéAuPasseportEstRefuséPourUneCarte() {
        var r = ReponsesDeTest.completes();
        r.getMotif().setTitre(TypeDeTitre.CNI);
        r.getMotif().setMotif(Motif.PAGES_PLEINES);

        assertThat(codes(Section.MOTIF, r)).containsEntry("motif", "demande.motif.passeport-seulement");
    }

    @Test
    void leNumeroDuTitreActuelSeRecopieAvecDesEspacesEtEnMinuscules() {
        var r = ReponsesDeTest.completes();
        r.getMotif().setAncienTitreNumero("17cx 84521");

        assertThat(r.getMotif().getAncienTitreNumero()).isEqualTo("17CX84521");
        assertThat(codes(Section.MOTIF, r)).doesNotContainKey("ancienTitreNumero");
    }

    @Test
    void apresUnePerteLeTitreNEstPasAPresenter() {
        var r = ReponsesDeTest.completes();
        r.getMotif().setMotif(Motif.PERTE);
        r.getMotif().setAncienTitrePresentable(null);

        assertThat(codes(Section.MOTIF, r)).doesNotContainKey("ancienTitrePresentable");
        r.getMotif().setMotif(Motif.RENOUVELLEMENT);
        assertThat(codes(Section.MOTIF, r)).containsEntry("ancienTitrePresentable", "demande.ancien-titre.presentable");
    }

    @Test
    void lesDatesSeSaisissentSousPlusieursFormesEtSontGardeesSousUneSeule() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setDateNaissance("3.9.1987");
        r.getFiliation().setParent1DateNaissance("1-1-1950");

        assertThat(r.getEtatCivil().getDateNaissance()).isEqualTo("03/09/1987");
        assertThat(r.getFiliation().getParent1DateNaissance()).isEqualTo("01/01/1950");
        assertThat(controles.controler(r)).isEmpty();
    }

    @Test
    void uneDateImpossibleEstGardeeTelleQueTapeeEtRefusee() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setDateNaissance("31/02/1990");

        assertThat(r.getEtatCivil().getDateNaissance()).isEqualTo("31/02/1990");
        assertThat(codes(Section.ETAT_CIVIL, r)).containsEntry("dateNaissance", "demande.date.invalide");
    }

    @Test
    void laCouleurDesYeuxNEstDemandeeQuePourUnPasseport() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setCouleurYeux(null);
        assertThat(codes(Section.ETAT_CIVIL, r)).containsEntry("couleurYeux", "demande.couleur-yeux.obligatoire");
        assertThat(ChampsObligatoires.de(Section.ETAT_CIVIL, r)).contains("couleurYeux");

        r.getMotif().setTitre(TypeDeTitre.CNI);
        assertThat(codes(Section.ETAT_CIVIL, r)).doesNotContainKey("couleurYeux");
        assertThat(ChampsObligatoires.de(Section.ETAT_CIVIL, r)).doesNotContain("couleurYeux");
    }

    @Test
    void lesChampsConditionnelsPortentLaMarqueQuandIlsSAppliquent() {
        var r = ReponsesDeTest.completes();
        assertThat(ChampsObligatoires.de(Section.MOTIF, r))
                .contains(
                        "ancienTitreType", "ancienTitreNumero", "ancienTitreDateDelivrance", "ancienTitrePresentable");
        assertThat(ChampsObligatoires.de(Section.ETAT_CIVIL, r))
                .contains("communeNaissance")
                .doesNotContain("villeNaissanceEtranger", "mentionNomUsage");

        r.getMotif().setMotif(Motif.PREMIERE_DEMANDE);
        r.getEtatCivil().setPaysNaissance("Allemagne");
        r.getEtatCivil().setNomUsage("Durand");
        assertThat(ChampsObligatoires.de(Section.MOTIF, r)).doesNotContain("ancienTitreType", "ancienTitreNumero");
        assertThat(ChampsObligatoires.de(Section.ETAT_CIVIL, r))
                .contains("villeNaissanceEtranger", "mentionNomUsage")
                .doesNotContain("communeNaissance");
        // la page relit les conditions dont la réponse décisive est sur la même page
        assertThat(ChampsObligatoires.surLaPage(Section.MOTIF))
                .containsEntry("ancienTitrePresentable", "motif!=premiere_demande|perte|vol|");
        assertThat(ChampsObligatoires.surLaPage(Section.ETAT_CIVIL)).doesNotContainKey("couleurYeux");
    }

    @Test
    void garderLeNomDeLExConjointSupposeUnNomDUsageVenuDUnMariage() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setNomUsage("Durand");
        r.getEtatCivil().setMentionNomUsage(MentionNomUsage.USAGE);
        r.getEtatCivil().setDivorceGardantLeNom(true);

        assertThat(codes(Section.ETAT_CIVIL, r))
                .containsEntry("divorceGardantLeNom", "demande.nom-usage.divorce-sans-mariage");
        r.getEtatCivil().setMentionNomUsage(MentionNomUsage.EPOUSE);
        assertThat(codes(Section.ETAT_CIVIL, r)).doesNotContainKey("divorceGardantLeNom");
    }

    @Test
    void desHomonymesDemandentLeCodePostalEnCitantLesCommunesPossibles() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setCommuneNaissance("Saint-Denis");

        var erreur = erreurs(Section.ETAT_CIVIL, r).stream()
                .filter(e -> e.getField().equals("communeNaissance"))
                .findFirst()
                .orElseThrow();
        assertThat(erreur.getCode()).isEqualTo("demande.commune.ambigue");
        assertThat(erreur.getArguments()).containsExactly(2, "« Saint-Denis (93200) », « Saint-Denis (97400) »");
    }

    @Test
    void unCodePostalQuiNeCorrespondPasALaCommuneEstRefuse() {
        var r = ReponsesDeTest.completes();
        r.getAdresse().setCodePostal("69001");

        assertThat(codes(Section.ADRESSE, r)).containsEntry("codePostal", "demande.adresse.code-postal-commune");
    }

    @Test
    void unParentNeMoinsDe12AnsAvantLaPersonneEstSignaleSurSonChamp() {
        var r = ReponsesDeTest.completes();
        r.getFiliation().setParent1DateNaissance("01/01/1985");

        assertThat(controles.controler(r))
                .extracting(ControlesDeCoherence.Probleme::champ)
                .containsExactly("parent1DateNaissance");
    }

    @Test
    void unMineurEstArreteSurLaPageDeVerification() {
        var r = ReponsesDeTest.completes();
        r.getEtatCivil().setDateNaissance("02/12/2008");

        assertThat(controles.controler(r))
                .extracting(ControlesDeCoherence.Probleme::champ)
                .contains("dateNaissance");
        r.getEtatCivil().setDateNaissance("01/12/2008");
        assertThat(controles.controler(r)).isEmpty();
    }

    @Test
    void chaqueMessageDuResumeNommeSaSectionEtSaPersonne() {
        var r = ReponsesDeTest.completes();
        r.getFiliation().setParent2Inconnu(false);
        r.getFiliation().setParent1Nom("");
        var messages = new StaticMessageSource();
        messages.addMessage("demande.section.FILIATION", java.util.Locale.FRANCE, "Filiation");
        messages.addMessage("saisie.nom.obligatoire", java.util.Locale.FRANCE, "Indiquez le nom");
        messages.addMessage(
                "saisie.nom.obligatoire.parent1Nom", java.util.Locale.FRANCE, "Indiquez le nom du premier parent");
        messages.addMessage(
                "saisie.nom.obligatoire.parent2Nom", java.util.Locale.FRANCE, "Indiquez le nom du second parent");
        messages.addMessage(
                "saisie.prenoms.obligatoire.parent2Prenoms",
                java.util.Locale.FRANCE,
                "Indiquez au moins un prénom du second parent");
        messages.addMessage("demande.verification.probleme", java.util.Locale.FRANCE, "{0} : {1}");
        var vue = new VueDesReponses(messages);

        List<String> textes = controles.controler(r).stream().map(vue::probleme).toList();

        assertThat(textes)
                .containsExactly(
                        "Filiation : indiquez le nom du premier parent",
                        "Filiation : indiquez le nom du second parent",
                        "Filiation : indiquez au moins un prénom du second parent");
    }

    private Map<String, String> codes(Section section, Reponses reponses) {
        var codes = new java.util.LinkedHashMap<String, String>();
        erreurs(section, reponses).forEach(e -> codes.putIfAbsent(e.getField(), e.getCode()));
        return codes;
    }

    private List<FieldError> erreurs(Section section, Reponses reponses) {
        var erreurs = new BeanPropertyBindingResult(Formulaires.dans(section, reponses), "formulaire");
        regles.verifier(section, reponses, erreurs);
        return erreurs.getFieldErrors();
    }
}
