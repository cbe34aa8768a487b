package fr.predemande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.servlet.http.Cookie;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Ce qu'un attaquant enverrait, à chaque champ de chaque formulaire et à chaque paramètre de chaque page : trouvés en
 * parcourant les routes de l'application (pas une liste tenue à la main), envoyés en usager, en agent ou sans
 * connexion selon l'espace. Aucune réponse 5xx, aucune charge renvoyée sans échappement, aucun nom de classe Java ni
 * texte SQL dans une page.
 */
class EntreesHostilesTest extends ApplicationEnTest {

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    /** Le corpus : longueurs, caractères de contrôle, Unicode retors, balisage, gabarits, SQL, mauvais types. */
    static final List<String> CORPUS = List.of(
            "a".repeat(10_000),
            "a\u0000b",
            "\u0001\u0007\u001b[31mrouge",
            "\u202Egnp.exe",
            "\u2066isolé\u2069",
            "e" + "\u0301".repeat(300),
            "\u200B\u200C\u200D\uFEFF",
            "😀👨‍👩‍👧 ﷽",
            "\uD800",
            SCRIPT,
            IMAGE,
            "[[${7*7}]] __${7*7}__ *{7*7} #{x}",
            "${T(Runtime).getRuntime().exec('id')}",
            "' OR '1'='1' --",
            "1; DROP TABLE compte; --",
            "../../../../etc/passwd",
            "-1",
            "99999999999999999999999",
            "NaN",
            "",
            "   ");

    /** Ce qu'une page ne doit jamais montrer : une pile d'appels, un nom de classe, du SQL. */
    static final Pattern FUITE = Pattern.compile(
            "\\bjava\\.(lang|util|sql|io)\\.|\\borg\\.(springframework|postgresql|hibernate|thymeleaf)\\.|Exception\\b|\\bat fr\\.predemande|\\bPSQL|\\bSQL state|\\bERROR:\\s");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Autowired
    JdbcClient jdbc;

    private final List<String> defauts = new ArrayList<>();
    private int requetes;

    /** Une route : sa méthode, son chemin aux variables remplies, ses paramètres, et qui l'appelle. */
    record Route(HttpMethod methode, String gabarit, Set<String> parametres) {}

    @Test
    void aucuneEntreeHostileNeProvoqueDErreurServeurNiNeSeReflechitSansEchappement() throws Exception {
        var contexte = preparer();
        for (Route route : routes()) {
            String chemin = remplir(route.gabarit(), contexte);
            if (chemin == null) {
                continue;
            }
            envoyer(route, chemin, Map.of(), contexte, "aucun paramètre");
            for (String parametre : route.parametres()) {
                for (String valeur : CORPUS) {
                    envoyer(route, chemin, Map.of(parametre, new String[] {valeur}), contexte, parametre);
                }
                envoyer(
                        route,
                        chemin,
                        Map.of(parametre, new String[] {"un", "deux", "trois"}),
                        contexte,
                        parametre + " ×3");
            }
            // chaque variable du chemin, hostile elle aussi
            for (String valeur : List.of("%00", "..%2F..", "x".repeat(500), "%C3%28", "%3Cscript%3E")) {
                String variable = remplirHostile(route.gabarit(), contexte, valeur);
                if (variable != null) {
                    envoyer(route, variable, Map.of(), contexte, "variable du chemin");
                }
            }
        }
        assertThat(requetes).as("requêtes envoyées").isGreaterThan(1000);
        assertThat(defauts).as("réponses fautives sur %d requêtes", requetes).isEmpty();
    }

