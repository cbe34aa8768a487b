package fr.predemande.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * L'application entière sur un port libre, avec la vraie base (PostgreSQL embarqué) et un vrai serveur SMTP en
 * mémoire (GreenMail, sur un port libre). Toutes les classes qui l'étendent partagent le même contexte Spring.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class ApplicationEnTest {

    /** Un port libre choisi une fois par JVM : le contexte Spring, partagé entre classes, garde la même configuration. */
    protected static final int PORT_SMTP = portLibre();

    @RegisterExtension
    protected static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(PORT_SMTP, null, ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry proprietes) {
        proprietes.add("spring.mail.port", () -> PORT_SMTP);
    }

    static int portLibre() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern LIEN = Pattern.compile("(https?://\\S+)");

    @LocalServerPort
    protected int port;

    @Autowired
    protected MockMvc mvc;

    protected static final String MOT_DE_PASSE = "voilier-cerise-tonnerre-83";
    private static final java.util.concurrent.atomic.AtomicInteger NUMERO =
            new java.util.concurrent.atomic.AtomicInteger();

    protected static String identifiantUnique() {
        return "usager" + System.nanoTime() % 1_000_000_000L + "-" + NUMERO.incrementAndGet();
    }

    /** Un compte créé et activé comme le ferait un usager (formulaire, code de sécurité, lien reçu par courriel). */
    protected String compteActive() throws Exception {
        String id = identifiantUnique();
        String courriel = id + "@exemple.fr";
        inscrire(id, courriel, reponseAntiRobot())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/compte/inscription/confirmation"));
        String lien = lienDans(courrielPour(courriel));
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/compte/activation")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("jeton", jeton(lien))
                                .param("motDePasse", MOT_DE_PASSE)
                                .param("confirmation", MOT_DE_PASSE))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/connexion"));
        return id;
    }

    /** Le cookie de session (Spring Session) obtenu à la connexion. */
    protected jakarta.servlet.http.Cookie connecter(String id) throws Exception {
        var resultat = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                        "/connexion")
                                .userParameter("identifiant")
                                .user(id)
                                .passwordParam("motDePasse")
                                .password(MOT_DE_PASSE))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/demandes"))
                .andReturn();
        return resultat.getResponse().getCookie("SESSION");
    }

    /** L'identifiant interne du compte de cet identifiant de connexion. */
    protected java.util.UUID compteId(String identifiant) {
        return jdbcDeTest
                .sql("select id from compte where identifiant = ?")
                .param(identifiant)
                .query(java.util.UUID.class)
                .single();
    }

    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbcDeTest;

    protected org.springframework.test.web.servlet.ResultActions inscrire(
            String id, String courriel, String reponseAntiRobot) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                        "/compte/inscription")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("identifiant", id)
                .param("sexe", "F")
                .param("nom", "Martin")
                .param("prenoms", "Élise, Marie")
                .param("courriel", courriel)
                .param("telephone", "06 12 34 56 78")
                .param("questionSecrete", "PREMIER_ANIMAL")
                .param("reponseSecrete", "Médor")
                .param("cgu", "true")
                .param("altcha", reponseAntiRobot));
    }

    protected String reponseAntiRobot() throws Exception {
        String defi = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/antirobot/defi"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ReponseAntiRobot.resoudre(defi);
    }

    protected static String chemin(String lien) {
        java.net.URI uri = java.net.URI.create(lien);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public static String jeton(String lien) {
        return java.net.URI.create(lien).getRawQuery().replace("jeton=", "");
    }

    protected String url(String chemin) {
        return "http://localhost:" + port + chemin;
    }

    /** Attend le courriel adressé à {@code destinataire} (l'envoi passe par l'outbox, donc en différé). */
    protected static MimeMessage courrielPour(String destinataire) {
        long limite = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < limite) {
            List<MimeMessage> recus = Arrays.stream(SMTP.getReceivedMessages())
                    .filter(message ->
                            GreenMailUtil.getAddressList(recipients(message)).contains(destinataire))
                    .toList();
            if (!recus.isEmpty()) {
                return recus.get(recus.size() - 1);
            }
            dormir();
        }
        throw new AssertionError("Aucun courriel reçu pour " + destinataire);
    }

    /** Le premier lien du texte brut d'un courriel. */
    public static String lienDans(MimeMessage courriel) {
        String texte = texte(courriel);
        Matcher lien = LIEN.matcher(texte);
        if (!lien.find()) {
            throw new AssertionError("Pas de lien dans le courriel : " + texte);
        }
        return lien.group(1);
    }

    /** La partie texte brut d'un courriel (qui a aussi une alternative HTML). */
    public static String texte(MimeMessage courriel) {
        try {
            String texte = partieTexte(courriel.getContent(), courriel.getContentType());
            if (texte == null) {
                throw new AssertionError("Pas de partie texte dans le courriel");
            }
            return texte;
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String partieTexte(Object contenu, String type)
            throws java.io.IOException, jakarta.mail.MessagingException {
        if (contenu instanceof String chaine) {
            return type.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain") ? chaine : null;
        }
        if (contenu instanceof jakarta.mail.Multipart parties) {
            for (int i = 0; i < parties.getCount(); i++) {
                var partie = parties.getBodyPart(i);
                String texte = partieTexte(partie.getContent(), partie.getContentType());
                if (texte != null) {
                    return texte;
                }
            }
        }
        return null;
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static void dormir() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
