package fr.predemande.web;

import static fr.predemande.support.Balisage.attribut;
import static fr.predemande.support.Balisage.balise;
import static fr.predemande.support.Balisage.texteDe;
import static fr.predemande.support.Balisage.titre;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.support.ApplicationEnTest;
import org.junit.jupiter.api.Test;

/**
 * Une page réaffichée avec des erreurs le dit dès le titre du document (« Erreur : », motif GOV.UK) ; son résumé des
 * erreurs a un nom accessible, le titre du résumé, et garde le focus programmable.
 */
class PagesEnErreurTest extends ApplicationEnTest {

    @Test
    void unFormulaireReafficheAvecDesErreursPrefixeSonTitre() throws Exception {
        assertThat(titre(inscriptionEnvoyeeVide())).isEqualTo("Erreur : Créer un compte — Prédemande");
        String oubli = mvc.perform(
                        post("/compte/mot-de-passe-oublie").with(csrf()).param("identifiant", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(titre(oubli)).isEqualTo("Erreur : Mot de passe oublié — Prédemande");
    }

    @Test
    void unFormulaireSansErreurGardeSonTitre() throws Exception {
        String html = mvc.perform(get("/compte/inscription"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(titre(html)).isEqualTo("Créer un compte — Prédemande");
        String connexion =
                mvc.perform(get("/connexion")).andReturn().getResponse().getContentAsString();
        assertThat(titre(connexion)).isEqualTo("Se connecter — Prédemande");
    }

    @Test
    void uneConnexionRefuseePrefixeLeTitreDeLaPage() throws Exception {
        assertThat(titre(connexionRefusee())).isEqualTo("Erreur : Se connecter — Prédemande");
    }

    @Test
    void leResumeDesErreursDUnFormulaireEstNommeParSonTitre() throws Exception {
        resumeNommePar(inscriptionEnvoyeeVide(), "Le formulaire contient des erreurs");
    }

    @Test
    void leResumeDeLaConnexionRefuseeEstNommeParSonTitre() throws Exception {
        resumeNommePar(connexionRefusee(), "La connexion a échoué");
    }

    private static void resumeNommePar(String html, String titreAttendu) {
        String resume =
                balise(html, "resume-erreurs").orElseThrow(() -> new AssertionError("pas de résumé des erreurs"));
        assertThat(attribut(resume, "role")).contains("alert");
        // le script de la page lui donne le focus au chargement
        assertThat(attribut(resume, "tabindex")).contains("-1");
        String nommePar = attribut(resume, "aria-labelledby")
                .orElseThrow(() -> new AssertionError("résumé sans nom : " + resume));
        assertThat(texteDe(html, nommePar))
                .as("texte de l'élément « %s » qui nomme le résumé", nommePar)
                .contains(titreAttendu);
    }

    private String inscriptionEnvoyeeVide() throws Exception {
        return mvc.perform(post("/compte/inscription").with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String connexionRefusee() throws Exception {
        var echec = mvc.perform(formLogin("/connexion")
                        .userParameter("identifiant")
                        .user(identifiantUnique())
                        .passwordParam("motDePasse")
                        .password("mauvais-mot-de-passe"))
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
