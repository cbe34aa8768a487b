package fr.predemande.recueil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.stockage.CoffreDesSecrets;
import fr.predemande.support.AgentsDeTest;
import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Qui ouvre quoi au poste de recueil : chaque adresse de {@code /mairie/recueil/**} et {@code /mairie/dossiers/**}
 * (chaque méthode), pour chaque profil, avec de vraies sessions — celles que pose la connexion (formulaire des agents avec
 * mot de passe et code TOTP, formulaire des usagers), pas un contexte de sécurité posé par le test :
 * <ul>
 *   <li>personne de connecté, ou une usagère connectée (sa session n'ouvre rien dans l'espace mairie) : la connexion
 *   des agents ;</li>
 *   <li>un administrateur de la mairie A sans le rôle d'agent : 403 partout ;</li>
 *   <li>un agent de la mairie B sur le dossier de la mairie A (lire, corriger, contrôler, numériser, imprimer,
 *   transmettre) : 403, et le dossier n'a pas bougé ; sur les pages qui ne désignent pas un dossier (recherche, liste,
 *   papier) il travaille chez lui, sans rien voir des données de la personne ;</li>
 *   <li>un agent de la mairie A : la page (200) ou sa redirection (3xx).</li>
 * </ul>
 * Les requêtes d'agent de A sont de vraies actions, choisies pour ne pas fermer le dossier (la transmission part alors
 * qu'il manque des étapes : elle est refusée par le métier, pas par la sécurité) ; certaines ont une saisie refusée
 * (motif de non-conformité ou des empreintes absent, timbre mal formé) : l'agent de B reçoit 403 avant que sa saisie
 * soit seulement lue. Complète MatriceDAccesTest
 * (habilitation), qui pose les profils sans passer par la connexion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatriceDAccesDuRecueilTest extends ApplicationEnTest {

    enum Profil {
        ANONYME,
        USAGERE,
        ADMINISTRATEUR_DE_A,
        AGENT_DE_B,
        AGENT_DE_A
    }

    enum Issue {
        /** Renvoyé à la connexion des agents. */
        CONNEXION,
        /** 403. */
        REFUSEE,
        /** La page (2xx) ou sa redirection (3xx). */
        OUVERTE,
        /** Ouverte, chez l'agent lui-même : rien des données de la personne du dossier de A, aucun renvoi vers ce dossier. */
        OUVERTE_SANS_LE_DOSSIER_DE_A
    }

    /**
     * Une adresse du poste. {@code dossierDeA} : elle désigne le dossier de la mairie A ; {@code {pd}}, {@code {d}} et
     * {@code {f}} sont remplacés par le numéro de la pré-demande, celui du dossier et l'identifiant d'une numérisation.
     */
    record Route(String methode, String modele, boolean dossierDeA, Map<String, String> parametres) {
        @Override
        public String toString() {
            return methode + " " + modele + (parametres.isEmpty() ? "" : " " + new java.util.TreeMap<>(parametres));
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/mairie/recueil", false, Map.of()),
            new Route("POST", "/mairie/recueil", false, Map.of("numero", "{pd}")),
            new Route("GET", "/mairie/recueil/p/{pd}", false, Map.of()),
            new Route("POST", "/mairie/recueil/papier", false, Map.of()),
            new Route("GET", "/mairie/recueil/support/{pd}.pdf", false, Map.of()),
            new Route("GET", "/mairie/dossiers", false, Map.of()),
            new Route("POST", "/mairie/dossiers", false, Map.of("preDemande", "{pd}")),
            new Route("GET", "/mairie/dossiers/{d}", true, Map.of()),
            new Route("GET", "/mairie/dossiers/{d}/sections/etat-civil", true, Map.of()),
            new Route("POST", "/mairie/dossiers/{d}/sections/etat-civil", true, Map.of("taille", "1m71")),
            new Route("POST", "/mairie/dossiers/{d}/controles/PHOTO_IDENTITE", true, Map.of("conforme", "true")),
            new Route("POST", "/mairie/dossiers/{d}/controles/ANCIEN_TITRE", true, Map.of("conforme", "false")),
            new Route("MULTIPART", "/mairie/dossiers/{d}/numerisations/JUSTIFICATIF_DOMICILE", true, Map.of()),
            new Route("GET", "/mairie/dossiers/{d}/numerisations/fichiers/{f}", true, Map.of()),
            new Route("POST", "/mairie/dossiers/{d}/empreintes", true, Map.of("releve", "PRISES")),
            new Route("POST", "/mairie/dossiers/{d}/empreintes", true, Map.of("releve", "IMPOSSIBLES")),
            new Route("POST", "/mairie/dossiers/{d}/photo", true, Map.of("verifiee", "true")),
            new Route(
                    "POST",
                    "/mairie/dossiers/{d}/timbres",
                    true,
                    Map.of("numeroTimbre", "1234", "montantTimbre", "86")),
            new Route(
                    "POST",
                    "/mairie/dossiers/{d}/timbres",
                    true,
                    Map.of("numeroTimbre", "1234 5678 9012 3456", "montantTimbre", "beaucoup")),
            new Route("GET", "/mairie/dossiers/{d}/recepisse.pdf?format=thermique", true, Map.of()),
            new Route("GET", "/mairie/dossiers/{d}/recepisse.pdf?format=a4", true, Map.of()),
            new Route("GET", "/mairie/dossiers/{d}/recepisse.escpos", true, Map.of()),
            new Route("POST", "/mairie/dossiers/{d}/transmission", true, Map.of()));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder empreintes;

    @Autowired
    CoffreDesSecrets coffre;

    private final Map<Profil, Cookie> sessions = new EnumMap<>(Profil.class);
    private String preDemande;
    private String dossier;
    private UUID numerisation;

    @BeforeAll
    void deuxMairiesLeursAgentsEtUnDossierChezA() throws Exception {
        var agents = new AgentsDeTest(jdbc, empreintes, coffre);
        Mairie a = agents.mairie("Mairie A de la matrice du recueil", "42", "42218", "Poste A");
        Mairie b = agents.mairie("Mairie B de la matrice du recueil", "69", "69383", "Poste B");
        sessions.put(Profil.AGENT_DE_A, AgentsDeTest.session(mvc, agents.agentEnrole(a, RoleAgent.AGENT)));
        sessions.put(Profil.AGENT_DE_B, AgentsDeTest.session(mvc, agents.agentEnrole(b, RoleAgent.AGENT)));
        sessions.put(
                Profil.ADMINISTRATEUR_DE_A, AgentsDeTest.session(mvc, agents.agentEnrole(a, RoleAgent.ADMINISTRATEUR)));
        String usagere = compteActive();
        Cookie sessionDeLUsagere = connecter(usagere);
        sessions.put(Profil.USAGERE, sessionDeLUsagere);

        preDemande = PreDemandesDeTest.validee(mvc, sessionDeLUsagere, usagere + "@exemple.fr", "06 12 34 56 78");
        String adresse = mvc.perform(post("/mairie/dossiers")
                        .cookie(sessions.get(Profil.AGENT_DE_A))
                        .with(csrf())
                        .param("preDemande", preDemande))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(adresse).as("dossier ouvert par l'agent de A").matches("/mairie/dossiers/4226\\d{8}[0-9A-Z]");
        dossier = adresse.substring(adresse.lastIndexOf('/') + 1);
        mvc.perform(requete(
                        new Route("MULTIPART", "/mairie/dossiers/{d}/numerisations/ANCIEN_TITRE", true, Map.of()),
                        Profil.AGENT_DE_A))
                .andReturn();
        numerisation = jdbc.sql(
                        "select id from piece_numerisee where dossier = (select id from dossier where numero = ?)")
                .param(dossier)
                .query(UUID.class)
                .single();
    }

    static Stream<Arguments> chaqueAdressePourChaqueProfil() {
        var cas = new ArrayList<Arguments>();
        for (Route route : ROUTES) {
            for (Profil profil : Profil.values()) {
                cas.add(Arguments.of(profil, route, attendue(profil, route)));
            }
        }
        return cas.stream();
    }

    private static Issue attendue(Profil profil, Route route) {
        return switch (profil) {
            case ANONYME, USAGERE -> Issue.CONNEXION;
            case ADMINISTRATEUR_DE_A -> Issue.REFUSEE;
            case AGENT_DE_B -> route.dossierDeA() ? Issue.REFUSEE : Issue.OUVERTE_SANS_LE_DOSSIER_DE_A;
            case AGENT_DE_A -> Issue.OUVERTE;
        };
    }

    @ParameterizedTest(name = "{0} — {1} : {2}")
    @MethodSource("chaqueAdressePourChaqueProfil")
    void chaqueProfilNOuvreQueCeQuiLeConcerne(Profil profil, Route route, Issue attendue) throws Exception {
        long versionAvant = version();
        MockHttpServletResponse reponse =
                mvc.perform(requete(route, profil)).andReturn().getResponse();
        String redirection = reponse.getRedirectedUrl();
        int statut = reponse.getStatus();
        Issue obtenue = statut == 403
                ? Issue.REFUSEE
                // « ?session-expiree » : une correction de section interrompue est gardée pour après la connexion
                : statut / 100 == 3
                                && redirection != null
                                && redirection.replaceFirst("\\?.*", "").endsWith("/mairie/connexion")
                        ? Issue.CONNEXION
                        : statut / 100 == 2 || statut / 100 == 3 ? Issue.OUVERTE : null;
        if (attendue == Issue.OUVERTE_SANS_LE_DOSSIER_DE_A && obtenue == Issue.OUVERTE) {
            String page =
                    reponse.getContentType() != null && reponse.getContentType().startsWith("text/html")
                            ? reponse.getContentAsString()
                            : "";
            boolean voitLeDossier = page.contains("MARTIN")
                    || page.contains("Élise, Marie")
                    || (redirection != null && redirection.contains(dossier));
            obtenue = voitLeDossier ? Issue.OUVERTE : Issue.OUVERTE_SANS_LE_DOSSIER_DE_A;
        }
        assertThat(obtenue)
                .as("%s — %s (statut %d, redirection %s)", profil, route, statut, redirection)
                .isEqualTo(attendue);
        if (profil != Profil.AGENT_DE_A) {
            assertThat(version())
                    .as("le dossier de A n'a pas bougé après %s — %s", profil, route)
                    .isEqualTo(versionAvant);
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> requete(Route route, Profil profil) throws Exception {
        String adresse = route.modele()
                .replace("{pd}", preDemande)
                .replace("{d}", dossier == null ? "" : dossier)
                .replace("{f}", String.valueOf(numerisation));
        AbstractMockHttpServletRequestBuilder<?> requete = switch (route.methode()) {
            case "GET" -> get(adresse);
            case "POST" -> post(adresse);
            case "MULTIPART" ->
                multipart(adresse)
                        .file(new MockMultipartFile("fichier", "scan.pdf", "application/pdf", RecueilHttpTest.pdf(1)));
            default -> throw new IllegalArgumentException(route.methode());
        };
        if (!route.methode().equals("GET")) {
            requete.with(csrf());
            if (route.dossierDeA()) {
                requete.param("version", String.valueOf(version()));
            }
            route.parametres().forEach((nom, valeur) -> requete.param(nom, valeur.replace("{pd}", preDemande)));
        }
        Cookie session = sessions.get(profil);
        return session == null ? requete : requete.cookie(session);
    }

    private long version() {
        return dossier == null
                ? -1
                : jdbc.sql("select version from dossier where numero = ?")
                        .param(dossier)
                        .query(Long.class)
                        .single();
    }
}
