package fr.predemande.demande.internal;

import static fr.predemande.compte.internal.ConnexionDeTest.connecte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.predemande.compte.ComptesUsagers;
import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.StatutPreDemande;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.referentiel.Referentiel;
import fr.predemande.stockage.MagasinDeDocuments;
import fr.predemande.support.PageHtml;
import fr.predemande.support.PageHtml.Balise;
import fr.predemande.web.SaisiesInterrompues;
import fr.predemande.web.UrlPublique;
import fr.predemande.web.internal.MiseEnPageDeTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Les pages de saisie quand la personne se trompe, rendues pour de vrai (gabarits Thymeleaf, textes, règles des
 * sections) sans base ni serveur : les contrôleurs des sections et de la vérification, leurs règles réelles (sur
 * {@link ReferentielDeTest}, à la date de {@link ReponsesDeTest#HORLOGE}), les brouillons et la validation simulés.
 * Chaque erreur doit être là où le DSFR la veut : sous son champ, reliée à lui, reprise dans le résumé en tête de page
 * avec un lien vers le champ, et rien de ce qui a été tapé ne doit disparaître.
 */
@WebMvcTest(controllers = {PreDemandeController.class, ValidationController.class})
@Import({MiseEnPageDeTest.class, PagesDeSaisieEnErreurTest.ReglesReelles.class})
class PagesDeSaisieEnErreurTest {

    private static final UsagerConnecte ELISE =
            new UsagerConnecte(UUID.fromString("5b0c3a52-6f0e-4a43-9d1b-0d7e5c1f2a01"), "elise.martin");
    private static final UUID ID = UUID.fromString("9d6a1f0e-2c4b-4e8a-b7d3-1a2b3c4d5e6f");
    private static final String CHOIX_INCONNU = "Choisissez une des réponses proposées";

    /** Les règles et la mise en mots des réponses, réelles ; le référentiel et l'horloge, de test. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import({
        ValidationDesSections.class,
        ControlesDeCoherence.class,
        Declarations.class,
        VueDesReponses.class,
        Recapitulatifs.class
    })
    static class ReglesReelles {

        @Bean
        Referentiel referentiel() {
            return new ReferentielDeTest();
        }

        @Bean
        Clock horloge() {
            return ReponsesDeTest.HORLOGE;
        }
    }

    @MockitoBean
    Brouillons brouillons;

    @MockitoBean
    ComptesUsagers comptes;

    @MockitoBean
    SaisiesInterrompues saisiesInterrompues;

    @MockitoBean
    ValidationDeLaPreDemande validationFinale;

    @MockitoBean
    MagasinDeDocuments magasin;

    @MockitoBean
    UrlPublique urlPublique;

    @Autowired
    MockMvc mvc;

    /** Une saisie d'état civil où chaque genre de champ a une réponse fausse. */
    private static final Map<String, String> ETAT_CIVIL_FAUX = saisie(
            "sexe", "",
            "nomNaissance", "Dupont2",
            "nomUsage", "Durand",
            "mentionNomUsage", "USAGE",
            "divorceGardantLeNom", "true",
            "prenoms", "Élise, Marie",
            "dateNaissance", "31/02/1990",
            "paysNaissance", "",
            "communeNaissance", "Saint-Denis",
            "taille", "abc",
            "couleurYeux", "");

    @Test
    void chaqueGenreDeChampFauxASonMessageSousLuiRelieAuChampEtReprisDansLeResume() throws Exception {
        PageHtml page = envoyer(brouillon(ReponsesDeTest.completes()), "etat-civil", ETAT_CIVIL_FAUX);

        signale(page, "sexe", "fr-fieldset", "Indiquez le sexe");
        signale(
                page,
                "nomNaissance",
                "fr-input-group",
                "Le nom ne peut contenir que des lettres, des espaces, des tirets et des apostrophes.");
        signale(
                page,
                "divorceGardantLeNom",
                "fr-checkbox-group",
                "Seul un nom d’usage d’époux ou d’épouse peut être gardé après un divorce : choisissez la mention"
                        + " « Époux » ou « Épouse », ou décochez la case");
        signale(
                page,
                "dateNaissance",
                "fr-input-group",
                "La date de naissance n’existe pas ou n’est pas au format JJ/MM/AAAA");
        signale(
                page,
                "communeNaissance",
                "fr-input-group",
                "Plusieurs communes correspondent (2) : précisez le code postal, par exemple « Saint-Denis (93200) »,"
                        + " « Saint-Denis (97400) »");
        signale(page, "taille", "fr-input-group", "Indiquez la taille en centimètres, entre 30 et 250");
        signale(page, "couleurYeux", "fr-select-group", "Pour un passeport, indiquez la couleur des yeux");
        // des réponses justes restent sans erreur
        assertThat(page.id("prenoms")
                        .ancetre(b -> b.aLaClasse("fr-input-group"))
                        .orElseThrow()
                        .liste("class"))
                .doesNotContain("fr-input-group--error");
        assertThat(page.id("mentionNomUsage-messages").texte()).isEmpty();
    }

    @Test
    void leResumeDesErreursPrendLeFocusEtMeneAChaqueChampAvecLeMemeTexte() throws Exception {
        PageHtml page = envoyer(brouillon(ReponsesDeTest.completes()), "etat-civil", ETAT_CIVIL_FAUX);

        Balise resume = page.id("resume-erreurs");
        assertThat(resume.attribut("role")).isEqualTo("alert");
        assertThat(resume.attribut("tabindex")).isEqualTo("-1");
        var liens = resume.descendants(b -> b.nom().equals("a"));
        var messagesSousLesChamps = page.avecLaClasse("fr-message--error");
        assertThat(liens).hasSameSizeAs(messagesSousLesChamps).hasSize(7);
        for (Balise lien : liens) {
            assertThat(lien.attribut("href")).startsWith("#");
            String champ = lien.attribut("href").substring(1);
            page.id(champ); // la cible du lien existe : le champ lui-même, ou son premier bouton radio
            assertThat(page.id(champ + "-messages").texte())
                    .as("texte du lien vers %s", champ)
                    .isEqualTo(lien.texte());
        }
    }

    @Test
    void rienDeCeQuiAEteTapeNEstPerduMemeFaux() throws Exception {
        var demande = brouillon(ReponsesDeTest.completes());
        PageHtml page = envoyer(demande, "etat-civil", ETAT_CIVIL_FAUX);

        assertThat(page.id("nomNaissance").attribut("value")).isEqualTo("Dupont2");
        assertThat(page.id("nomUsage").attribut("value")).isEqualTo("Durand");
        assertThat(page.id("prenoms").attribut("value")).isEqualTo("Élise, Marie");
        assertThat(page.id("dateNaissance").attribut("value")).isEqualTo("31/02/1990");
        assertThat(page.id("communeNaissance").attribut("value")).isEqualTo("Saint-Denis");
        assertThat(page.id("taille").attribut("value")).isEqualTo("abc");
        assertThat(page.id("divorceGardantLeNom").attribut("checked")).isNotNull();
        assertThat(page.id("mentionNomUsage").descendants(b -> b.attribut("selected") != null))
                .extracting(b -> b.attribut("value"))
                .containsExactly("USAGE");

        // et le brouillon garde la saisie telle quelle, pour que la personne la corrige plus tard
        var enregistrees = ArgumentCaptor.forClass(Reponses.class);
        verify(brouillons).enregistrer(same(demande), enregistrees.capture());
        var etatCivil = enregistrees.getValue().getEtatCivil();
        assertThat(etatCivil.getNomNaissance()).isEqualTo("Dupont2");
        assertThat(etatCivil.getDateNaissance()).isEqualTo("31/02/1990");
        assertThat(etatCivil.getCommuneNaissance()).isEqualTo("Saint-Denis");
        assertThat(etatCivil.getTaille()).isEqualTo("abc");
    }

    @Test
    void uneReponseHorsDesChoixProposesDemandeDeChoisirSansTexteTechnique() throws Exception {
        // un brouillon neuf : sans réponse précédente, le choix illisible ne doit pas valoir aussi « obligatoire »
        PageHtml page = envoyer(
                brouillon(new Reponses()),
                "motif",
                saisie(
                        "titre", "XYZ",
                        "motif", "INCONNU",
                        "titreSecurise", "peut-etre",
                        "ancienTitreType", "CNI",
                        "ancienTitrePresentable", "42"));

        signale(page, "titre", "fr-fieldset", CHOIX_INCONNU);
        signale(page, "motif", "fr-select-group", CHOIX_INCONNU);
        signale(page, "titreSecurise", "fr-fieldset", CHOIX_INCONNU);
        signale(page, "ancienTitrePresentable", "fr-fieldset", CHOIX_INCONNU);
        assertThat(page.id("ancienTitreType-messages").texte()).isEmpty();
    }

    @Test
    void uneReponseHorsDesChoixNeLaisseFiltrerAucunTexteJava() throws Exception {
        var demande = brouillon(ReponsesDeTest.completes());
        String html = mvc.perform(section(demande, "motif", saisie("titre", "XYZ", "titreSecurise", "peut-etre")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(PageHtml.lire(html).id("contenu").texte())
                .contains(CHOIX_INCONNU)
                .doesNotContain(
                        "Failed to convert",
                        "java.",
                        "Exception",
                        "No enum constant",
                        "TypeDeTitre",
                        "XYZ",
                        "peut-etre");
        // le choix enregistré avant reste celui du brouillon : une valeur illisible n'efface rien
        var enregistrees = ArgumentCaptor.forClass(Reponses.class);
        verify(brouillons).enregistrer(same(demande), enregistrees.capture());
        assertThat(enregistrees.getValue().getMotif().getTitre()).isEqualTo(TypeDeTitre.CNI_ET_PASSEPORT);
    }

    @Test
    void leTitreDeLaPageEstCeluiDeLaSection() throws Exception {
        PageHtml page = envoyer(brouillon(ReponsesDeTest.completes()), "etat-civil", ETAT_CIVIL_FAUX);

        // le préfixe « Erreur : » n'est pas (encore) posé par la mise en page : seul le titre de la section est vérifié
        assertThat(page.titre()).contains("État civil — Prédemande");
    }

    @Test
    void lAncienFormulaireDUnePreDemandeValideeMeneASaConfirmation() throws Exception {
        var validee = preDemande(StatutPreDemande.VALIDEE, ReponsesDeTest.completes());

        mvc.perform(section(validee, "contact", saisie("courriel", "autre@exemple.fr")))
                .andExpect(redirectedUrl("/demandes/" + ID + "/confirmation"))
                .andExpect(flash().attribute("information", "demande.deja-validee"));
        verify(brouillons, never()).enregistrer(any(), any());
    }

    @Test
    void unePreDemandeValideeEntreLaLectureEtLEnregistrementMeneAussiASaConfirmation() throws Exception {
        var demande = brouillon(ReponsesDeTest.completes());
        when(brouillons.enregistrer(same(demande), any())).thenReturn(false);

        mvc.perform(section(demande, "contact", saisie("courriel", "autre@exemple.fr")))
                .andExpect(redirectedUrl("/demandes/" + ID + "/confirmation"))
                .andExpect(flash().attribute("information", "demande.deja-validee"));
    }

    @Test
    void laPageDeVerificationListeChaqueProblemeParSectionAvecUnLienVersLeChamp() throws Exception {
        var reponses = ReponsesDeTest.completes();
        reponses.getMotif().setAncienTitreNumero("12");
        reponses.getEtatCivil().setTaille("abc");
        reponses.getFiliation().setParent1DateNaissance("01/01/1985");
        reponses.getNationalite().setAcquisition(null);
        reponses.getAdresse().setCodePostal("69001");
        reponses.getContact().setTelephone("01 23 45 67 89");
        brouillon(reponses);

        String html = mvc.perform(get("/demandes/" + ID + "/verification").with(connecte(ELISE)))
                .andExpect(status().isOk())
                .andExpect(view().name(ValidationController.VUE_VERIFICATION))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        PageHtml page = PageHtml.lire(html);

        var problemes = new ArrayList<String>();
        var liens = new ArrayList<String>();
        for (Balise lien : page.id("resume-erreurs").descendants(b -> b.nom().equals("a"))) {
            problemes.add(lien.texte());
            liens.add(lien.attribut("href"));
        }
        assertThat(problemes)
                .containsExactlyInAnyOrder(
                        "Motif de la demande : indiquez le numéro de votre titre actuel : 9 à 12 chiffres ou lettres",
                        "État civil : indiquez la taille en centimètres, entre 30 et 250",
                        "Filiation : le premier parent doit être né au moins 12 ans avant la personne (vérifiez les dates de naissance)",
                        "Nationalité : indiquez comment vous avez acquis la nationalité française",
                        "Adresse : ce code postal ne correspond pas à la commune indiquée",
                        "Contact : ce numéro n’est pas celui d’un téléphone portable : indiquez un numéro de portable.");
        String page0 = "/demandes/" + ID + "/";
        assertThat(liens)
                .containsExactlyInAnyOrder(
                        page0 + "motif?retour=verification#ancienTitreNumero",
                        page0 + "etat-civil?retour=verification#taille",
                        page0 + "filiation?retour=verification#parent1DateNaissance",
                        page0 + "nationalite?retour=verification#acquisition",
                        page0 + "adresse?retour=verification#codePostal",
                        page0 + "contact?retour=verification#telephone");
        // pas de validation possible tant qu'il reste un problème
        assertThat(page.toutes(b -> b.nom().equals("form")
                        && String.valueOf(b.attribut("action")).endsWith("/validation")))
                .isEmpty();

        // chaque lien ouvre la section, où l'ancre est bien le champ à corriger
        for (String lien : liens) {
            String[] morceaux = lien.split("#");
            String section = mvc.perform(get(morceaux[0]).with(connecte(ELISE)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            Balise champ = PageHtml.lire(section).id(morceaux[1]);
            assertThat(champ.nom()).as(lien).isIn("input", "select");
            assertThat(PageHtml.lire(section).toutes(b -> "retour".equals(b.attribut("name"))))
                    .as("retour à la vérification après %s", lien)
                    .extracting(b -> b.attribut("value"))
                    .containsExactly("verification");
        }
        verify(brouillons, never()).enregistrer(any(), any());
    }

    @Test
    void uneAdresseDeRecapitulatifFausseEstSignaleeSurLaVerificationEtRienNEstValide() throws Exception {
        brouillon(ReponsesDeTest.completes());

        String html = mvc.perform(post("/demandes/" + ID + "/validation")
                        .with(connecte(ELISE))
                        .with(csrf())
                        .param("courriel", "elise.martin@"))
                .andExpect(status().isOk())
                .andExpect(view().name(ValidationController.VUE_VERIFICATION))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        PageHtml page = PageHtml.lire(html);

        signaleSansResume(
                page,
                "courriel",
                "fr-input-group",
                "L’adresse électronique n’est pas valide. Le format attendu est : nom@exemple.fr");
        assertThat(page.id("courriel").attribut("value")).isEqualTo("elise.martin@");
        verify(validationFinale, never()).valider(any(), any(), anyString());
    }

    /**
     * Le champ d'une section est signalé comme le DSFR le demande : son groupe porte la classe d'erreur, le message est
     * le seul sous le champ et lui est relié (aria-describedby, ou la légende du groupe de boutons), le champ est
     * annoncé invalide, et le résumé y mène avec le même texte.
     */
    private static void signale(PageHtml page, String champ, String groupe, String message) {
        signaleSansResume(page, champ, groupe, message);
        if (!groupe.equals("fr-fieldset") && !groupe.equals("fr-checkbox-group")) {
            assertThat(page.id(champ).attribut("aria-invalid")).as(champ).isEqualTo("true");
        }
        assertThat(page.id("resume-erreurs")
                        .descendants(b -> b.nom().equals("a") && ("#" + champ).equals(b.attribut("href"))))
                .as("lien du résumé vers %s", champ)
                .extracting(Balise::texte)
                .containsExactly(message);
    }

    private static void signaleSansResume(PageHtml page, String champ, String groupe, String message) {
        Balise messages = page.id(champ + "-messages");
        assertThat(messages.avecLaClasse("fr-message--error"))
                .as("messages sous %s", champ)
                .extracting(Balise::texte)
                .containsExactly(message);
        Balise groupeDuChamp = page.id(champ)
                .ancetre(b -> b.aLaClasse(groupe))
                .orElseThrow(() -> new AssertionError(champ + " n'est pas dans un groupe " + groupe));
        assertThat(groupeDuChamp.liste("class")).as("groupe de %s", champ).contains(groupe + "--error");
        assertThat(messages.ancetre(b -> b.aLaClasse(groupe)))
                .as("message de %s dans son groupe", champ)
                .contains(groupeDuChamp);
        if (groupe.equals("fr-fieldset")) {
            assertThat(groupeDuChamp.liste("aria-labelledby"))
                    .as("groupe de %s", champ)
                    .contains(champ + "-messages");
        } else {
            assertThat(page.id(champ).liste("aria-describedby")).as(champ).contains(champ + "-messages");
        }
    }

    private PageHtml envoyer(PreDemande demande, String chemin, Map<String, String> champs) throws Exception {
        String html = mvc.perform(section(demande, chemin, champs))
                .andExpect(status().isOk())
                .andExpect(view().name(PreDemandeController.VUE_SECTION))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return PageHtml.lire(html);
    }

    private MockHttpServletRequestBuilder section(PreDemande demande, String chemin, Map<String, String> champs) {
        var requete = post("/demandes/" + demande.id() + "/" + chemin)
                .with(connecte(ELISE))
                .with(csrf());
        champs.forEach(requete::param);
        return requete;
    }

    /** Le brouillon d'Élise, que les brouillons (simulés) lui rendent et acceptent d'enregistrer. */
    private PreDemande brouillon(Reponses reponses) {
        var demande = preDemande(StatutPreDemande.BROUILLON, reponses);
        when(brouillons.enregistrer(same(demande), any())).thenReturn(true);
        return demande;
    }

    private PreDemande preDemande(StatutPreDemande statut, Reponses reponses) {
        Instant creeLe = ReponsesDeTest.HORLOGE.instant().minusSeconds(3600);
        var demande = new PreDemande(
                ID,
                ELISE.compteId(),
                statut,
                reponses,
                null,
                creeLe,
                creeLe,
                null,
                PreDemande.finDeValidite(creeLe),
                null,
                null,
                null,
                3);
        when(brouillons.duTitulaireOu404(ID, ELISE)).thenReturn(demande);
        return demande;
    }

    private static Map<String, String> saisie(String... champsEtValeurs) {
        var champs = new LinkedHashMap<String, String>();
        for (int i = 0; i < champsEtValeurs.length; i += 2) {
            champs.put(champsEtValeurs[i], champsEtValeurs[i + 1]);
        }
        return champs;
    }
}
