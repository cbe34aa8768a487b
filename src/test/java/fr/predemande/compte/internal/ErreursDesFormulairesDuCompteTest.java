package fr.predemande.compte.internal;

import static fr.predemande.support.Balisage.liensDuResume;
import static fr.predemande.support.Balisage.messagesDuChamp;
import static fr.predemande.support.Balisage.titre;
import static fr.predemande.support.Balisage.valeur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import fr.predemande.antirobot.VerificationAntiRobot;
import fr.predemande.compte.UsageDuLien;
import fr.predemande.support.TextesDeLApplication;
import fr.predemande.web.SaisiesInterrompues;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Les formulaires du compte en erreur, contrôleurs seuls (tranche MVC, vraie chaîne de sécurité des usagers, services
 * simulés) : chaque message à côté de son champ, le même dans le résumé qui y mène, la saisie gardée (jamais un mot
 * de passe), le titre de la page qui commence par « Erreur : ».
 */
@WebMvcTest(
        controllers = {
            InscriptionController.class,
            ConnexionController.class,
            MonCompteController.class,
            ActivationController.class,
            MotDePasseOublieController.class
        },
        // la tranche n'ouvre aucune base : une URL configurée évite de démarrer le PostgreSQL embarqué pour rien
        properties = "spring.datasource.url=jdbc:postgresql://base-non-utilisee/tranche-mvc")
@Import({SecuriteDesUsagers.class, ParcoursDuLien.class, TextesDeLApplication.class})
class ErreursDesFormulairesDuCompteTest {

    private static final String JETON = "jeton-de-test";
    private static final String MOT_DE_PASSE = "voilier-cerise-tonnerre-83";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Inscription inscription;

    @MockitoBean
    CompteRepository comptes;

    @MockitoBean
    VerificationAntiRobot antiRobot;

    @MockitoBean
    ModificationDuCompte modification;

    @MockitoBean
    MotsDePasseDesComptes motsDePasse;

    @MockitoBean
    LimitesDeDebit limites;

    @MockitoBean
    AttentesDeConnexion attentes;

    @MockitoBean
    AppareilsDeConfiance appareils;

    @MockitoBean
    ComptesUsagersJdbc comptesUsagers;

    @MockitoBean
    PasswordEncoder empreintes;

    @MockitoBean
    SaisiesInterrompues saisiesInterrompues;

    // — Création de compte —

    @Test
    void uneInscriptionInvalideMontreChaqueErreurASonChampEtGardeLaSaisie() throws Exception {
        String page = page(mvc.perform(post("/compte/inscription")
                        .with(csrf())
                        .param("identifiant", "_mauvais")
                        .param("nom", "Dupont2")
                        .param("prenoms", "Jean--Pierre")
                        .param("courriel", "jean.dupont")
                        .param("telephone", "01 23 45 67 89")
                        .param("questionSecrete", "INEXISTANTE")
                        .param("reponseSecrete", "a"))
                .andExpect(status().isOk())
                .andExpect(view().name(InscriptionController.VUE_FORMULAIRE))
                .andExpect(model().attributeHasFieldErrorCode("formulaire", "identifiant", "saisie.identifiant.format"))
                .andExpect(model().attributeHasFieldErrorCode("formulaire", "altcha", "compte.antirobot.echec")));

        assertThat(titre(page)).isEqualTo("Erreur : Créer un compte — Prédemande");
        assertThat(liensDuResume(page))
                .extracting(lien -> lien.substring(0, lien.indexOf(' ')))
                .containsExactly(
                        "#identifiant",
                        "#sexe",
                        "#nom",
                        "#prenoms",
                        "#courriel",
                        "#telephone",
                        "#questionSecrete",
                        "#reponseSecrete",
                        "#cgu",
                        "#altcha");
        assertThat(messagesDuChamp(page, "nom"))
                .containsExactly(
                        "Le nom ne peut contenir que des lettres, des espaces, des tirets et des apostrophes.");
        assertThat(messagesDuChamp(page, "sexe")).containsExactly("Indiquez votre sexe");
        assertThat(messagesDuChamp(page, "altcha"))
                .containsExactly(
                        "Le code de sécurité n’a pas été validé : cochez la case et attendez la fin de la vérification");
        memeTexteDansLeResumeEtAuChamp(page);
        assertThat(valeur(page, "identifiant")).isEqualTo("_mauvais");
        assertThat(valeur(page, "nom")).isEqualTo("Dupont2");
        assertThat(valeur(page, "courriel")).isEqualTo("jean.dupont");
        assertThat(valeur(page, "telephone")).isEqualTo("01 23 45 67 89");
        verify(inscription, never()).inscrire(any());
    }