    /** Des chaînes tirées au hasard, dans chaque champ des six sections de la pré-demande et du formulaire de compte. */
    @Test
    void desSaisiesTireesAuHasardNeProvoquentPasDErreurServeur() throws Exception {
        var contexte = preparer();
        var sections = List.of("motif", "etat-civil", "filiation", "nationalite", "adresse", "contact");
        QuickTheory.qt()
                .withExamples(150)
                .forAll(
                        SourceDSL.integers().between(0, sections.size() - 1),
                        SourceDSL.strings().allPossible().ofLengthBetween(0, 300))
                .checkAssert((rang, valeur) -> {
                    try {
                        String section = sections.get(rang);
                        var champs = new LinkedHashMap<String, String[]>();
                        for (String champ :
                                PreDemandesDeTest.REPONSES.get(section).keySet()) {
                            champs.put(champ, new String[] {valeur});
                        }
                        envoyer(
                                new Route(HttpMethod.POST, "/demandes/{id}/" + section, champs.keySet()),
                                "/demandes/" + contexte.brouillon() + "/" + section,
                                champs,
                                contexte,
                                "tous les champs de " + section);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
        assertThat(defauts).isEmpty();
    }

    /** Une requête GET dont la chaîne d'interrogation n'est pas de l'UTF-8 valide, envoyée au vrai serveur. */
    @Test
    void uneChaineDInterrogationInvalideRecoitUne400() throws Exception {
        var client = HttpClient.newHttpClient();
        for (String chemin : List.of(
                "/connexion?erreur=%C3%28",
                "/referentiel/communes?q=%FF", "/?x=%C0%AF", "/referentiel/pays?q=%ED%A0%80")) {
            var reponse = client.send(
                    HttpRequest.newBuilder(URI.create(url(chemin))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reponse.statusCode()).as(chemin).isBetween(200, 499).isNotEqualTo(406);
            assertThat(FUITE.matcher(reponse.body()).find()).as(chemin).isFalse();
        }
    }

    private void envoyer(Route route, String chemin, Map<String, String[]> parametres, Contexte contexte, String quoi)
            throws Exception {
        MockHttpServletRequestBuilder requete = request(route.methode(), URI.create(chemin));
        parametres.forEach((nom, valeurs) -> requete.param(nom, valeurs));
        if (route.methode() != HttpMethod.GET) {
            requete.with(csrf());
        }
        if (chemin.startsWith("/mairie")) {
            requete.with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                    contexte.agent(),
                    null,
                    List.of(
                            new SimpleGrantedAuthority("ROLE_AGENT"),
                            new SimpleGrantedAuthority("ROLE_ADMINISTRATEUR")))));
        } else if (!chemin.startsWith("/api")) {
            requete.cookie(contexte.session());
        }
        MockHttpServletResponse reponse;
        requetes++;
        try {
            reponse = mvc.perform(requete).andReturn().getResponse();
        } catch (Exception exception) {
            // MockMvc remonte l'exception qu'un vrai serveur aurait changée en 500
            Throwable cause = exception;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            String valeur =
                    parametres.values().stream().flatMap(Stream::of).findFirst().orElse("");
            defauts.add(route.methode() + " " + chemin + " [" + quoi + ", " + Math.min(valeur.length(), 99999)
                    + " caractères] → exception " + cause.getClass().getSimpleName() + " : "
                    + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
            return;
        }
        String corps = reponse.getContentType() != null
                        && (reponse.getContentType().startsWith("text")
                                || reponse.getContentType().contains("json"))
                ? reponse.getContentAsString()
                : "";
        String valeur =
                parametres.values().stream().flatMap(Stream::of).findFirst().orElse("");
        String apercu = valeur.length() > 40 ? valeur.substring(0, 40) + "…" : valeur;
        String ou = route.methode() + " " + chemin + " [" + quoi + " = " + apercu.replaceAll("\\p{Cntrl}", "·") + "]";
        if (reponse.getStatus() >= 500) {
            defauts.add(ou + " → " + reponse.getStatus());
        }
        if (corps.contains(SCRIPT) || corps.contains(IMAGE)) {
            defauts.add(ou + " → charge renvoyée sans échappement");
        }
        Matcher fuite = FUITE.matcher(corps);
        if (fuite.find()) {
            defauts.add(ou + " → texte technique : "
                    + corps.substring(Math.max(0, fuite.start() - 40), Math.min(corps.length(), fuite.end() + 40))
                            .replaceAll("\\s+", " "));
        }
    }

    /** Les routes de l'application, avec les noms des paramètres qu'elles lisent. */
    private List<Route> routes() throws IOException {
        Set<String> champsDesGabarits = champsDesGabarits();
        var liste = new ArrayList<Route>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entree :
                routes.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entree.getKey();
            HandlerMethod methode = entree.getValue();
            var parametres = new TreeSet<String>();
            // les pages des sections lient la requête elle-même : tous les champs des gabarits leur sont envoyés
            boolean lieAuFormulaire = Set.of("enregistrerSection", "corriger")
                    .contains(methode.getMethod().getName());
            for (MethodParameter parametre : methode.getMethodParameters()) {
                RequestParam requestParam = parametre.getParameterAnnotation(RequestParam.class);
                if (requestParam != null) {
                    String nom = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
                    parametres.add(nom.isEmpty() ? parametre.getParameterName() : nom);
                }
                if (parametre.hasParameterAnnotation(ModelAttribute.class)
                        || parametre.getParameterType().getSimpleName().startsWith("Formulaire")) {
                    for (PropertyDescriptor propriete :
                            BeanUtils.getPropertyDescriptors(parametre.getParameterType())) {
                        if (propriete.getWriteMethod() != null) {
                            parametres.add(propriete.getName());
                        }
                    }
                }
            }
            var methodes = info.getMethodsCondition().getMethods();
            if (lieAuFormulaire && methodes.stream().anyMatch(m -> m.name().equals("POST"))) {
                parametres.addAll(champsDesGabarits);
            }
            for (String gabarit : info.getPatternValues()) {
                // la panne simulée des tests de pages d'erreur lève exprès
                if (gabarit.startsWith("/error")
                        || gabarit.startsWith("/actuator")
                        || gabarit.contains("panne-de-test")) {
                    continue;
                }
                var verbes = methodes.isEmpty()
                        ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methodes;
                for (var verbe : verbes) {
                    liste.add(new Route(HttpMethod.valueOf(verbe.name()), gabarit, parametres));
                }
            }
        }
        assertThat(liste).as("routes trouvées").hasSizeGreaterThan(30);
        return liste;
    }

    /** Les noms des champs des formulaires, lus dans les gabarits ({@code name="…"}, {@code th:field="*{…}"}, fragments). */
    private static Set<String> champsDesGabarits() throws IOException {
        var champs = new LinkedHashSet<String>();
        var motifs = List.of(
                Pattern.compile("name=\"(\\w+)\""),
                Pattern.compile("\\*\\{(\\w+)\\}"),
                Pattern.compile("::\\s*\\w+\\('(\\w+)'"));
        try (Stream<Path> gabarits = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path gabarit :
                    gabarits.filter(f -> f.toString().endsWith(".html")).toList()) {
                String contenu = Files.readString(gabarit);
                for (Pattern motif : motifs) {
                    Matcher m = motif.matcher(contenu);
                    while (m.find()) {
                        champs.add(m.group(1));
                    }
                }
            }
        }
        champs.remove("_csrf");
        return champs;
    }

