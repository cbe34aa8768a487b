package fr.predemande.recueil.internal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.ClientApiConnecte;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * L'API des logiciels de recueil d'autres éditeurs, sur l'application entière : un éditeur retrouve une pré-demande
 * validée par son numéro, au schéma versionné, puis la marque utilisée ; chaque refus est un problème RFC 9457 ; les
 * mêmes limites et le même journal d'audit que le poste de recueil. Chaque test a son propre client de l'API, donc son
 * propre compteur de débit (20 par minute dans les tests).
 */
class ApiDuRecueilHttpTest extends ApplicationEnTest {

    private static final String SECRET = "Qm7vT2xK9pLw4sRb8nYd3cHf6gJz1aEu";
    private static final String API = "/api/v1/pre-demandes/";
    private static final String PROBLEMES = "https://predemande.example/problemes/";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Ce qu'aucun corps de réponse ne doit laisser voir : classes Java, paquets, traces, SQL. */
    private static final Pattern TECHNIQUE = Pattern.compile(
            "(?i)exception|\\bat [a-z]+\\.|\\bjava\\.|tools\\.jackson|com\\.fasterxml|org\\.springframework|fr\\.predemande"
                    + "|\\bselect\\b|\\binsert\\b|\\bupdate\\b|\\bfrom client_api|\\bsql\\b|\\bstack|\\btrace");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JournalDAudit journal;

    @Autowired
    ObjectMapper json;

    // — Lire une pré-demande —

    @Test
    void unePreDemandeValideeSeLitAuSchemaV1MemeTapeeEnMinusculesAvecDesTirets() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String courriel = identifiantUnique() + "@exemple.fr";
        String numero = PreDemandesDeTest.validee(mvc, connecter(compteActive()), courriel, "06 12 34 56 78");
        String tape = (numero.substring(0, 4) + "-" + numero.substring(4, 8) + "-" + numero.substring(8))
                .toLowerCase(java.util.Locale.ROOT);

        MockHttpServletResponse reponse = mvc.perform(get(API + tape).with(httpBasic(editeur, SECRET)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        JsonNode lu = json.readTree(reponse.getContentAsString(StandardCharsets.UTF_8));

        // ce qui change d'un test à l'autre, vérifié à part : numéro, instants ISO 8601, courriel
        assertThat(lu.get("numero").stringValue()).isEqualTo(numero);
        Instant valideeLe = Instant.parse(lu.get("valideeLe").stringValue());
        assertThat(valideeLe).isBetween(Instant.now().minus(10, ChronoUnit.MINUTES), Instant.now());
        assertThat(LocalDate.parse(lu.get("valableJusquAu").stringValue()))
                .isEqualTo(valideeLe.atZone(PARIS).toLocalDate().plusMonths(6));
        assertThat(lu.get("contact").get("courriel").stringValue()).isEqualTo(courriel);

        // tout le reste, champ par champ, contre le fichier de référence (ni champ en plus, ni en moins)
        var masque = (ObjectNode) lu.deepCopy();
        masque.put("numero", "(masqué : le numéro tiré à la validation)");
        masque.put("valideeLe", "(masqué : l'instant de la validation)");
        masque.put("valableJusquAu", "(masqué : six mois après la validation)");
        ((ObjectNode) masque.get("contact")).put("courriel", "(masqué : propre à chaque test)");
        String reference = new ClassPathResource("fr/predemande/recueil/internal/api/pre-demande-v1.json")
                .getContentAsString(StandardCharsets.UTF_8);
        JSONAssert.assertEquals(reference, json.writeValueAsString(masque), JSONCompareMode.STRICT);

        // et la réponse suit le schéma que publie le document OpenAPI, clés, types, formats et codes compris
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var ecarts = new ArrayList<String>();
        SchemaPublie.verifier(document, "#/components/schemas/PreDemandeV1", lu, "$", ecarts);
        assertThat(ecarts)
                .as("écarts entre la réponse et le schéma PreDemandeV1 publié")
                .isEmpty();

        assertThat(actions(editeur)).contains(ActionAuditee.RECHERCHE_TROUVEE);
    }

    @Test
    void unNumeroMalSaisiEstRefuseEn400AvantToutesRecherche() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = NumeroPreDemande.tirer().valeur();
        String faux = numero.substring(0, 9) + (numero.charAt(9) == 'A' ? 'B' : 'A');

        for (String saisie : List.of(faux, "ABC", numero + numero)) {
            JsonNode probleme = probleme(get(API + saisie).with(httpBasic(editeur, SECRET)), 400);
            assertThat(probleme.get("type").stringValue()).isEqualTo(PROBLEMES + "numero-mal-saisi");
            assertThat(probleme.get("title").stringValue()).isEqualTo("Numéro de pré-demande mal saisi");
            assertThat(probleme.get("detail").stringValue()).contains("caractère de contrôle");
        }
        assertThat(actions(editeur)).containsOnly(ActionAuditee.RECHERCHE_SANS_RESULTAT);
    }

