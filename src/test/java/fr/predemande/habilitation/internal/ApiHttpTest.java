package fr.predemande.habilitation.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.habilitation.ClientApiConnecte;
import fr.predemande.support.ApplicationEnTest;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * La chaîne de l'API : HTTP Basic avec les identifiants du client, sans session ; les refus en problèmes RFC 9457.
 * Le chemin appelé est celui d'{@link ApiDEssai}, ouvert à la portée « recueil » (les vrais points de l'API viennent
 * du module recueil).
 */
class ApiHttpTest extends ApplicationEnTest {

    private static final String AVEC_PORTEE = "essai.recueil";
    private static final String SANS_PORTEE = "essai.sans-portee";
    private static final String SECRET = "Yl3sQe0n7kq2xV9pTt4wZcB1dRfHuJmA";

    @Autowired
    ClientsApi clients;

    @BeforeEach
    void clients() {
        clients.ajouterSiAbsent(
                AVEC_PORTEE, "Essai avec portée", SECRET, Set.of(ClientApiConnecte.PORTEE_RECUEIL), Instant.now());
        clients.ajouterSiAbsent(SANS_PORTEE, "Essai sans portée", SECRET, Set.of(), Instant.now());
    }

    @Test
    void sansIdentifiantsLaReponseEstUn401EnProblemeJsonAvecWwwAuthenticate() throws Exception {
        mvc.perform(get(ApiDEssai.CHEMIN).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic realm=\"predemande-api\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(jsonPath("$.instance").value(ApiDEssai.CHEMIN))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void unSecretFauxOuUnClientInconnuDonnentUn401() throws Exception {
        mvc.perform(get(ApiDEssai.CHEMIN).with(httpBasic(AVEC_PORTEE, SECRET + "x")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(ApiDEssai.CHEMIN).with(httpBasic("inconnu", SECRET))).andExpect(status().isUnauthorized());
    }

    @Test
    void unClientSansLaPorteeRecoitUn403EnProblemeJson() throws Exception {
        mvc.perform(get(ApiDEssai.CHEMIN).with(httpBasic(SANS_PORTEE, SECRET)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("Accès refusé"));
    }

    @Test
    void unClientDeLaPorteeEstRecuParLeHandlerCommeClientApiConnecte() throws Exception {
        mvc.perform(get(ApiDEssai.CHEMIN).with(httpBasic(AVEC_PORTEE, SECRET)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identifiant").value(AVEC_PORTEE))
                .andExpect(jsonPath("$.portees[0]").value("recueil"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void unCheminQueNulModuleNOuvreEstFermeMemeAUnClientAuthentifie() throws Exception {
        mvc.perform(get("/api/v1/rien-de-declare").with(httpBasic(AVEC_PORTEE, SECRET)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/rien-de-declare")).andExpect(status().isUnauthorized());
    }

    @Test
    void sansSessionIlNYAPasDeCsrfAVerifier() throws Exception {
        // un POST d'un logiciel n'a pas de jeton CSRF : la portée seule décide (ici, pas de handler POST : 405)
        mvc.perform(post(ApiDEssai.CHEMIN).with(httpBasic(AVEC_PORTEE, SECRET)))
                .andExpect(status().isMethodNotAllowed());
    }

    @Test
    void leDocumentOpenApiSeLitSansIdentifiants() throws Exception {
        // publié par le module recueil (springdoc) : la sécurité le laisse lire sans identifiants
        mvc.perform(get(SecuriteDeLApi.DOCUMENT_OPENAPI))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }
}