    @Test
    void unIdentifiantDejaPrisEstSignaleASonChamp() throws Exception {
        when(antiRobot.verifierEtConsommer("reponse")).thenReturn(true);
        when(comptes.identifiantPris("camille")).thenReturn(true);
        String page = page(inscrire("camille").andExpect(status().isOk()));
        assertThat(liensDuResume(page))
                .containsExactly("#identifiant → Cet identifiant est déjà utilisé : choisissez-en un autre");
        assertThat(messagesDuChamp(page, "identifiant"))
                .containsExactly("Cet identifiant est déjà utilisé : choisissez-en un autre");
        assertThat(valeur(page, "nom")).isEqualTo("Martin");
    }

    @Test
    void unIdentifiantPrisEntreLaVerificationEtLEnregistrementEstSignaleAussi() throws Exception {
        when(antiRobot.verifierEtConsommer("reponse")).thenReturn(true);
        when(inscription.inscrire(any())).thenReturn(false);
        String page = page(inscrire("camille").andExpect(status().isOk()));
        assertThat(messagesDuChamp(page, "identifiant"))
                .containsExactly("Cet identifiant est déjà utilisé : choisissez-en un autre");
    }

    @Test
    void uneInscriptionValideMeneALaConfirmation() throws Exception {
        when(antiRobot.verifierEtConsommer("reponse")).thenReturn(true);
        when(inscription.inscrire(any())).thenReturn(true);
        inscrire("Camille")
                .andExpect(redirectedUrl("/compte/inscription/confirmation"))
                .andExpect(flash().attribute("identifiant", "camille"))
                .andExpect(flash().attribute("courriel", "camille@exemple.fr"));
    }

    // — Connexion —

    @Test
    void uneConnexionRefuseeGardeLIdentifiantEtJamaisLeMotDePasse() throws Exception {
        when(comptesUsagers.loadUserByUsername(anyString())).thenThrow(new UsernameNotFoundException("inconnu"));
        when(empreintes.encode(anyString())).thenReturn("empreinte");
        // l'échec est gardé en attribut flash dans la session, lu par la page de connexion réaffichée
        String page = page(mvc.perform(get("/connexion").param("erreur", "").session(sessionApresConnexionRefusee()))
                .andExpect(status().isOk())
                .andExpect(model().attribute(ConnexionController.ERREUR, "connexion.erreur.identifiants")));
        assertThat(titre(page)).isEqualTo("Erreur : Se connecter — Prédemande");
        assertThat(liensDuResume(page)).containsExactly("#identifiant → Identifiant ou mot de passe incorrect");
        assertThat(messagesDuChamp(page, "identifiant")).containsExactly("Identifiant ou mot de passe incorrect");
        assertThat(valeur(page, "identifiant")).isEqualTo("camille");
        assertThat(valeur(page, "motDePasse")).isEmpty();
    }