    @Test
    void unNumeroBienFormeQueRienNePorteDonneUn404Inconnue() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = NumeroPreDemande.tirer().valeur();

        JsonNode probleme = probleme(get(API + numero).with(httpBasic(editeur, SECRET)), 404);

        assertThat(probleme.get("type").stringValue()).isEqualTo(PROBLEMES + "pre-demande-inconnue");
        assertThat(probleme.get("title").stringValue()).isEqualTo("Pré-demande inconnue");
        assertThat(probleme.get("statut").stringValue()).isEqualTo("unknown");
        assertThat(probleme.get("numero").stringValue()).isEqualTo(numero);
        assertThat(probleme.get("instance").stringValue()).isEqualTo(API + numero);
        // la même chose pour qui voudrait la consommer
        probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(consommation("SE-1", "Mairie de Saint-Étienne")),
                404);
        assertThat(actions(editeur)).contains(ActionAuditee.RECHERCHE_SANS_RESULTAT, ActionAuditee.CONSOMMATION_API);
    }

    @Test
    void unePreDemandeExpireeDonne410AvecSonDernierJourPuisEffaceeAussi() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = PreDemandesDeTest.validee(
                mvc, connecter(compteActive()), identifiantUnique() + "@exemple.fr", "06 12 34 56 78");
        // sa validité a pris fin hier soir à minuit (heure de Paris) : son dernier jour était avant-hier
        LocalDate dernierJour = LocalDate.now(PARIS).minusDays(2);
        jdbc.sql("update pre_demande set expire_le = ? where numero = ?")
                .params(
                        java.sql.Timestamp.from(
                                dernierJour.plusDays(1).atStartOfDay(PARIS).toInstant()),
                        numero)
                .update();

        JsonNode expiree = probleme(get(API + numero).with(httpBasic(editeur, SECRET)), 410);
        assertThat(expiree.get("type").stringValue()).isEqualTo(PROBLEMES + "pre-demande-expiree");
        assertThat(expiree.get("statut").stringValue()).isEqualTo("expired");
        assertThat(expiree.get("valableJusquAu").stringValue()).isEqualTo(dernierJour.toString());
        assertThat(expiree.get("detail").stringValue())
                .contains(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .format(dernierJour));

        // la purge de la nuit efface ses données : toujours 410, d'un autre type
        jdbc.sql("update pre_demande set statut = 'EXPIREE', reponses = '{}'::jsonb where numero = ?")
                .param(numero)
                .update();
        JsonNode purgee = probleme(get(API + numero).with(httpBasic(editeur, SECRET)), 410);
        assertThat(purgee.get("type").stringValue()).isEqualTo(PROBLEMES + "pre-demande-purgee");
        assertThat(purgee.get("valableJusquAu").stringValue()).isEqualTo(dernierJour.toString());
        probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(consommation("SE-1", "Mairie de Saint-Étienne")),
                410);
    }

    // — La consommer —

    @Test
    void laConsommationEstIdempotenteEtLePosteVoitEnsuiteLaPreDemandeDejaUtilisee() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = PreDemandesDeTest.validee(
                mvc, connecter(compteActive()), identifiantUnique() + "@exemple.fr", "06 12 34 56 78");
        String corps = consommation("SE-2026 000123", "Mairie de l’Île-d’Yeu (Vendée)");

        String premiere = mvc.perform(post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(corps))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode consommee = json.readTree(premiere);
        assertThat(consommee.get("version").intValue()).isEqualTo(1);
        assertThat(consommee.get("numero").stringValue()).isEqualTo(numero);
        assertThat(consommee.get("statut").stringValue()).isEqualTo("consumed");
        assertThat(consommee.get("reference").stringValue()).isEqualTo("SE-2026 000123");
        assertThat(consommee.get("mairie").stringValue()).isEqualTo("Mairie de l’Île-d’Yeu (Vendée)");
        Instant le = Instant.parse(consommee.get("consommeeLe").stringValue());

        // le même envoi (une relance du logiciel) : la même réponse, rien de plus en base
        long version = versionDe(numero);
        String seconde = mvc.perform(post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(corps))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(seconde).isEqualTo(premiere);
        assertThat(versionDe(numero)).isEqualTo(version);

        // une autre référence : 409, qui dit quelle consommation compte
        JsonNode conflit = probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(consommation("AUTRE-1", "Mairie de Lyon")),
                409);
        assertThat(conflit.get("type").stringValue()).isEqualTo(PROBLEMES + "pre-demande-deja-utilisee");
        assertThat(conflit.get("statut").stringValue()).isEqualTo("consumed");
        assertThat(conflit.get("reference").stringValue()).isEqualTo("SE-2026 000123");
        assertThat(conflit.get("mairie").stringValue()).isEqualTo("Mairie de l’Île-d’Yeu (Vendée)");
        assertThat(Instant.parse(conflit.get("utiliseeLe").stringValue())).isEqualTo(le);

        // la lire n'est plus possible non plus
        JsonNode lue = probleme(get(API + numero).with(httpBasic(editeur, SECRET)), 409);
        assertThat(lue.get("type").stringValue()).isEqualTo(PROBLEMES + "pre-demande-deja-utilisee");
        assertThat(lue.get("detail").stringValue()).contains("SE-2026 000123", "Mairie de l’Île-d’Yeu (Vendée)");

        // au poste de recueil du service, l'agent voit où elle a servi
        Mairie mairie = mairie("Mairie de test de Lyon", "69", "69383");
        mvc.perform(post("/mairie/recueil").with(en(agent(mairie))).with(csrf()).param("numero", numero))
                .andExpect(content()
                        .string(allOf(
                                containsString("a déjà servi"),
                                containsString("SE-2026 000123"),
                                containsString("Île-d’Yeu"))));

        // au journal, au nom du client : chaque consommation, acceptée ou refusée
        var consommations = journal.rechercher(null, editeur, numero, null, null, 20).stream()
                .filter(e -> e.entree().action() == ActionAuditee.CONSOMMATION_API)
                .map(e -> e.entree().detail())
                .toList();
        assertThat(consommations).hasSize(3).anyMatch(d -> d.startsWith("refusée"));
        assertThat(journal.rechercher(null, editeur, numero, null, null, 20))
                .allMatch(e -> e.entree().acteur().type() == fr.predemande.audit.Acteur.Type.CLIENT_API);
    }

    @Test
    void dixConsommationsSimultaneesAvecLaMemeReferenceFontUneSeuleTransitionEtDixReponses200() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = PreDemandesDeTest.validee(
                mvc, connecter(compteActive()), identifiantUnique() + "@exemple.fr", "06 12 34 56 78");
        long avant = versionDe(numero);
        String corps = consommation("REF-CONCURRENTE-1", "Mairie de Saint-Étienne");
        var http = HttpClient.newHttpClient();
        var depart = new CountDownLatch(1);
        var taches = new ArrayList<Future<HttpResponse<String>>>();

        var fils = Executors.newFixedThreadPool(10);
        try {
            for (int i = 0; i < 10; i++) {
                taches.add(fils.submit(() -> {
                    depart.await();
                    return http.send(
                            HttpRequest.newBuilder(URI.create(url(API + numero + "/consommation")))
                                    .header("Authorization", basic(editeur))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(corps))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            depart.countDown();
            var corpsRecus = new TreeSet<String>();
            for (var tache : taches) {
                HttpResponse<String> reponse = tache.get();
                assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(200);
                corpsRecus.add(reponse.body());
            }
            assertThat(corpsRecus).as("la même consommation pour tous").hasSize(1);
        } finally {
            fils.shutdownNow();
        }
        assertThat(versionDe(numero))
                .as("une seule transition VALIDEE → RAPPELEE")
                .isEqualTo(avant + 1);
        assertThat(jdbc.sql("select statut from pre_demande where numero = ?")
                        .param(numero)
                        .query(String.class)
                        .single())
                .isEqualTo("RAPPELEE");
        assertThat(journal.rechercher(null, editeur, numero, null, null, 50).stream()
                        .filter(e -> e.entree().action() == ActionAuditee.CONSOMMATION_API))
                .hasSize(10);
    }

    @Test
    void unePreDemandeEnCoursDeRecueilEnMairieNeSeLitNiNeSeConsomme() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = PreDemandesDeTest.validee(
                mvc, connecter(compteActive()), identifiantUnique() + "@exemple.fr", "06 12 34 56 78");
        Mairie mairie = mairie("Mairie de test de Saint-Étienne", "42", "42218");
        String dossier = mvc.perform(post("/mairie/dossiers")
                        .with(en(agent(mairie)))
                        .with(csrf())
                        .param("preDemande", numero))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String numeroDeDemande = dossier.substring(dossier.lastIndexOf('/') + 1);

        JsonNode lue = probleme(get(API + numero).with(httpBasic(editeur, SECRET)), 409);
        assertThat(lue.get("type").stringValue()).isEqualTo(PROBLEMES + "pre-demande-en-cours-de-recueil");
        assertThat(lue.get("statut").stringValue()).isEqualTo("declared");
        assertThat(lue.get("mairie").stringValue()).isEqualTo("Mairie de test de Saint-Étienne");
        assertThat(lue.get("reference").stringValue()).isEqualTo(numeroDeDemande);
        assertThat(Instant.parse(lue.get("ouvertLe").stringValue())).isBefore(Instant.now());

        probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(consommation("SE-9", "Mairie de Firminy")),
                409);
        assertThat(jdbc.sql("select statut from pre_demande where numero = ?")
                        .param(numero)
                        .query(String.class)
                        .single())
                .isEqualTo("VALIDEE");
    }

    @Test
    void unCorpsInvalideOuIllisibleEstUnProbleme400QuiNommeLesChampsSansDetailTechnique() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = NumeroPreDemande.tirer().valeur();

        JsonNode invalide = probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"\", \"mairie\": \"<script>alert(1)</script>\"}"),
                400);
        assertThat(invalide.get("type").stringValue()).isEqualTo(PROBLEMES + "requete-invalide");
        assertThat(invalide.get("erreurs").findValues("champ").stream()
                        .map(JsonNode::stringValue)
                        .toList())
                .containsExactly("mairie", "reference");
        assertThat(invalide.get("erreurs").get(1).get("message").stringValue()).contains("1 à 40 caractères");

        JsonNode manquant = probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"SE-1\"}"),
                400);
        assertThat(manquant.get("erreurs").findValues("champ").stream()
                        .map(JsonNode::stringValue)
                        .toList())
                .containsExactly("mairie");

        for (String illisible : List.of("{", "[1, 2]", "{\"reference\": {\"a\": 1}, \"mairie\": \"M\"}", "")) {
            JsonNode probleme = probleme(
                    post(API + numero + "/consommation")
                            .with(httpBasic(editeur, SECRET))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(illisible),
                    400);
            assertThat(probleme.get("type").stringValue()).as(illisible).isEqualTo(PROBLEMES + "corps-illisible");
        }
        // rien n'a été cherché ni consommé : la requête s'arrête avant
        assertThat(actions(editeur)).isEmpty();
    }

    // — Les erreurs HTTP de l'API —

    @Test
    void lesErreursHttpDeLApiSontDesProblemesJsonEtJamaisDesPages() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = NumeroPreDemande.tirer().valeur();

        MockHttpServletResponse methode = mvc.perform(delete(API + numero).with(httpBasic(editeur, SECRET)))
                .andExpect(status().isMethodNotAllowed())
                .andReturn()
                .getResponse();
        assertThat(methode.getHeader("Allow")).isEqualTo("GET");
        assertThat(sansDetailTechnique(methode, 405).get("type").stringValue()).isEqualTo("about:blank");
        probleme(
                put(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(consommation("SE-1", "Mairie")),
                405);

        JsonNode typeDeContenu = probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(editeur, SECRET))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("SE-1"),
                415);
        assertThat(typeDeContenu.get("title").stringValue()).isEqualTo("Type de contenu non pris en charge");
        probleme(get(API + numero).with(httpBasic(editeur, SECRET)).accept(MediaType.APPLICATION_XML), 406);
        JsonNode adresse = probleme(get(API + numero + "/pieces").with(httpBasic(editeur, SECRET)), 404);
        assertThat(adresse.get("title").stringValue()).isEqualTo("Adresse inconnue");

        JsonNode panne = probleme(get(ApiEnPanneDEssai.CHEMIN).with(httpBasic(editeur, SECRET)), 500);
        assertThat(panne.get("title").stringValue()).isEqualTo("Erreur interne");
        assertThat(panne.toString()).doesNotContain("client_api", "ApiEnPanneDEssai", "IllegalState");
        MockHttpServletResponse indisponible = mvc.perform(
                        get(ApiEnPanneDEssai.CHEMIN_BASE_INDISPONIBLE).with(httpBasic(editeur, SECRET)))
                .andReturn()
                .getResponse();
        assertThat(indisponible.getHeader("Retry-After")).isEqualTo("30");
        JsonNode base = sansDetailTechnique(indisponible, 503);
        assertThat(base.get("title").stringValue()).isEqualTo("Service momentanément indisponible");
        assertThat(base.toString()).doesNotContain("client_api", "ApiEnPanneDEssai", "JDBC");

        // par le vrai serveur aussi (pas de renvoi vers la page d'erreur HTML du site)
        var http = HttpClient.newHttpClient();
        for (var requete : List.of(
                HttpRequest.newBuilder(URI.create(url(API + numero)))
                        .header("Authorization", basic(editeur))
                        .header("Accept", "text/html")
                        .DELETE()
                        .build(),
                HttpRequest.newBuilder(URI.create(url(API + numero + "/pieces")))
                        .header("Authorization", basic(editeur))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpRequest.newBuilder(URI.create(url(ApiEnPanneDEssai.CHEMIN)))
                        .header("Authorization", basic(editeur))
                        .header("Accept", "text/html")
                        .GET()
                        .build())) {
            HttpResponse<String> reponse = http.send(requete, HttpResponse.BodyHandlers.ofString());
            assertThat(reponse.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(reponse.body()).doesNotContain("<html", "<!DOCTYPE").doesNotContainPattern(TECHNIQUE);
            assertThat(json.readTree(reponse.body()).get("status").intValue()).isEqualTo(reponse.statusCode());
        }
    }

    /**
     * L'API n'a pas de session : un appel qui porte quand même le cookie d'une session (un navigateur connecté à
     * l'espace usager ou mairie du même site) la laisse telle quelle, sans en changer l'identifiant ni renvoyer de
     * cookie ; la protection contre la fixation de session ne vaut que pour qui ouvre une session.
     */
    @Test
    void unAppelQuiPorteLeCookieDUneSessionLaLaisseIntacte() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        var session = connecter(compteActive());
        String numero = PreDemandesDeTest.validee(mvc, session, identifiantUnique() + "@exemple.fr", "06 12 34 56 78");

        MockHttpServletResponse reponse = mvc.perform(
                        get(API + numero).with(httpBasic(editeur, SECRET)).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(reponse.getHeaders("Set-Cookie")).isEmpty();
        mvc.perform(get("/compte").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void sansIdentifiantsLaReponseEst401EtAvecUnClientSansLaPorteeRecueil403() throws Exception {
        String numero = NumeroPreDemande.tirer().valeur();
        String sansPortee = client();

        MockHttpServletResponse anonyme =
                mvc.perform(get(API + numero)).andReturn().getResponse();
        assertThat(sansDetailTechnique(anonyme, 401).get("title").stringValue()).isEqualTo("Authentification requise");
        assertThat(anonyme.getHeader("WWW-Authenticate")).contains("Basic");
        probleme(get(API + numero).with(httpBasic(client(ClientApiConnecte.PORTEE_RECUEIL), SECRET + "faux")), 401);
        JsonNode interdit = probleme(
                post(API + numero + "/consommation")
                        .with(httpBasic(sansPortee, SECRET))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(consommation("SE-1", "Mairie")),
                403);
        assertThat(interdit.get("title").stringValue()).isEqualTo("Accès refusé");
        assertThat(actions(sansPortee))
                .as("refusé par la sécurité, avant toute recherche")
                .isEmpty();
    }

    @Test
    void auDelaDeLaLimiteDuClientLeServiceRepond429AvecRetryAfterEtLeConsigne() throws Exception {
        String editeur = client(ClientApiConnecte.PORTEE_RECUEIL);
        String autre = client(ClientApiConnecte.PORTEE_RECUEIL);
        String numero = NumeroPreDemande.tirer().valeur();

        // 20 par minute dans les tests : la 21e (ou, si la machine est lente, une des suivantes) est refusée
        MockHttpServletResponse refusee = null;
        int permises = 0;
        for (int i = 0; i < 60 && refusee == null; i++) {
            var reponse = mvc.perform(get(API + numero).with(httpBasic(editeur, SECRET)))
                    .andReturn()
                    .getResponse();
            if (reponse.getStatus() == 429) {
                refusee = reponse;
            } else {
                assertThat(reponse.getStatus()).isEqualTo(404);
                permises++;
            }
        }
        assertThat(refusee).as("une requête refusée pour débit").isNotNull();
        assertThat(permises).isGreaterThanOrEqualTo(20);
        assertThat(refusee.getHeader("Retry-After")).matches("[1-9]\\d*");
        JsonNode probleme = sansDetailTechnique(refusee, 429);
        assertThat(probleme.get("type").stringValue()).isEqualTo(PROBLEMES + "limite-de-debit");
        assertThat(probleme.get("attenteSecondes").longValue())
                .isEqualTo(Long.parseLong(refusee.getHeader("Retry-After")));
        // la consommation compte aussi : même compteur (un jeton revient toutes les 3 s : au plus un essai passe)
        var statuts = new ArrayList<Integer>();
        for (int i = 0; i < 3 && !statuts.contains(429); i++) {
            var reponse = mvc.perform(post(API + numero + "/consommation")
                            .with(httpBasic(editeur, SECRET))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(consommation("SE-1", "Mairie")))
                    .andReturn()
                    .getResponse();
            statuts.add(reponse.getStatus());
            if (reponse.getStatus() == 429) {
                sansDetailTechnique(reponse, 429);
            }
        }
        assertThat(statuts).contains(429);
        assertThat(actions(editeur)).contains(ActionAuditee.RECHERCHE_REFUSEE, ActionAuditee.RECHERCHE_SANS_RESULTAT);

        // un autre client a son propre compteur
        probleme(get(API + numero).with(httpBasic(autre, SECRET)), 404);
    }

    // — Le document OpenAPI —

    @Test
    void leDocumentOpenApiDecritLesDeuxOperationsLeursProblemesEtLeSchemaDeSecurite() throws Exception {
        MockHttpServletResponse reponse = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        JsonNode document = json.readTree(reponse.getContentAsString(StandardCharsets.UTF_8));

        assertThat(document.get("openapi").stringValue()).startsWith("3.");
        var operations = new TreeSet<String>();
        document.get("paths")
                .properties()
                .forEach(chemin -> chemin.getValue()
                        .propertyNames()
                        .forEach(methode -> operations.add(methode + " " + chemin.getKey())));
        assertThat(operations)
                .containsExactly(
                        "get /api/v1/pre-demandes/{numero}", "post /api/v1/pre-demandes/{numero}/consommation");

        JsonNode lire = document.at("/paths/~1api~1v1~1pre-demandes~1{numero}/get");
        JsonNode consommer = document.at("/paths/~1api~1v1~1pre-demandes~1{numero}~1consommation/post");
        assertThat(lire.get("operationId").stringValue()).isEqualTo("lirePreDemande");
        assertThat(consommer.get("operationId").stringValue()).isEqualTo("consommerPreDemande");
        assertThat(lire.at("/responses/200/content/application~1json/schema/$ref")
                        .stringValue())
                .isEqualTo("#/components/schemas/PreDemandeV1");
        assertThat(consommer
                        .at("/responses/200/content/application~1json/schema/$ref")
                        .stringValue())
                .isEqualTo("#/components/schemas/ConsommationV1");
        assertThat(consommer
                        .at("/requestBody/content/application~1json/schema/$ref")
                        .stringValue())
                .isEqualTo("#/components/schemas/DemandeDeConsommationV1");
        for (var operation : List.of(lire, consommer)) {
            for (String statut : List.of("400", "401", "403", "404", "409", "410", "429", "500", "503")) {
                assertThat(operation
                                .at("/responses/" + statut + "/content/application~1problem+json/schema/$ref")
                                .stringValue())
                        .as(statut)
                        .isEqualTo("#/components/schemas/Probleme");
            }
            assertThat(operation.at("/responses/429/headers/Retry-After").isMissingNode())
                    .isFalse();
            assertThat(operation.at("/responses/503/headers/Retry-After").isMissingNode())
                    .isFalse();
        }
        assertThat(consommer.at("/responses/415").isMissingNode()).isFalse();

        assertThat(document.at("/components/securitySchemes/clientApi/type").stringValue())
                .isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/clientApi/scheme").stringValue())
                .isEqualTo("basic");
        assertThat(document.at("/security/0/clientApi").isArray()).isTrue();
        assertThat(document.at("/components/schemas/Probleme/required").toString())
                .contains("type", "title", "status", "detail");
        assertThat(document.at("/components/schemas/EtatCivilV1/properties/sexe/enum")
                        .toString())
                .isEqualTo("[\"F\",\"M\"]");
        assertThat(document.at("/components/schemas/DemandeDeConsommationV1/properties/reference/maxLength")
                        .intValue())
                .isEqualTo(40);
        assertThat(document.at("/info/description").stringValue()).contains("RFC 9457", "HTTP Basic");
    }

    @Test
    void springdocNePublieRienDAutreQueLeDocumentDeLApi() throws Exception {
        for (String chemin : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            assertThat(mvc.perform(get(chemin)).andReturn().getResponse().getStatus())
                    .as(chemin)
                    .isNotEqualTo(200);
        }
        // le document YAML que springdoc sert à côté reste fermé par la chaîne de l'API (seul le JSON est public)
        assertThat(mvc.perform(get("/api/v1/openapi.json.yaml"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
        String document = mvc.perform(get("/api/v1/openapi.json"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(document).doesNotContain("/mairie", "/demandes", "/compte", "/actuator", "essai-");
    }

    // — Outils —

    /** La requête donne ce statut, en problème RFC 9457 sans détail technique ; son corps. */
    private JsonNode probleme(RequestBuilder requete, int statut) throws Exception {
        return sansDetailTechnique(mvc.perform(requete).andReturn().getResponse(), statut);
    }

    private JsonNode sansDetailTechnique(MockHttpServletResponse reponse, int statut) throws Exception {
        String corps = reponse.getContentAsString(StandardCharsets.UTF_8);
        assertThat(reponse.getStatus()).as(corps).isEqualTo(statut);
        assertThat(reponse.getContentType())
                .as("type de contenu de « %s »", corps)
                .isNotNull();
        assertThat(MediaType.parseMediaType(reponse.getContentType())
                        .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(reponse.getContentType())
                .isTrue();
        assertThat(corps).doesNotContainPattern(TECHNIQUE);
        JsonNode probleme = json.readTree(corps);
        assertThat(probleme.get("status").intValue()).isEqualTo(statut);
        assertThat(probleme.get("type").stringValue()).matches("about:blank|" + Pattern.quote(PROBLEMES) + "[a-z-]+");
        assertThat(probleme.get("title").stringValue()).isNotBlank();
        assertThat(probleme.get("detail").stringValue()).isNotBlank();
        return probleme;
    }

    private static String consommation(String reference, String mairie) {
        return "{\"reference\": \"" + reference + "\", \"mairie\": \"" + mairie + "\"}";
    }

    private List<ActionAuditee> actions(String client) {
        return journal.rechercher(null, client, null, null, null, 200).stream()
                .map(e -> e.entree().action())
                .toList();
    }

    private long versionDe(String numero) {
        return jdbc.sql("select version from pre_demande where numero = ?")
                .param(numero)
                .query(Long.class)
                .single();
    }

    /** Un client de l'API avec ces portées, comme en crée le service (secret gardé en empreinte SHA-256). */
    private String client(String... portees) {
        String identifiant = "essai." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into client_api (identifiant, nom, secret_empreinte, portees, cree_le) "
                        + "values (?, ?, ?, ?::varchar(30)[], now())")
                .params(identifiant, "Éditeur d’essai", empreinte(SECRET), portees)
                .update();
        return identifiant;
    }

    private static String basic(String client) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private static String empreinte(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Mairie mairie(String nom, String departement, String insee) {
        var mairie = new Mairie(
                UUID.randomUUID(), "t-" + UUID.randomUUID().toString().substring(0, 8), nom, departement, insee);
        jdbc.sql(
                        "insert into mairie (id, code, nom, code_departement, code_insee, cree_le) values (?, ?, ?, ?, ?, now())")
                .params(mairie.id(), mairie.code(), mairie.nom(), mairie.codeDepartement(), mairie.codeInsee())
                .update();
        return mairie;
    }

    private static AgentConnecte agent(Mairie mairie) {
        return new AgentConnecte(
                UUID.randomUUID(),
                "agent.test-" + UUID.randomUUID().toString().substring(0, 8),
                "Claire",
                "Durand",
                mairie,
                Set.of(RoleAgent.AGENT));
    }

    private static RequestPostProcessor en(AgentConnecte qui) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                qui, null, List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
    }
}
