package fr.predemande.compte.internal;

import static fr.predemande.support.Balisage.messagesDuChamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import fr.predemande.support.ApplicationEnTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockCookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Un inconnu ne peut pas empêcher le titulaire de se connecter (« No lock-out by a stranger ») : ses échecs depuis
 * une adresse ne retardent que lui, par des attentes croissantes ; le titulaire se connecte d'ailleurs, ou d'où que ce
 * soit avec l'appareil d'où il s'est déjà connecté (cookie signé), ou après avoir réinitialisé son mot de passe par le
 * lien reçu par courriel. Au niveau HTTP, sur l'application entière ; chaque essai est fait depuis l'adresse voulue.
 */
class FreinDeConnexionHttpTest extends ApplicationEnTest {

    private static final String MAUVAIS = "mauvais-mot-de-passe-1";
    private static final Pattern ATTENTE = Pattern.compile("réessayez dans (\\d+) secondes?");
    /** Le message d'un échec vérifié ; celui d'un essai freiné porte l'attente. */
    private static final String INCORRECT = "Identifiant ou mot de passe incorrect";

    @Autowired
    JdbcClient jdbc;

    @Test
    void lesEchecsDUnInconnuDepuisSonAdresseNeRetardentQueLuiEtDePlusEnPlus() throws Exception {
        String id = compteActive();
        String importun = "203.0.113.7";

        List<String> issues = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            issues.add(essai(id, MAUVAIS, importun).issue());
        }
        // 5 échecs vérifiés, puis 8 s d'attente : chaque essai trop tôt n'est pas vérifié et double l'attente (5 min au
        // plus)
        assertThat(issues)
                .containsExactly(
                        INCORRECT, INCORRECT, INCORRECT, INCORRECT, INCORRECT, "16", "32", "64", "128", "256", "300",
                        "300", "300", "300", "300", "300", "300", "300", "300", "300");
        // l'attente est imposée par le serveur : même le bon mot de passe n'est pas vérifié
        assertThat(essai(id, MOT_DE_PASSE, importun).issue()).isEqualTo("300");