    @Test
    void uneConnexionFreineeDitQuandReessayer() throws Exception {
        // l'attente annoncée est arrondie à la seconde au-dessus
        when(attentes.essayer(eq("camille"), anyString())).thenReturn(Optional.of(Duration.ofMillis(41_200)));
        String page = page(mvc.perform(get("/connexion").param("erreur", "").session(sessionApresConnexionRefusee()))
                .andExpect(status().isOk()));
        assertThat(liensDuResume(page))
                .containsExactly("#identifiant → Trop de tentatives de connexion : réessayez dans 42 secondes");
        assertThat(messagesDuChamp(page, "identifiant"))
                .containsExactly("Trop de tentatives de connexion : réessayez dans 42 secondes");
        assertThat(valeur(page, "identifiant")).isEqualTo("camille");
        verify(comptesUsagers, never()).loadUserByUsername(anyString());

        when(attentes.essayer(eq("camille"), anyString())).thenReturn(Optional.of(Duration.ofMillis(300)));
        assertThat(messagesDuChamp(
                        page(mvc.perform(
                                get("/connexion").param("erreur", "").session(sessionApresConnexionRefusee()))),
                        "identifiant"))
                .containsExactly("Trop de tentatives de connexion : réessayez dans 1 seconde");
    }

    @Test
    void laPageDeConnexionSansEchecNAPasDErreur() throws Exception {
        String page = page(mvc.perform(get("/connexion")).andExpect(status().isOk()));
        assertThat(titre(page)).isEqualTo("Se connecter — Prédemande");
        assertThat(liensDuResume(page)).isEmpty();
        assertThat(messagesDuChamp(page, "identifiant")).isEmpty();
    }

    // — Mon compte —

    @Test
    void uneModificationInvalideMontreLesErreursEtGardeLaSaisie() throws Exception {
        when(comptes.parIdentifiant("camille")).thenReturn(Optional.of(compte()));
        String page = page(mvc.perform(post("/compte/modifier")
                        .with(csrf())
                        .with(user("camille").roles("USAGER"))
                        .param("sexe", "X")
                        .param("nom", "")
                        .param("prenoms", "Paul")
                        .param("courriel", "a@b")
                        .param("telephone", "abc"))
                .andExpect(status().isOk())
                .andExpect(view().name(MonCompteController.VUE_MODIFIER)));
        assertThat(titre(page)).isEqualTo("Erreur : Modifier mes informations — Prédemande");
        assertThat(messagesDuChamp(page, "nom")).containsExactly("Indiquez le nom");
        assertThat(messagesDuChamp(page, "sexe")).containsExactly("Indiquez votre sexe");
        assertThat(messagesDuChamp(page, "telephone"))
                .hasSize(1)
                .first()
                .asString()
                .startsWith("Le numéro de téléphone n’est pas valide.");
        assertThat(messagesDuChamp(page, "prenoms")).isEmpty();
        memeTexteDansLeResumeEtAuChamp(page);
        assertThat(valeur(page, "prenoms")).isEqualTo("Paul");
        assertThat(valeur(page, "courriel")).isEqualTo("a@b");
        assertThat(valeur(page, "telephone")).isEqualTo("abc");
        verify(modification, never()).modifier(any(), any());
    }

    @Test
    void uneModificationValideRevientAuCompteAvecUnMessage() throws Exception {
        when(comptes.parIdentifiant("camille")).thenReturn(Optional.of(compte()));
        when(modification.modifier(any(), any())).thenReturn(false);
        mvc.perform(post("/compte/modifier")
                        .with(csrf())
                        .with(user("camille").roles("USAGER"))
                        .param("sexe", "F")
                        .param("nom", "Martin")
                        .param("prenoms", "Camille")
                        .param("courriel", "camille@exemple.fr")
                        .param("telephone", "06 12 34 56 78"))
                .andExpect(redirectedUrl("/compte"))
                .andExpect(flash().attribute("succes", "compte.modification.succes"));
    }

    @Test
    void laModificationExigeUneConnexion() throws Exception {
        mvc.perform(post("/compte/modifier").with(csrf()).param("nom", "")).andExpect(redirectedUrl("/connexion"));
    }

    // — Activation (lien reçu par courriel) —

