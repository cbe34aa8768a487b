package fr.predemande.compte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.support.ApplicationEnTest;
import fr.predemande.web.ReglagesDuWeb;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Les formulaires du compte au niveau HTTP, sur l'application entière (vraie base, vrai SMTP). */
class ComptesHttpTest extends ApplicationEnTest {

    @Autowired
    ComptesUsagers comptes;

    @Autowired
    ReglagesDuWeb reglagesDuWeb;

    @Autowired
    JdbcClient jdbc;

    @Test
    void chaqueChampInvalideALeMessageFrancaisASonCoteEtLaSaisieEstGardee() throws Exception {
        mvc.perform(post("/compte/inscription")
                        .with(csrf())
                        .param("identifiant", "_mauvais")
                        .param("nom", "Dupont2")
                        .param("prenoms", "Jean--Pierre")
                        .param("courriel", "jean.dupont")
                        .param("telephone", "01 23 45 67 89")
                        .param("questionSecrete", "INEXISTANTE")
                        .param("reponseSecrete", "a"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"resume-erreurs\""),
                                containsString("href=\"#identifiant\""),
                                containsString("fr-input-group--error"),
                                containsString("Le nom ne peut contenir que des lettres"),
                                containsString("L’adresse électronique n’est pas valide"),
                                containsString("Ce numéro n’est pas celui d’un téléphone portable"),
                                containsString("Indiquez votre sexe"),
                                containsString("Choisissez une question secrète"),
                                containsString("Acceptez les conditions générales"),
                                containsString("Le code de sécurité n’a pas été validé"),
                                containsString("value=\"Dupont2\""),
                                containsString("value=\"jean.dupont\""),
                                containsString("value=\"01 23 45 67 89\""))));
    }

    @Test
    void sansJetonCsrfLeFormulaireEstRefuse() throws Exception {
        mvc.perform(post("/compte/inscription").param("identifiant", "x")).andExpect(status().isForbidden());
    }

    @Test
    void lesPagesPortentUnePolitiqueDeContenuSansScriptEnLigne() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("script-src 'self'"),
                                        not(containsString("script-src 'self' 'unsafe-inline'")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    @Test
    void uneReponseAntiRobotNeSertQuUneFois() throws Exception {
        String reponse = reponseAntiRobot();
        String id = identifiantUnique();
        inscrire(id, id + "@exemple.fr", reponse).andExpect(redirectedUrl("/compte/inscription/confirmation"));
        String autre = identifiantUnique();
        inscrire(autre, autre + "@exemple.fr", reponse)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le code de sécurité n’a pas été validé")));
    }

    @Test
    void unUsagerCreeSonCompteLActiveParLeLienPuisSeConnecte() throws Exception {
        String id = identifiantUnique();
        String courriel = id + "@exemple.fr";
        inscrire(id, courriel, reponseAntiRobot())
                .andExpect(redirectedUrl("/compte/inscription/confirmation"))
                .andExpect(flash().attribute("courriel", courriel));

        var message = courrielPour(courriel);
        assertThat(message.getSubject()).isEqualTo("Prédemande — activez votre compte");
        assertThat(texte(message)).contains(id).contains("ne sert qu’une fois");
        String lien = lienDans(message);
        assertThat(lien).startsWith(url("/compte/activation?jeton="));

        // un compte non activé ne peut pas se connecter, et le message ne dit pas pourquoi
        assertThat(connexionRefusee(id, "nimportequoi-123456")).contains("Identifiant ou mot de passe incorrect");

        mvc.perform(get(chemin(lien)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        mvc.perform(post("/compte/activation")
                        .with(csrf())
                        .param("jeton", jeton(lien))
                        .param("motDePasse", "motdepasse123")
                        .param("confirmation", "motdepasse123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("trop facile à deviner")));
        mvc.perform(post("/compte/activation")
                        .with(csrf())
                        .param("jeton", jeton(lien))
                        .param("motDePasse", MOT_DE_PASSE)
                        .param("confirmation", MOT_DE_PASSE + "x"))
                .andExpect(content().string(containsString("La confirmation ne correspond pas")));
        mvc.perform(post("/compte/activation")
                        .with(csrf())
                        .param("jeton", jeton(lien))
                        .param("motDePasse", MOT_DE_PASSE)
                        .param("confirmation", MOT_DE_PASSE))
                .andExpect(redirectedUrl("/connexion"))
                .andExpect(flash().attribute("succes", "compte.activation.succes"));

        // le lien ne sert qu'une fois
        mvc.perform(get(chemin(lien))).andExpect(content().string(containsString("Ce lien a déjà été utilisé")));

        mvc.perform(formLogin("/connexion")
                        .userParameter("identifiant")
                        .user(id.toUpperCase())
                        .passwordParam("motDePasse")
                        .password(MOT_DE_PASSE))
                .andExpect(redirectedUrl("/demandes"));

        // le compte préremplit les pré-demandes
        var identite = comptes.identite(compteId(id)).orElseThrow();
        assertThat(identite.nom()).isEqualTo("Martin");
        assertThat(identite.telephone()).isEqualTo("+33612345678");
        assertThat(identite.courriel()).isEqualTo(courriel);
    }

    @Test
    void unLienInconnuOuExpireExpliqueEtProposeUnNouveauLien() throws Exception {
        mvc.perform(get("/compte/activation").param("jeton", "inconnu"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ce lien n’est pas reconnu"),
                                containsString("Recevoir un nouveau lien"))));

        String id = identifiantUnique();
        String courriel = id + "@exemple.fr";
        inscrire(id, courriel, reponseAntiRobot()).andExpect(status().is3xxRedirection());
        String premier = lienDans(courrielPour(courriel));
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(post("/compte/activation/nouveau-lien").with(csrf()).param("identifiant", id))
                .andExpect(redirectedUrl("/compte/activation/lien-renvoye"));
        String second = lienDans(courrielPour(courriel));
        assertThat(second).isNotEqualTo(premier);
        // l'ancien lien ne vaut plus rien
        mvc.perform(get(chemin(premier))).andExpect(content().string(containsString("Ce lien a expiré")));
        mvc.perform(get(chemin(second))).andExpect(content().string(containsString("Choisir votre mot de passe")));
    }

    @Test
    void apresCinqEchecsLaConnexionEstFreineeMemePourUnIdentifiantInconnu() throws Exception {
        String id = compteActive();
        String inconnu = identifiantUnique();
        for (String identifiant : new String[] {id, inconnu}) {
            for (int i = 0; i < 5; i++) {
                assertThat(connexionRefusee(identifiant, "mauvais-mot-de-passe"))
                        .contains("Identifiant ou mot de passe incorrect");
            }
            // même le bon mot de passe attend : le frein passe avant la vérification. 8 s après le 5e échec ; l'essai
            // fait avant compte aussi, et double l'attente
            assertThat(connexionRefusee(identifiant, MOT_DE_PASSE))
                    .contains("Trop de tentatives de connexion : réessayez dans 16 secondes")
                    .contains("value=\"" + identifiant + "\"");
        }
    }

    @Test
    void unMotDePasseOublieSeReinitialiseParLienEtReponseSecrete() throws Exception {
        String id = compteActive();
        String courriel = id + "@exemple.fr";
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(post("/compte/mot-de-passe-oublie").with(csrf()).param("identifiant", id))
                .andExpect(redirectedUrl("/compte/mot-de-passe-oublie/envoye"));
        // même réponse pour un identifiant inconnu : rien n'est révélé
        mvc.perform(post("/compte/mot-de-passe-oublie").with(csrf()).param("identifiant", identifiantUnique()))
                .andExpect(redirectedUrl("/compte/mot-de-passe-oublie/envoye"));
        String lien = lienDans(courrielPour(courriel));
        mvc.perform(get(chemin(lien)))
                .andExpect(content().string(containsString("Quel était le nom de votre premier animal")));
        String nouveau = "girafe-parapluie-sonate-17";
        mvc.perform(post("/compte/mot-de-passe-oublie/nouveau")
                        .with(csrf())
                        .param("jeton", jeton(lien))
                        .param("reponseSecrete", "Rex")
                        .param("motDePasse", nouveau)
                        .param("confirmation", nouveau))
                .andExpect(content().string(containsString("La réponse à la question secrète est incorrecte")));
        // casse et accents ne comptent pas
        mvc.perform(post("/compte/mot-de-passe-oublie/nouveau")
                        .with(csrf())
                        .param("jeton", jeton(lien))
                        .param("reponseSecrete", "  MÉDOR ")
                        .param("motDePasse", nouveau)
                        .param("confirmation", nouveau))
                .andExpect(redirectedUrl("/connexion"));
        mvc.perform(formLogin("/connexion")
                        .userParameter("identifiant")
                        .user(id)
                        .passwordParam("motDePasse")
                        .password(nouveau))
                .andExpect(redirectedUrl("/demandes"));
    }

    @Test
    void unChangementDAdresseNePrendEffetQuApresConfirmation() throws Exception {
        String id = compteActive();
        var session = connecter(id);
        String nouvelle = id + "@nouveau.fr";
        mvc.perform(post("/compte/modifier")
                        .cookie(session)
                        .with(csrf())
                        .param("sexe", "M")
                        .param("nom", "Martin")
                        .param("prenoms", "Paul, Louis")
                        .param("courriel", nouvelle)
                        .param("telephone", "07 98 76 54 32"))
                .andExpect(redirectedUrl("/compte"));
        mvc.perform(get("/compte").cookie(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("07 98 76 54 32"),
                                containsString("Paul, Louis"),
                                containsString("Nouvelle adresse en attente de confirmation : " + nouvelle))));
        assertThat(comptes.identite(compteId(id)).orElseThrow().courriel()).isEqualTo(id + "@exemple.fr");

        String lien = lienDans(courrielPour(nouvelle));
        mvc.perform(get(chemin(lien))).andExpect(content().string(containsString("Adresse électronique confirmée")));
        assertThat(comptes.identite(compteId(id)).orElseThrow().courriel()).isEqualTo(nouvelle);
    }

    @Test
    void lesErreursDeModificationSontAffichees() throws Exception {
        var session = connecter(compteActive());
        mvc.perform(post("/compte/modifier")
                        .cookie(session)
                        .with(csrf())
                        .param("sexe", "X")
                        .param("nom", "")
                        .param("prenoms", "Paul")
                        .param("courriel", "a@b")
                        .param("telephone", "abc"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Indiquez le nom"),
                                containsString("Indiquez votre sexe"),
                                containsString("Le numéro de téléphone n’est pas valide"),
                                containsString("value=\"abc\""))));
    }

    @Test
    void laSessionChangeDIdentifiantALaConnexion() throws Exception {
        String id = compteActive();
        Cookie avant = mvc.perform(get("/compte/inscription"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(avant).isNotNull();
        Cookie apres = mvc.perform(post("/connexion")
                        .with(csrf())
                        .cookie(avant)
                        .param("identifiant", id)
                        .param("motDePasse", MOT_DE_PASSE))
                .andExpect(redirectedUrl("/demandes"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(apres).isNotNull();
        assertThat(apres.getValue()).isNotEqualTo(avant.getValue());
        mvc.perform(get("/compte").cookie(apres)).andExpect(status().isOk());
        mvc.perform(get("/compte").cookie(avant)).andExpect(status().is3xxRedirection());
    }

    @Test
    void leCompteGardeLaVersionDesCguQueMontreLaPageDesCgu() throws Exception {
        String id = compteActive();
        String acceptee = jdbc.sql("select cgu_version from compte where identifiant = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(acceptee).isEqualTo(reglagesDuWeb.cgu().version()).isNotBlank();
        mvc.perform(get("/cgu")).andExpect(content().string(containsString("Version " + acceptee)));
    }

    @Test
    void lEspaceUsagerExigeUneConnexion() throws Exception {
        mvc.perform(get("/compte"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/connexion")));
    }

    /** Une connexion refusée : la page de connexion réaffichée, avec le message et l'identifiant tapé. */
    private String connexionRefusee(String identifiant, String motDePasse) throws Exception {
        var echec = mvc.perform(formLogin("/connexion")
                        .userParameter("identifiant")
                        .user(identifiant)
                        .passwordParam("motDePasse")
                        .password(motDePasse))
                .andExpect(redirectedUrl("/connexion?erreur"))
                .andReturn();
        return mvc.perform(get("/connexion")
                        .param("erreur", "")
                        .cookie(echec.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
