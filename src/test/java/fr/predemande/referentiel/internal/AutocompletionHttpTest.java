package fr.predemande.referentiel.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.support.ApplicationEnTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Les adresses publiques du référentiel : suggestions JSON de l'autocomplétion, et recherche de commune sans
 * JavaScript qui ne ramène qu'à une page de ce site.
 */
class AutocompletionHttpTest extends ApplicationEnTest {

    @Test
    void lesSuggestionsDeCommunesSontEnJsonAvecLeLibelleARecopier() throws Exception {
        mvc.perform(publique(get("/referentiel/communes").param("q", "saint etienne")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Cache-Control", containsString("max-age=3600")))
                .andExpect(jsonPath("$", hasSize(lessThanOrEqualTo(20))))
                .andExpect(jsonPath("$[0].codeInsee").value("42218"))
                .andExpect(jsonPath("$[0].nom").value("Saint-Étienne"))
                .andExpect(jsonPath("$[0].codeDepartement").value("42"))
                .andExpect(jsonPath("$[0].codesPostaux[0]").value("42000"))
                .andExpect(jsonPath("$[0].libelle").value("Saint-Étienne (42000)"));
    }

    @Test
    void auPlusVingtSuggestions() throws Exception {
        mvc.perform(publique(get("/referentiel/communes").param("q", "saint")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(20)));
    }

    @Test
    void parCodePostalLeLibelleMontreLeCodeCherche() throws Exception {
        mvc.perform(publique(get("/referentiel/communes").param("q", "42100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].libelle").value("Saint-Étienne (42100)"));
    }

    @Test
    void uneSaisieVideOuAbsenteNeDonneRien() throws Exception {
        mvc.perform(publique(get("/referentiel/communes")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(publique(get("/referentiel/pays").param("q", " ")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void lesSuggestionsDePaysSontEnJson() throws Exception {
        mvc.perform(publique(get("/referentiel/pays").param("q", "allemagne")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].codeIso").value("DE"))
                .andExpect(jsonPath("$[0].nom").value("Allemagne"))
                .andExpect(jsonPath("$[0].libelle").value("Allemagne"));
    }

    @Test
    void laRechercheSansJavaScriptListeDesLiensQuiRamenentAuFormulaire() throws Exception {
        mvc.perform(publique(get("/referentiel/communes/recherche")
                        .param("q", "Saint-Denis")
                        .param("retour", "/demandes/brouillon/etat-civil")
                        .param("champ", "naissance.commune")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "href=\"/demandes/brouillon/etat-civil?naissance.commune=Saint-Denis+%2893200%29\""),
                                containsString(
                                        "href=\"/demandes/brouillon/etat-civil?naissance.commune=Saint-Denis+%2897400%29\""),
                                containsString(">Saint-Denis (93200) — Seine-Saint-Denis (93)</a>"),
                                containsString(">Saint-Denis (97400) — La Réunion (974)</a>"),
                                // le champ de la page est lui-même un champ de lieu, amélioré quand JavaScript est là
                                containsString("data-autocompletion=\"/referentiel/communes\""),
                                containsString("name=\"retour\" value=\"/demandes/brouillon/etat-civil\""),
                                matchesPattern("(?s).*src=\"/js/autocompletion-[0-9a-f]{32}\\.js\".*"))));
    }

    @Test
    void laRechercheSansJavaScriptSansSaisieMontreLeFormulaire() throws Exception {
        mvc.perform(publique(get("/referentiel/communes/recherche").param("retour", "/demandes")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("name=\"q\""), not(containsString("id=\"resultats\"")))));
    }

    @Test
    void laRechercheSansJavaScriptRefuseDeRamenerAilleurs() throws Exception {
        for (String retour : new String[] {"https://evil.example", "//evil.example", "/\\evil.example", "evil"}) {
            mvc.perform(publique(get("/referentiel/communes/recherche")
                            .param("q", "Paris")
                            .param("retour", retour)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(not(containsString("evil.example"))));
        }
        mvc.perform(publique(get("/referentiel/communes/recherche").param("q", "Paris")))
                .andExpect(status().isBadRequest());
        mvc.perform(publique(get("/referentiel/communes/recherche")
                        .param("retour", "/x")
                        .param("champ", "a\"b")))
                .andExpect(status().isBadRequest());
    }

    /**
     * Ces adresses seront publiques (autorisées par la chaîne de sécurité des usagers) ; en attendant, la requête est
     * faite par un usager connecté, ce qui passe dans les deux cas.
     */
    private static MockHttpServletRequestBuilder publique(MockHttpServletRequestBuilder requete) {
        return requete.with(user("test.referentiel").roles("USAGER"));
    }
}