        // le même traitement pour un identifiant qui n'existe pas : rien ne dit si le compte existe
        String inconnu = identifiantUnique();
        List<String> issuesInconnu = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            issuesInconnu.add(essai(inconnu, MAUVAIS, importun).issue());
        }
        assertThat(issuesInconnu).isEqualTo(issues);

        // le titulaire, d'ailleurs, sans cookie d'appareil : connecté du premier coup
        Essai titulaire = essai(id, MOT_DE_PASSE, "198.51.100.20");
        assertThat(titulaire.connecte()).isTrue();
        MockCookie appareil = titulaire.appareil(id);
        assertThat(appareil.getValue()).isNotBlank();
        assertThat(appareil.isHttpOnly()).isTrue();
        assertThat(appareil.getSameSite()).isEqualTo("Lax");
        assertThat(appareil.getPath()).isEqualTo("/connexion");
        assertThat(appareil.getMaxAge()).isEqualTo((int) Duration.ofDays(180).toSeconds());
        // en http (les tests) ; en production, le cookie de session est « secure » et celui-ci aussi
        assertThat(appareil.getSecure()).isFalse();

        // puis depuis l'adresse même de l'importun, avec cet appareil : connecté
        assertThat(essai(id, MOT_DE_PASSE, importun, appareil).connecte()).isTrue();
        // l'importun, lui, attend toujours
        assertThat(essai(id, MAUVAIS, importun).issue()).isEqualTo("300");

        // l'échéance passée (avancée en base), un essai de plus est vérifié, et le suivant attend de nouveau
        jdbc.sql(
                        "update frein_connexion set attendre_jusqua = now() - interval '1 second' where cle_identifiant = ? and adresse = ?")
                .params(id, importun)
                .update();
        assertThat(essai(id, MAUVAIS, importun).issue()).isEqualTo(INCORRECT);
        assertThat(essai(id, MAUVAIS, importun).issue()).isEqualTo("300");
    }

    @Test
    void unCookieDAppareilForgeAltereOuDUnAutreCompteEstIgnore() throws Exception {
        String id = compteActive();
        String autre = compteActive();
        String importun = "203.0.113.8";
        for (int i = 0; i < 6; i++) {
            essai(id, MAUVAIS, importun);
        }
        Cookie vrai = essai(id, MOT_DE_PASSE, "198.51.100.21").appareil(id);
        String valeur = vrai.getValue();
        String charge = valeur.substring(0, valeur.lastIndexOf('.'));
        String signature = valeur.substring(valeur.lastIndexOf('.') + 1);

        // la charge modifiée (expiration repoussée), la signature gardée
        String[] champs = new String(Base64.getUrlDecoder().decode(charge), StandardCharsets.UTF_8).split("\\|");
        String prolongee = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((champs[0] + "|" + champs[1] + "|" + (Long.parseLong(champs[2]) + 365 * 86_400L))
                        .getBytes(StandardCharsets.UTF_8));
        Essai altere = essai(id, MOT_DE_PASSE, importun, new Cookie(vrai.getName(), prolongee + "." + signature));
        assertThat(altere.attente()).isPositive();
        // le navigateur est prié de l'oublier
        assertThat(altere.appareil(id).getMaxAge()).isZero();

        // une signature inventée
        byte[] inventee = Base64.getUrlDecoder().decode(signature);
        inventee[0] ^= 1;
        assertThat(essai(
                                id,
                                MOT_DE_PASSE,
                                importun,
                                new Cookie(
                                        vrai.getName(),
                                        charge + "."
                                                + Base64.getUrlEncoder()
                                                        .withoutPadding()
                                                        .encodeToString(inventee)))
                        .attente())
                .isPositive();
        // n'importe quoi
        assertThat(essai(id, MOT_DE_PASSE, importun, new Cookie(vrai.getName(), "x.y"))
                        .attente())
                .isPositive();

        // le vrai cookie d'un autre compte, présenté pour celui-ci : il ne vaut que pour son identifiant
        Cookie deLAutre = essai(autre, MOT_DE_PASSE, "198.51.100.22").appareil(autre);
        assertThat(essai(id, MOT_DE_PASSE, importun, new Cookie(vrai.getName(), deLAutre.getValue()))
                        .attente())
                .isPositive();

        // témoin : le vrai cookie passe
        assertThat(essai(id, MOT_DE_PASSE, importun, vrai).connecte()).isTrue();
    }

    @Test
    void lesEchecsAvecUnCookieDAppareilComptentContreLuiEtFinissentParLeRevoquer() throws Exception {
        String id = compteActive();
        String voleur = "203.0.113.9";
        for (int i = 0; i < 6; i++) {
            essai(id, MAUVAIS, voleur);
        }
        Cookie vole = essai(id, MOT_DE_PASSE, "198.51.100.23").appareil(id);

        // avec le cookie, le frein de l'adresse ne s'applique pas, mais chaque échec compte contre le cookie
        for (int i = 1; i < AppareilsDeConfiance.ECHECS_AVANT_REVOCATION; i++) {
            Essai echec = essai(id, MAUVAIS, voleur, vole);
            assertThat(echec.issue()).isEqualTo(INCORRECT);
            assertThat(echec.reponse().getCookie(vole.getName())).isNull();
        }
        Essai dernier = essai(id, MAUVAIS, voleur, vole);
        assertThat(dernier.issue()).isEqualTo(INCORRECT);
        // révoqué : effacé du navigateur…
        assertThat(dernier.appareil(id).getMaxAge()).isZero();
        // … et sans effet s'il est présenté quand même, même avec le bon mot de passe : l'adresse est freinée
        assertThat(essai(id, MOT_DE_PASSE, voleur, vole).attente()).isPositive();

        // le titulaire ailleurs, et son nouvel appareil, ne sont pas touchés
        Cookie nouveau = essai(id, MOT_DE_PASSE, "198.51.100.24").appareil(id);
        assertThat(nouveau.getValue()).isNotEqualTo(vole.getValue());
        assertThat(essai(id, MOT_DE_PASSE, voleur, nouveau).connecte()).isTrue();
    }

    @Test
    void uneAttaqueDeNombreusesAdressesFreineLesEssaisNonReconnusPasLAppareilEtLeLienParCourrielLesDesserre()
            throws Exception {
        String id = compteActive();
        Cookie appareil = essai(id, MOT_DE_PASSE, "198.51.100.25").appareil(id);

        // l'une des adresses de l'attaque insiste : 5 échecs, puis 10 essais trop tôt, et 5 minutes d'attente pour elle
        for (int i = 0; i < 5; i++) {
            assertThat(essai(id, MAUVAIS, "203.0.113.11").issue()).isEqualTo(INCORRECT);
        }
        for (int i = 0; i < 10; i++) {
            essai(id, MAUVAIS, "203.0.113.11");
        }
        assertThat(essai(id, MAUVAIS, "203.0.113.11").attente()).isEqualTo(300);
        // 5 autres adresses, 5 échecs chacune : avec les siens, les 30 essais non reconnus que l'identifiant admet d'un
        // coup
        for (int adresse = 12; adresse < 17; adresse++) {
            for (int i = 0; i < 5; i++) {
                assertThat(essai(id, MAUVAIS, "203.0.113." + adresse).issue()).isEqualTo(INCORRECT);
            }
        }
        // les essais non reconnus de cet identifiant sont ralentis pour tous : un toutes les 2 minutes
        assertThat(essai(id, MOT_DE_PASSE, "198.51.100.26").attente()).isBetween(1L, 120L);
        // pas l'appareil d'où le titulaire s'est déjà connecté, même depuis une adresse de l'attaque
        assertThat(essai(id, MOT_DE_PASSE, "203.0.113.11", appareil).connecte()).isTrue();

        // le lien reçu par courriel : nouveau mot de passe, et les freins de l'identifiant desserrés
        String nouveau = "girafe-parapluie-sonate-17";
        reinitialiserParCourriel(id, nouveau);
        assertThat(essai(id, nouveau, "198.51.100.26").connecte()).isTrue();
        // y compris celui de chaque adresse (le titulaire peut partager celle de l'importun) : pas 5 minutes d'attente
        assertThat(essai(id, nouveau, "203.0.113.11").connecte()).isTrue();
    }

    @Test
    void uneAdresseQuiEssaieBeaucoupDIdentifiantsEstFreinee() throws Exception {
        String id = compteActive();
        String arroseur = "203.0.113.50";
        Cookie appareil = essai(id, MOT_DE_PASSE, "198.51.100.27").appareil(id);
        // un identifiant différent à chaque essai : aucun n'attend, l'adresse si, passé 30 échecs (puis un essai toutes
        // les
        // 20 secondes : une machine lente peut en voir passer un ou deux de plus avant le premier refus)
        int echecs = 0;
        Essai essai = essai(identifiantUnique(), MAUVAIS, arroseur);
        while (!essai.freine() && echecs < 40) {
            assertThat(essai.issue()).isEqualTo(INCORRECT);
            echecs++;
            essai = essai(identifiantUnique(), MAUVAIS, arroseur);
        }
        assertThat(echecs).isBetween(30, 33);
        assertThat(essai.attente()).isBetween(1L, 20L);
        // le titulaire d'un appareil connu passe, même depuis cette adresse
        assertThat(essai(id, MOT_DE_PASSE, arroseur, appareil).connecte()).isTrue();
    }

    @Test
    void lesAdressesIpv6SontCompteesParPrefixe() {
        assertThat(DetailsDeConnexion.adresse("2001:db8:1:2:aaaa::1"))
                .isEqualTo(DetailsDeConnexion.adresse("2001:db8:1:2:bbbb::2"))
                .isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(DetailsDeConnexion.adresse("2001:db8:1:3::1"))
                .isNotEqualTo(DetailsDeConnexion.adresse("2001:db8:1:2::1"));
        assertThat(DetailsDeConnexion.adresse("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(DetailsDeConnexion.adresse("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    // — Outils —

    /** Un essai de connexion et son issue : connecté, ou la page de connexion réaffichée avec son message. */
    record Essai(MockHttpServletResponse reponse, String message) {

        boolean connecte() {
            return message == null;
        }

        /** Le message d'un échec vérifié, ou l'attente annoncée (en secondes) d'un essai freiné. */
        String issue() {
            assertThat(message).as("connexion refusée").isNotNull();
            Matcher attente = ATTENTE.matcher(message);
            return attente.find() ? attente.group(1) : message;
        }

        boolean freine() {
            return message != null && ATTENTE.matcher(message).find();
        }

        /** L'attente annoncée d'un essai freiné, en secondes. */
        long attente() {
            Matcher attente = ATTENTE.matcher(message == null ? "" : message);
            assertThat(attente.find()).as("essai freiné, et non : %s", message).isTrue();
            return Long.parseLong(attente.group(1));
        }

        /** Le cookie d'appareil de cet identifiant posé (ou effacé) par la réponse. */
        MockCookie appareil(String identifiant) {
            Cookie cookie = reponse.getCookie(AppareilsDeConfiance.nom(identifiant));
            assertThat(cookie).as("cookie d'appareil de %s", identifiant).isInstanceOf(MockCookie.class);
            return (MockCookie) cookie;
        }
    }

    private Essai essai(String identifiant, String motDePasse, String adresse, Cookie... cookies) throws Exception {
        var requete = post("/connexion")
                .with(csrf())
                .with(depuis(adresse))
                .param("identifiant", identifiant)
                .param("motDePasse", motDePasse);
        if (cookies.length > 0) {
            requete.cookie(cookies);
        }
        MockHttpServletResponse reponse = mvc.perform(requete).andReturn().getResponse();
        if ("/demandes".equals(reponse.getRedirectedUrl())) {
            return new Essai(reponse, null);
        }
        assertThat(reponse.getRedirectedUrl()).isEqualTo("/connexion?erreur");
        String page = mvc.perform(get("/connexion").param("erreur", "").cookie(reponse.getCookie("SESSION")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> messages = messagesDuChamp(page, "identifiant");
        assertThat(messages).hasSize(1);
        return new Essai(reponse, messages.get(0));
    }

    private static RequestPostProcessor depuis(String adresse) {
        return requete -> {
            requete.setRemoteAddr(adresse);
            return requete;
        };
    }

    private void reinitialiserParCourriel(String id, String nouveau) throws Exception {
        String courriel = id + "@exemple.fr";
        SMTP.purgeEmailFromAllMailboxes();
        mvc.perform(post("/compte/mot-de-passe-oublie").with(csrf()).param("identifiant", id))
                .andExpect(redirectedUrl("/compte/mot-de-passe-oublie/envoye"));
        String lien = lienDans(courrielPour(courriel));
        mvc.perform(post("/compte/mot-de-passe-oublie/nouveau")
                        .with(csrf())
                        .param("jeton", jeton(lien))
                        .param("reponseSecrete", "Médor")
                        .param("motDePasse", nouveau)
                        .param("confirmation", nouveau))
                .andExpect(redirectedUrl("/connexion"));
    }
}
