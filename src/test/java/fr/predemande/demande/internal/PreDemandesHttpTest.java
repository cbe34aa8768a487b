package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.habilitation.RoleAgent;
import fr.predemande.support.AgentsDeTest;
import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** La pré-demande au niveau HTTP, sur l'application entière. */
class PreDemandesHttpTest extends ApplicationEnTest {

    /** Des réponses valables à chaque section : celles de tous les tests ({@link PreDemandesDeTest#REPONSES}). */
    static final Map<String, Map<String, String>> REPONSES_VALIDES = PreDemandesDeTest.REPONSES;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder empreintes;

    @Autowired
    fr.predemande.stockage.CoffreDesSecrets coffre;

    @Test
    void unUsagerRemplitChaqueSectionVerifieEtValideSaPreDemande() throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = nouveauBrouillon(session);

        // le compte préremplit l'état civil
        mvc.perform(get("/demandes/" + id + "/etat-civil").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Martin\""),
                                containsString("value=\"&Eacute;lise, Marie\""),
                                containsString("Étape 2 sur 6"))));

        // une erreur par section : message à côté du champ, saisie gardée et enregistrée
        mvc.perform(section(session, id, "motif", Map.of("titre", "CNI", "motif", "PAGES_PLEINES")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ce motif ne concerne que le passeport"),
                                containsString("id=\"resume-erreurs\""))));
        for (var reponse : REPONSES_VALIDES.entrySet()) {
            mvc.perform(section(session, id, reponse.getKey(), reponse.getValue()))
                    .andExpect(status().is3xxRedirection());
        }

        mvc.perform(get("/demandes/" + id + "/verification").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vérifier vos réponses"), containsString("Saint-Étienne (42)"),
                                containsString("Modifier"), containsString("Valider ma pré-demande"))));

        // l'usager peut changer l'adresse qui recevra le récapitulatif
        String courriel = "recap-" + id + "@exemple.fr";
        mvc.perform(post("/demandes/" + id + "/validation")
                        .cookie(session)
                        .with(csrf())
                        .param("courriel", courriel))
                .andExpect(redirectedUrl("/demandes/" + id + "/confirmation"));
        String page = mvc.perform(get("/demandes/" + id + "/confirmation").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var numero = Pattern.compile("id=\"numero\">([0-9A-Z ]{12})<").matcher(page);
        assertThat(numero.find()).isTrue();
        assertThat(page).contains("Timbre fiscal à acheter : 86\u00a0€");
        String numeroLisible = numero.group(1);

        // le courriel : même numéro, récapitulatif PDF joint ; le SMS (boîte de développement, pas de SMSC ici) aussi
        var message = courrielPour(courriel);
        assertThat(message.getSubject()).contains(numeroLisible);
        assertThat(texte(message)).contains(numeroLisible);
        assertThat(((jakarta.mail.Multipart) message.getContent()).getCount()).isGreaterThan(1);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from sms_developpement where destinataire = '+33612345678' and texte like ?")
                                .param("%" + numeroLisible + "%")
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1));

        var pdf = mvc.perform(get("/demandes/" + id + "/recapitulatif.pdf").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes());

        // « Présenter en mairie » : le numéro en groupes, et un QR code pour écran que la douchette relit
        mvc.perform(get("/demandes/" + id + "/presenter").cookie(session))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString(numeroLisible), containsString("Présenter en mairie"))));
        byte[] png = mvc.perform(get("/demandes/" + id + "/qr.png").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(fr.predemande.impression.CodesQr.lire(image))
                .hasValueSatisfying(texte -> assertThat(texte).endsWith("/p/" + numeroLisible.replace(" ", "")));

        // validée : plus modifiable par l'usager ; un formulaire renvoyé d'un ancien onglet mène à la confirmation
        mvc.perform(section(session, id, "contact", Map.of("courriel", "autre@exemple.fr")))
                .andExpect(redirectedUrl("/demandes/" + id + "/confirmation"))
                .andExpect(flash().attribute("information", "demande.deja-validee"));
        mvc.perform(get("/demandes/" + id + "/confirmation").cookie(session))
                .andExpect(content().string(containsString("Cette pré-demande est déjà validée")));
    }

    @Test
    void laPageDeVerificationSignaleLesIncoherencesEtRefuseLaValidation() throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = nouveauBrouillon(session);
        for (var reponse : REPONSES_VALIDES.entrySet()) {
            mvc.perform(section(session, id, reponse.getKey(), reponse.getValue()))
                    .andExpect(status().is3xxRedirection());
        }
        // parent né 5 ans avant la personne
        var filiation = new java.util.HashMap<>(REPONSES_VALIDES.get("filiation"));
        filiation.put("parent1DateNaissance", "01/01/1985");
        mvc.perform(section(session, id, "filiation", filiation)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/demandes/" + id + "/verification").cookie(session))
                .andExpect(content()
                        .string(allOf(
                                containsString("Filiation : le premier parent doit être né au moins 12 ans avant"),
                                containsString(
                                        "/demandes/" + id + "/filiation?retour=verification#parent1DateNaissance"))));
        mvc.perform(post("/demandes/" + id + "/validation")
                        .cookie(session)
                        .with(csrf())
                        .param("courriel", "elise.martin@exemple.fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Des réponses sont à corriger")));
        assertThat(statut(id)).isEqualTo("BROUILLON");
    }

    @Test
    void enregistrerSansContinuerGardeUneSaisieFausseEtLaReprise() throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = nouveauBrouillon(session);
        mvc.perform(section(
                        session,
                        id,
                        "etat-civil",
                        Map.of("nomNaissance", "Dupont2", "taille", "abc", "action", "enregistrer")))
                .andExpect(redirectedUrl("/demandes"));
        mvc.perform(get("/demandes/" + id + "/etat-civil").cookie(session))
                .andExpect(
                        content().string(allOf(containsString("value=\"Dupont2\""), containsString("value=\"abc\""))));
    }

    @Test
    void uneSaisieEnvoyeeApresExpirationDeLaSessionEstRetrouveeApresReconnexion() throws Exception {
        String identifiant = compteActive();
        Cookie session = connecter(identifiant);
        UUID id = nouveauBrouillon(session);

        // la session a expiré : le navigateur n'a plus de session valable, ni de jeton CSRF correspondant
        var envoi = mvc.perform(post("/demandes/" + id + "/etat-civil")
                        .cookie(new Cookie("SESSION", "c2Vzc2lvbi1leHBpcmVl"))
                        .param("nomNaissance", "Martin-Lefèvre")
                        .param("taille", "171")
                        .param("_csrf", "perime"))
                .andExpect(redirectedUrl("/connexion?session-expiree"))
                .andReturn();
        Cookie nouvelle = envoi.getResponse().getCookie("SESSION");
        mvc.perform(get("/connexion").param("session-expiree", "").cookie(nouvelle))
                .andExpect(content().string(containsString("Votre session a expiré")));

        var connexion = mvc.perform(post("/connexion")
                        .cookie(nouvelle)
                        .with(csrf())
                        .param("identifiant", identifiant)
                        .param("motDePasse", MOT_DE_PASSE))
                .andExpect(redirectedUrl("/demandes/" + id + "/etat-civil"))
                .andReturn();
        Cookie apres = connexion.getResponse().getCookie("SESSION");
        mvc.perform(get("/demandes/" + id + "/etat-civil").cookie(apres))
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Martin-Lef"),
                                containsString("value=\"171\""),
                                containsString("avant l’expiration de votre session"))));
        // rien n'est écrit tant que l'usager ne renvoie pas lui-même le formulaire
        assertThat(jdbc.sql("select reponses->'etatCivil'->>'nomNaissance' from pre_demande where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Martin");
    }

    @Test
    void unDoubleClicSurNouvellePreDemandeNeCreeQuUnBrouillon() throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/demandes").cookie(session).with(csrf()).param("id", id.toString()))
                    .andExpect(redirectedUrl("/demandes/" + id + "/motif"));
        }
        assertThat(jdbc.sql("select count(*) from pre_demande where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void lePreDemandeDUnAutreUsagerEstIntrouvable() throws Exception {
        Cookie alice = connecter(compteActive());
        UUID id = nouveauBrouillon(alice);
        Cookie bob = connecter(compteActive());
        mvc.perform(get("/demandes/" + id + "/motif").cookie(bob)).andExpect(status().isNotFound());
        mvc.perform(section(bob, id, "motif", Map.of("titre", "CNI"))).andExpect(status().isNotFound());
        // et reprendre le même identifiant ne vole pas le brouillon
        mvc.perform(post("/demandes").cookie(bob).with(csrf()).param("id", id.toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void vingtValidationsSimultaneesDuMemeBrouillonDonnentUnSeulNumero() throws Exception {
        Cookie session = connecter(compteActive());
        UUID id = nouveauBrouillon(session);
        for (var reponse : REPONSES_VALIDES.entrySet()) {
            mvc.perform(section(session, id, reponse.getKey(), reponse.getValue()))
                    .andExpect(status().is3xxRedirection());
        }
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String cookie = "SESSION=" + session.getValue();
        String verification = client.send(
                        HttpRequest.newBuilder(URI.create(url("/demandes/" + id + "/verification")))
                                .header("Cookie", cookie)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(verification);
        assertThat(csrf.find()).as("jeton CSRF de la page de vérification").isTrue();
        String corps = "courriel=elise.martin%40exemple.fr&_csrf=" + csrf.group(1);

        int paralleles = 20;
        var depart = new CountDownLatch(1);
        Set<Integer> statuts = ConcurrentHashMap.newKeySet();
        Set<String> destinations = ConcurrentHashMap.newKeySet();
        var executeur = Executors.newFixedThreadPool(paralleles);
        try {
            var taches = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < paralleles; i++) {
                taches.add(executeur.submit(() -> {
                    depart.await();
                    var reponse = client.send(
                            HttpRequest.newBuilder(URI.create(url("/demandes/" + id + "/validation")))
                                    .header("Cookie", cookie)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(corps))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    statuts.add(reponse.statusCode());
                    reponse.headers().firstValue("Location").ifPresent(destinations::add);
                    return null;
                }));
            }
            depart.countDown();
            for (var tache : taches) {
                tache.get();
            }
        } finally {
            executeur.shutdownNow();
        }
        assertThat(statuts).containsExactly(302);
        assertThat(destinations).hasSize(1).allMatch(d -> d.endsWith("/demandes/" + id + "/confirmation"));
        assertThat(jdbc.sql("select count(distinct numero) from pre_demande where id = ? and numero is not null")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // le récapitulatif est construit après la validation, par un écouteur de l'outbox : un seul
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from document_stocke where cle = (select recapitulatif_cle from pre_demande where id = ?)")
                                .param(id)
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1));
    }

    /** Le lien du QR code ne révèle rien, mais un robot qui devinerait des numéros est freiné, par adresse. */
    @Test
    void leLienDuQrCodeEstFreineParAdresse() throws Exception {
        int premierRefus = -1;
        for (int i = 1; i <= 2 * QrCodeController.OUVERTURES_PAR_MINUTE && premierRefus < 0; i++) {
            var reponse = mvc.perform(get("/p/0000000000").with(requete -> {
                        requete.setRemoteAddr("198.51.100.9");
                        return requete;
                    }))
                    .andReturn()
                    .getResponse();
            if (reponse.getStatus() == 429) {
                premierRefus = i;
                assertThat(reponse.getHeader("Retry-After")).matches("\\d+");
            }
        }
        // 30 d'un coup, puis une de plus toutes les 2 s (quelques-unes se rechargent sur une machine lente)
        assertThat(premierRefus)
                .isBetween(QrCodeController.OUVERTURES_PAR_MINUTE + 1, QrCodeController.OUVERTURES_PAR_MINUTE + 15);
        // une autre adresse n'est pas freinée
        mvc.perform(get("/p/0000000000").with(requete -> {
                    requete.setRemoteAddr("198.51.100.10");
                    return requete;
                }))
                .andExpect(status().isOk());
    }

    /**
     * Le lien du QR code ne lit aucune session : qui n'en présente pas voit la page neutre ; qui en présente une passe
     * par la suite du lien, qui la lit : le titulaire arrive à sa pré-demande, un agent connecté au poste de recueil,
     * un autre usager à la page neutre.
     */
    @Test
    void leLienDuQrCodeMeneLeTitulaireASaPreDemandeLAgentAuPosteEtLesAutresALaPageNeutre() throws Exception {
        Cookie titulaire = connecter(compteActive());
        String numero =
                PreDemandesDeTest.validee(mvc, titulaire, identifiantUnique() + "@exemple.fr", "06 12 34 56 78");
        String suite = "/p/" + numero + "/suite";

        mvc.perform(get("/p/" + numero).with(depuis("203.0.113.41")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1")));
        mvc.perform(get("/p/" + numero).cookie(titulaire).with(depuis("203.0.113.41")))
                .andExpect(redirectedUrl(suite));
        String confirmation = mvc.perform(get(suite).cookie(titulaire).with(depuis("203.0.113.41")))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(confirmation).matches("/demandes/[0-9a-f-]{36}/confirmation");

        Cookie autre = connecter(compteActive());
        mvc.perform(get(suite).cookie(autre).with(depuis("203.0.113.41"))).andExpect(status().isOk());

        var agents = new AgentsDeTest(jdbc, empreintes, coffre);
        var agent = agents.agentEnrole(
                agents.mairie("Mairie de test du lien", "42", "42218", "Guichet 1"), RoleAgent.AGENT);
        Cookie tablette = AgentsDeTest.session(mvc, agent);
        mvc.perform(get("/p/" + numero).cookie(tablette).with(depuis("203.0.113.41")))
                .andExpect(redirectedUrl(suite));
        mvc.perform(get(suite).cookie(tablette).with(depuis("203.0.113.41")))
                .andExpect(redirectedUrl("/mairie/recueil/p/" + numero));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor depuis(String adresse) {
        return requete -> {
            requete.setRemoteAddr(adresse);
            return requete;
        };
    }

    private UUID nouveauBrouillon(Cookie session) throws Exception {
        String liste = mvc.perform(get("/demandes").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var identifiant =
                Pattern.compile("name=\"id\" value=\"([0-9a-f-]{36})\"").matcher(liste);
        assertThat(identifiant.find()).isTrue();
        UUID id = UUID.fromString(identifiant.group(1));
        mvc.perform(post("/demandes").cookie(session).with(csrf()).param("id", id.toString()))
                .andExpect(redirectedUrl("/demandes/" + id + "/motif"));
        return id;
    }

    private MockHttpServletRequestBuilder section(Cookie session, UUID id, String chemin, Map<String, String> champs) {
        var requete = post("/demandes/" + id + "/" + chemin).cookie(session).with(csrf());
        champs.forEach(requete::param);
        return requete;
    }

    private String statut(UUID id) {
        return jdbc.sql("select statut from pre_demande where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