    @Test
    void unMotDePasseRefuseALActivationEstSignaleASonChamp() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.ACTIVATION)).thenReturn(Optional.of(compte()));
        String page = page(mvc.perform(post("/compte/activation")
                        .with(csrf())
                        .param("jeton", JETON)
                        .param("motDePasse", "motdepasse123")
                        .param("confirmation", "motdepasse123"))
                .andExpect(status().isOk())
                .andExpect(view().name(ActivationController.VUE_MOT_DE_PASSE)));
        assertThat(titre(page)).isEqualTo("Erreur : Choisir votre mot de passe — Prédemande");
        assertThat(messagesDuChamp(page, "motDePasse"))
                .hasSize(1)
                .first()
                .asString()
                .startsWith("Ce mot de passe est trop facile à deviner.");
        memeTexteDansLeResumeEtAuChamp(page);
        assertThat(valeur(page, "motDePasse")).isEmpty();
        assertThat(page).contains("Identifiant : camille");
        verify(motsDePasse, never()).activer(anyString(), anyString());
    }

    @Test
    void uneConfirmationDifferenteEstSignaleeASonChamp() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.ACTIVATION)).thenReturn(Optional.of(compte()));
        String page = page(mvc.perform(post("/compte/activation")
                        .with(csrf())
                        .param("jeton", JETON)
                        .param("motDePasse", MOT_DE_PASSE)
                        .param("confirmation", MOT_DE_PASSE + "x"))
                .andExpect(status().isOk()));
        assertThat(liensDuResume(page))
                .containsExactly("#confirmation → La confirmation ne correspond pas au mot de passe");
        assertThat(messagesDuChamp(page, "confirmation"))
                .containsExactly("La confirmation ne correspond pas au mot de passe");
    }

    @Test
    void uneActivationReussieMeneALaConnexion() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.ACTIVATION)).thenReturn(Optional.of(compte()));
        when(motsDePasse.activer(JETON, MOT_DE_PASSE)).thenReturn(MotsDePasseDesComptes.Resultat.FAIT);
        mvc.perform(post("/compte/activation")
                        .with(csrf())
                        .param("jeton", JETON)
                        .param("motDePasse", MOT_DE_PASSE)
                        .param("confirmation", MOT_DE_PASSE))
                .andExpect(redirectedUrl("/connexion"))
                .andExpect(flash().attribute("succes", "compte.activation.succes"))
                .andExpect(flash().attribute("identifiant", "camille"));
    }

    @Test
    void unLienDActivationServiEntreTempsMeneALaPageDuLienInvalide() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.ACTIVATION)).thenReturn(Optional.of(compte()));
        when(motsDePasse.activer(JETON, MOT_DE_PASSE)).thenReturn(MotsDePasseDesComptes.Resultat.LIEN_INVALIDE);
        when(motsDePasse.etatDuLien(JETON, UsageDuLien.ACTIVATION)).thenReturn(Jetons.Etat.UTILISE);
        String page = page(mvc.perform(post("/compte/activation")
                        .with(csrf())
                        .param("jeton", JETON)
                        .param("motDePasse", MOT_DE_PASSE)
                        .param("confirmation", MOT_DE_PASSE))
                .andExpect(status().isOk())
                .andExpect(view().name(ParcoursDuLien.VUE_LIEN_INVALIDE)));
        assertThat(page).contains("Ce lien a déjà été utilisé : il ne sert qu’une fois.", "Recevoir un nouveau lien");
    }

    @Test
    void unLienDActivationInconnuOuExpireLeDit() throws Exception {
        when(motsDePasse.compteDuLien(anyString(), eq(UsageDuLien.ACTIVATION))).thenReturn(Optional.empty());
        when(motsDePasse.etatDuLien("inconnu", UsageDuLien.ACTIVATION)).thenReturn(Jetons.Etat.INCONNU);
        when(motsDePasse.etatDuLien("perime", UsageDuLien.ACTIVATION)).thenReturn(Jetons.Etat.EXPIRE);
        assertThat(page(mvc.perform(get("/compte/activation").param("jeton", "inconnu"))
                        .andExpect(status().isOk())))
                .contains("Ce lien n’est pas reconnu");
        assertThat(page(mvc.perform(post("/compte/activation")
                                .with(csrf())
                                .param("jeton", "perime")
                                .param("motDePasse", MOT_DE_PASSE)
                                .param("confirmation", MOT_DE_PASSE))
                        .andExpect(view().name(ParcoursDuLien.VUE_LIEN_INVALIDE))))
                .contains("Ce lien a expiré.");
        verify(motsDePasse, never()).activer(anyString(), anyString());
    }

    // — Mot de passe oublié —

    @Test
    void unIdentifiantVideEstSignaleSurLaDemandeDeLien() throws Exception {
        String page = page(
                mvc.perform(post("/compte/mot-de-passe-oublie").with(csrf()).param("identifiant", " "))
                        .andExpect(status().isOk())
                        .andExpect(view().name(MotDePasseOublieController.VUE_DEMANDE)));
        assertThat(titre(page)).isEqualTo("Erreur : Mot de passe oublié — Prédemande");
        assertThat(liensDuResume(page)).containsExactly("#identifiant → Indiquez un identifiant");
        assertThat(messagesDuChamp(page, "identifiant")).containsExactly("Indiquez un identifiant");
        verify(motsDePasse, never()).demanderReinitialisation(anyString());
    }

    @Test
    void uneReponseSecreteFausseEstSignaleeEtLesMotsDePasseSontEffaces() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.REINITIALISATION)).thenReturn(Optional.of(compte()));
        when(motsDePasse.reinitialiser(JETON, "Rex", MOT_DE_PASSE))
                .thenReturn(MotsDePasseDesComptes.Resultat.REPONSE_FAUSSE);
        String page = page(reinitialiser("Rex", MOT_DE_PASSE, MOT_DE_PASSE)
                .andExpect(status().isOk())
                .andExpect(view().name(MotDePasseOublieController.VUE_NOUVEAU))
                .andExpect(model().attribute("formulaire", hasProperty("motDePasse", is("")))));
        assertThat(titre(page)).isEqualTo("Erreur : Choisir un nouveau mot de passe — Prédemande");
        assertThat(liensDuResume(page))
                .containsExactly("#reponseSecrete → La réponse à la question secrète est incorrecte");
        assertThat(messagesDuChamp(page, "reponseSecrete"))
                .containsExactly("La réponse à la question secrète est incorrecte");
        assertThat(valeur(page, "reponseSecrete")).isEqualTo("Rex");
        assertThat(page).contains("Quel était le nom de votre premier animal de compagnie ?");
    }

    @Test
    void uneReponseSecreteVideEtUnMotDePasseFaibleSontSignalesEnsemble() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.REINITIALISATION)).thenReturn(Optional.of(compte()));
        String page = page(reinitialiser(" ", "court", "court").andExpect(status().isOk()));
        assertThat(liensDuResume(page))
                .extracting(lien -> lien.substring(0, lien.indexOf(' ')))
                .containsExactly("#reponseSecrete", "#motDePasse");
        assertThat(messagesDuChamp(page, "reponseSecrete")).containsExactly("Indiquez une réponse");
        assertThat(messagesDuChamp(page, "motDePasse"))
                .containsExactly("Le mot de passe doit contenir au moins 12 caractères.");
        memeTexteDansLeResumeEtAuChamp(page);
        verify(motsDePasse, never()).reinitialiser(anyString(), anyString(), anyString());
    }

    @Test
    void tropDeReponsesFaussesRendentLeLienInvalide() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.REINITIALISATION)).thenReturn(Optional.of(compte()));
        when(motsDePasse.reinitialiser(JETON, "Rex", MOT_DE_PASSE))
                .thenReturn(MotsDePasseDesComptes.Resultat.TROP_D_ESSAIS);
        when(motsDePasse.etatDuLien(JETON, UsageDuLien.REINITIALISATION)).thenReturn(Jetons.Etat.UTILISE);
        String page = page(reinitialiser("Rex", MOT_DE_PASSE, MOT_DE_PASSE)
                .andExpect(view().name(ParcoursDuLien.VUE_LIEN_INVALIDE)));
        assertThat(page).contains("Ce lien a déjà été utilisé", "Demander un nouveau lien");
    }

    @Test
    void uneReinitialisationReussieMeneALaConnexion() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.REINITIALISATION)).thenReturn(Optional.of(compte()));
        when(motsDePasse.reinitialiser(JETON, "Médor", MOT_DE_PASSE)).thenReturn(MotsDePasseDesComptes.Resultat.FAIT);
        reinitialiser("Médor", MOT_DE_PASSE, MOT_DE_PASSE)
                .andExpect(redirectedUrl("/connexion"))
                .andExpect(flash().attribute("succes", "compte.reinitialisation.succes"))
                .andExpect(flash().attribute("identifiant", "camille"));
    }

    @Test
    void unLienDeReinitialisationExpireLeDit() throws Exception {
        when(motsDePasse.compteDuLien(JETON, UsageDuLien.REINITIALISATION)).thenReturn(Optional.empty());
        when(motsDePasse.etatDuLien(JETON, UsageDuLien.REINITIALISATION)).thenReturn(Jetons.Etat.EXPIRE);
        String page =
                page(mvc.perform(get("/compte/mot-de-passe-oublie/nouveau").param("jeton", JETON))
                        .andExpect(view().name(ParcoursDuLien.VUE_LIEN_INVALIDE)));
        assertThat(titre(page)).isEqualTo("Ce lien n’est plus valable — Prédemande");
        assertThat(page).contains("Ce lien a expiré.", "Demander un nouveau lien");
    }

    // — Outils —

    /** Chaque lien du résumé a le texte du message affiché à côté du champ qu'il désigne. */
    private static void memeTexteDansLeResumeEtAuChamp(String page) {
        assertThat(liensDuResume(page)).isNotEmpty().allSatisfy(lien -> {
            String champ = lien.substring(1, lien.indexOf(' '));
            String texte = lien.substring(lien.indexOf(" → ") + 3);
            assertThat(messagesDuChamp(page, champ))
                    .as("message à côté du champ %s", champ)
                    .contains(texte);
        });
    }

    private MockHttpSession sessionApresConnexionRefusee() throws Exception {
        var echec = mvc.perform(formLogin("/connexion")
                        .userParameter("identifiant")
                        .user("camille")
                        .passwordParam("motDePasse")
                        .password(MOT_DE_PASSE))
                .andExpect(redirectedUrl("/connexion?erreur"))
                .andReturn();
        return (MockHttpSession) echec.getRequest().getSession(false);
    }

    private ResultActions inscrire(String identifiant) throws Exception {
        return mvc.perform(post("/compte/inscription")
                .with(csrf())
                .param("identifiant", identifiant)
                .param("sexe", "F")
                .param("nom", "Martin")
                .param("prenoms", "Camille")
                .param("courriel", "camille@exemple.fr")
                .param("telephone", "06 12 34 56 78")
                .param("questionSecrete", "PREMIER_ANIMAL")
                .param("reponseSecrete", "Médor")
                .param("cgu", "true")
                .param(VerificationAntiRobot.CHAMP, "reponse"));
    }

    private ResultActions reinitialiser(String reponse, String motDePasse, String confirmation) throws Exception {
        return mvc.perform(post("/compte/mot-de-passe-oublie/nouveau")
                .with(csrf())
                .param("jeton", JETON)
                .param("reponseSecrete", reponse)
                .param("motDePasse", motDePasse)
                .param("confirmation", confirmation));
    }

    private static String page(ResultActions resultat) throws Exception {
        return resultat.andReturn().getResponse().getContentAsString();
    }

    private static Compte compte() {
        Instant hier = Instant.parse("2026-11-30T10:00:00Z");
        return new Compte(
                UUID.randomUUID(),
                "camille",
                "F",
                "MARTIN",
                "Camille",
                "camille@exemple.fr",
                null,
                "+33612345678",
                QuestionSecrete.PREMIER_ANIMAL,
                "empreinte",
                "empreinte",
                hier,
                "2026-11",
                hier,
                0);
    }
}