    /** Ce qu'il faut pour remplir les chemins : une pré-demande validée, un brouillon, un dossier, un agent. */
    record Contexte(Cookie session, UUID brouillon, UUID validee, String numero, String dossier, AgentConnecte agent) {}

    private Contexte contexte;

    private Contexte preparer() throws Exception {
        if (contexte != null) {
            return contexte;
        }
        Cookie session = connecter(compteActive());
        String numero = PreDemandesDeTest.validee(mvc, session, identifiantUnique() + "@exemple.fr", "06 12 34 56 78");
        UUID validee = jdbc.sql("select id from pre_demande where numero = ?")
                .param(numero)
                .query(UUID.class)
                .single();
        var liste = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/demandes")
                        .cookie(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher nouvel =
                Pattern.compile("name=\"id\" value=\"([0-9a-f-]{36})\"").matcher(liste);
        assertThat(nouvel.find()).isTrue();
        UUID brouillon = UUID.fromString(nouvel.group(1));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/demandes")
                .cookie(session)
                .with(csrf())
                .param("id", brouillon.toString()));
        var mairie = new Mairie(
                UUID.randomUUID(),
                "h-" + UUID.randomUUID().toString().substring(0, 8),
                "Mairie des entrées hostiles",
                "42",
                "42218");
        jdbc.sql(
                        "insert into mairie (id, code, nom, code_departement, code_insee, cree_le) values (?, ?, ?, ?, ?, now())")
                .params(mairie.id(), mairie.code(), mairie.nom(), mairie.codeDepartement(), mairie.codeInsee())
                .update();
        var agent = new AgentConnecte(
                UUID.randomUUID(),
                "agent.hostile-" + UUID.randomUUID().toString().substring(0, 6),
                "Test",
                "Hostile",
                mairie,
                Set.of(RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR));
        String dossier = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/mairie/recueil/papier")
                        .with(csrf())
                        .with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                                agent, null, List.of(new SimpleGrantedAuthority("ROLE_AGENT"))))))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        contexte = new Contexte(
                session, brouillon, validee, numero, dossier.substring(dossier.lastIndexOf('/') + 1), agent);
        return contexte;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]*))?}");

    /** Le chemin d'une route aux variables remplies de valeurs réelles ; null si une variable est inconnue. */
    private static String remplir(String gabarit, Contexte c) {
        Matcher m = VARIABLE.matcher(gabarit);
        var chemin = new StringBuilder();
        while (m.find()) {
            String valeur = switch (m.group(1)) {
                case "id" ->
                    gabarit.contains("fichiers")
                            ? UUID.randomUUID().toString()
                            : c.brouillon().toString();
                case "numero" -> gabarit.startsWith("/mairie/dossiers") ? c.dossier() : c.numero();
                case "chemin" -> m.group(2) == null ? "motif" : m.group(2).split("\\|")[0];
                case "piece" -> "PHOTO_IDENTITE";
                case "objet" -> "RECAPITULATIF";
                default -> m.group(2) != null ? m.group(2).split("\\|")[0] : "x";
            };
            m.appendReplacement(chemin, Matcher.quoteReplacement(valeur));
        }
        m.appendTail(chemin);
        String resultat = chemin.toString().replace("/**", "/x");
        return resultat.contains("{") || resultat.contains("*") ? null : resultat;
    }

    /** Le même chemin, la première variable remplacée par une valeur hostile (déjà encodée pour l'URL). */
    private static String remplirHostile(String gabarit, Contexte c, String valeur) {
        Matcher m = VARIABLE.matcher(gabarit);
        if (!m.find() || m.group(2) != null) {
            return null;
        }
        String premiere = gabarit.substring(0, m.start()) + valeur + gabarit.substring(m.end());
        return remplir(premiere, c);
    }
}
