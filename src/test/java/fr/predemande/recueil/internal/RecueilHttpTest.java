package fr.predemande.recueil.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.support.ApplicationEnTest;
import fr.predemande.support.PreDemandesDeTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Le poste de recueil au niveau HTTP, sur l'application entière : l'agent retrouve une pré-demande validée par la
 * douchette, ouvre le dossier, le corrige, contrôle et numérise les pièces, note les empreintes et les timbres, puis
 * le transmet ; la pré-demande est consommée et la personne reçoit son numéro de demande.
 */
class RecueilHttpTest extends ApplicationEnTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JournalDAudit journal;

    private Mairie saintEtienne;
    private Mairie lyon;
    private AgentConnecte agent;
    private AgentConnecte agentDeLyon;

    @BeforeEach
    void mairies() {
        saintEtienne = mairie("Mairie de test de Saint-Étienne", "42", "42218");
        lyon = mairie("Mairie de test de Lyon", "69", "69383");
        agent = agent(saintEtienne);
        agentDeLyon = agent(lyon);
    }

    @Test
    void unAgentRetrouveUnePreDemandeAvecUneDouchetteQwertySurUnPosteAzertyPuisLaMeneJusquALaTransmission()
            throws Exception {
        String telephone = "06 " + (10 + (int) (Math.random() * 89)) + " 34 56 78";
        String courriel = identifiantUnique() + "@exemple.fr";
        String numero = PreDemandesDeTest.validee(mvc, connecter(compteActive()), courriel, telephone);

        // la douchette « tape » l'adresse du QR code en QWERTY sur un poste AZERTY, puis Entrée
        String tape = LectureDeLaDouchetteProperties.tapeeEnQwertySurAzerty("http://localhost/p/" + numero);
        String page = mvc.perform(
                        post("/mairie/recueil").with(en(agent)).with(csrf()).param("numero", tape))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("MARTIN", "168 cm", "Timbres fiscaux dus : 86", "Ouvrir le dossier", "Votre ancien titre");

        // une faute sur un caractère : refusée avant toute recherche
        String faux = numero.substring(0, 9) + (numero.charAt(9) == 'A' ? 'B' : 'A');
        mvc.perform(post("/mairie/recueil").with(en(agent)).with(csrf()).param("numero", faux))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Numéro mal saisi"),
                                containsString("fr-input-group--error"),
                                containsString("Erreur : Retrouver une pré-demande"))));

        // le dossier s'ouvre ; un second clic ne crée rien de plus
        String adresse = mvc.perform(
                        post("/mairie/dossiers").with(en(agent)).with(csrf()).param("preDemande", numero))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(adresse).matches("/mairie/dossiers/4226\\d{8}[0-9A-Z]");
        mvc.perform(post("/mairie/dossiers").with(en(agent)).with(csrf()).param("preDemande", numero))
                .andExpect(header().string("Location", adresse));
        String numeroDeDemande = adresse.substring(adresse.lastIndexOf('/') + 1);

        // une autre mairie ne l'ouvre pas, et ne peut en faire un second dossier
        mvc.perform(get(adresse).with(en(agentDeLyon))).andExpect(status().isForbidden());
        mvc.perform(post("/mairie/recueil").with(en(agentDeLyon)).with(csrf()).param("numero", numero))
                .andExpect(content()
                        .string(containsString("est déjà en cours de recueil à Mairie de test de Saint-Étienne")));

        // correction de la taille : la valeur déclarée reste à côté de la corrigée
        mvc.perform(post(adresse + "/sections/etat-civil")
                        .with(en(agent))
                        .with(csrf())
                        .param("version", version(numeroDeDemande))
                        .param("taille", "1m71"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Indiquez la taille en centimètres"),
                                containsString("value=\"1m71\""))));
        mvc.perform(post(adresse + "/sections/etat-civil")
                        .with(en(agent))
                        .with(csrf())
                        .param("version", version(numeroDeDemande))
                        .param("taille", "171"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(adresse).with(en(agent)))
                .andExpect(content()
                        .string(allOf(
                                containsString("171 cm"),
                                containsString("Déclaré : « 168 cm » — corrigé : « 171 cm »"))));

        // transmettre trop tôt : ce qui manque est dit, rien ne part
        mvc.perform(post(adresse + "/transmission")
                .with(en(agent))
                .with(csrf())
                .param("version", version(numeroDeDemande)));
        assertThat(statut(numeroDeDemande)).isEqualTo("EN_COURS_DE_RECUEIL");

        // contrôle des pièces ; une non-conformité sans raison est refusée
        mvc.perform(post(adresse + "/controles/PHOTO_IDENTITE")
                .with(en(agent))
                .with(csrf())
                .param("version", version(numeroDeDemande))
                .param("conforme", "false"));
        assertThat(jdbc.sql(
                                "select count(*) from controle_de_piece where dossier = (select id from dossier where numero = ?)")
                        .param(numeroDeDemande)
                        .query(Integer.class)
                        .single())
                .isZero();
        for (String piece : List.of("PHOTO_IDENTITE", "JUSTIFICATIF_DOMICILE", "ANCIEN_TITRE", "TIMBRE_FISCAL")) {
            mvc.perform(post(adresse + "/controles/" + piece)
                    .with(en(agent))
                    .with(csrf())
                    .param("version", version(numeroDeDemande))
                    .param("conforme", "true"));
        }

        // numérisations : un PDF de deux pages, une image ; un faux PDF et un fichier texte sont refusés
        mvc.perform(numeriser(adresse, numeroDeDemande, "JUSTIFICATIF_DOMICILE", "facture.pdf", pdf(2)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(numeriser(adresse, numeroDeDemande, "RECAPITULATIF", "recap.jpg", jpeg()))
                .andExpect(status().is3xxRedirection());
        byte[] tronque = java.util.Arrays.copyOf(pdf(1), 200);
        mvc.perform(numeriser(adresse, numeroDeDemande, "ANCIEN_TITRE", "passeport.pdf", tronque))
                .andExpect(status().is3xxRedirection());
        mvc.perform(numeriser(adresse, numeroDeDemande, "ANCIEN_TITRE", "passeport.pdf", "bonjour".getBytes()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select count(*) from piece_numerisee where dossier = (select id from dossier where numero = ?)")
                        .param(numeroDeDemande)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // empreintes, photo, timbres (un timbre mal formé refusé), récépissé signé
        mvc.perform(post(adresse + "/empreintes")
                .with(en(agent))
                .with(csrf())
                .param("version", version(numeroDeDemande))
                .param("releve", "PRISES"));
        mvc.perform(post(adresse + "/photo")
                .with(en(agent))
                .with(csrf())
                .param("version", version(numeroDeDemande))
                .param("verifiee", "true"));
        mvc.perform(post(adresse + "/timbres")
                .with(en(agent))
                .with(csrf())
                .param("version", version(numeroDeDemande))
                .param("numeroTimbre", "1234")
                .param("montantTimbre", "86"));
        String timbre = String.valueOf(
                1_000_000_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 8_999_999_999_999_999L));
        mvc.perform(post(adresse + "/timbres")
                .with(en(agent))
                .with(csrf())
                .param("version", version(numeroDeDemande))
                .param("numeroTimbre", timbre)
                .param("montantTimbre", "86"));
        mvc.perform(numeriser(adresse, numeroDeDemande, "RECEPISSE_SIGNE", "recepisse-signe.pdf", pdf(1)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(adresse).with(en(agent)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Total des timbres : 86"), not(containsString("id=\"manques\"")))));

        // le récépissé : ticket de 80 mm dont le code-barres redonne le numéro de demande, A4, ESC/POS ; le support
        // vierge
        byte[] ticket = mvc.perform(get(adresse + "/recepisse.pdf")
                        .param("format", "thermique")
                        .with(en(agent)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(codeBarres(ticket, 203)).isEqualTo(numeroDeDemande);
        byte[] a4 = mvc.perform(
                        get(adresse + "/recepisse.pdf").param("format", "a4").with(en(agent)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(codeBarres(a4, 150)).isEqualTo(numeroDeDemande);
        byte[] escPos = mvc.perform(get(adresse + "/recepisse.escpos").with(en(agent)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(escPos).startsWith(0x1B, 0x40);
        assertThat(new String(escPos, java.nio.charset.Charset.forName("windows-1252")))
                .contains(numeroDeDemande, "MARTIN");
        mvc.perform(get("/mairie/recueil/support/" + numero + ".pdf").with(en(agent)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));

        // transmission, deux fois (double clic) : une seule
        String version = version(numeroDeDemande);
        mvc.perform(post(adresse + "/transmission").with(en(agent)).with(csrf()).param("version", version));
        mvc.perform(post(adresse + "/transmission").with(en(agent)).with(csrf()).param("version", version));
        assertThat(statut(numeroDeDemande)).isEqualTo("TRANSMIS");
        assertThat(jdbc.sql("select statut from pre_demande where numero = ?")
                        .param(numero)
                        .query(String.class)
                        .single())
                .isEqualTo("RAPPELEE");

        // la personne reçoit son numéro de demande par courriel et par SMS
        String lisible = new fr.predemande.recueil.NumeroDeDemande(numeroDeDemande).lisible();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(courrielPour(courriel).getSubject()).contains(lisible));
        String e164 = "+33" + telephone.replace(" ", "").substring(1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from sms_developpement where destinataire = ? and texte like ?")
                                .params(e164, "%" + lisible + "%")
                                .query(Integer.class)
                                .single())
                        .isEqualTo(1));

        // la pré-demande ne se retrouve plus comme neuve : elle dit par qui et quand elle a servi
        mvc.perform(post("/mairie/recueil").with(en(agentDeLyon)).with(csrf()).param("numero", numero))
                .andExpect(content()
                        .string(allOf(
                                containsString("a déjà servi"),
                                containsString(numeroDeDemande),
                                containsString("Mairie de test de Saint-Étienne"))));

        // chaque étape est au journal d'audit, au nom de l'agent et de sa mairie
        var actions = journal.rechercher(saintEtienne.id(), agent.identifiant(), null, null, null, 200).stream()
                .map(e -> e.entree().action())
                .toList();
        assertThat(actions)
                .contains(
                        ActionAuditee.RECHERCHE_TROUVEE,
                        ActionAuditee.RECHERCHE_SANS_RESULTAT,
                        ActionAuditee.CREATION_DOSSIER,
                        ActionAuditee.CONSULTATION_DOSSIER,
                        ActionAuditee.CORRECTION,
                        ActionAuditee.CONTROLE_PIECE,
                        ActionAuditee.DEPOT_PIECE,
                        ActionAuditee.ETAPE_DU_RECUEIL,
                        ActionAuditee.TRANSMISSION);
        assertThat(journal.rechercher(lyon.id(), agentDeLyon.identifiant(), numeroDeDemande, null, null, 10))
                .as("la tentative de Lyon sur le dossier de Saint-Étienne")
                .isNotEmpty();
        assertThat(journal.verifier().intact()).isTrue();
    }

    @Test
    void auDelaDe30RecherchesParMinuteLeServiceDemandeDAttendre() throws Exception {
        AgentConnecte presse = agent(saintEtienne);
        // 30 d'un coup, puis une de plus toutes les 2 s : sur une machine lente, quelques-unes se rechargent en route
        int premiereRefusee = -1;
        for (int i = 1; i <= 60 && premiereRefusee < 0; i++) {
            var reponse = mvc.perform(post("/mairie/recueil")
                            .with(en(presse))
                            .with(csrf())
                            .param("numero", "0000000000"))
                    .andReturn()
                    .getResponse();
            if (reponse.getStatus() == 429) {
                premiereRefusee = i;
                assertThat(reponse.getHeader("Retry-After")).matches("\\d+");
                assertThat(reponse.getContentAsString()).contains("Trop de recherches");
            }
        }
        assertThat(premiereRefusee).isBetween(31, 45);
        assertThat(journal.rechercher(saintEtienne.id(), presse.identifiant(), null, null, null, 50).stream()
                        .filter(e -> e.entree().action() == ActionAuditee.RECHERCHE_REFUSEE))
                .hasSize(1);
    }

    @Test
    void unFormulairePapierSeSaisitAvecLesMemesRegles() throws Exception {
        String adresse = mvc.perform(
                        post("/mairie/recueil/papier").with(en(agent)).with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String numeroDeDemande = adresse.substring(adresse.lastIndexOf('/') + 1);
        mvc.perform(get(adresse).with(en(agent)))
                .andExpect(content()
                        .string(allOf(
                                containsString("D’après un formulaire papier"),
                                containsString("Déclaration à compléter"))));
        mvc.perform(post(adresse + "/sections/motif")
                        .with(en(agent))
                        .with(csrf())
                        .param("version", version(numeroDeDemande))
                        .param("titre", "CNI")
                        .param("motif", "PAGES_PLEINES")
                        .param("titreSecurise", "false"))
                .andExpect(content().string(containsString("Ce motif ne concerne que le passeport")));
        for (var section : PreDemandesDeTest.REPONSES.entrySet()) {
            var requete = post(adresse + "/sections/" + section.getKey())
                    .with(en(agent))
                    .with(csrf())
                    .param("version", version(numeroDeDemande));
            section.getValue().forEach(requete::param);
            mvc.perform(requete).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get(adresse).with(en(agent)))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Déclaration à compléter")),
                                containsString("MARTIN"),
                                not(containsString("Corrections de l’agent")))));
    }

    private RequestPostProcessor en(AgentConnecte qui) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                qui, null, List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
    }

    private org.springframework.test.web.servlet.RequestBuilder numeriser(
            String adresse, String numeroDeDemande, String objet, String nom, byte[] contenu) throws Exception {
        return multipart(adresse + "/numerisations/" + objet)
                .file(new org.springframework.mock.web.MockMultipartFile(
                        "fichier", nom, "application/octet-stream", contenu))
                .param("version", version(numeroDeDemande))
                .with(en(agent))
                .with(csrf());
    }

    private String version(String numeroDeDemande) {
        return String.valueOf(jdbc.sql("select version from dossier where numero = ?")
                .param(numeroDeDemande)
                .query(Long.class)
                .single());
    }

    private String statut(String numeroDeDemande) {
        return jdbc.sql("select statut from dossier where numero = ?")
                .param(numeroDeDemande)
                .query(String.class)
                .single();
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

    /** Le code-barres de la première page, lue comme une douchette lit une feuille rendue à cette résolution. */
    static String codeBarres(byte[] pdf, int ppp) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, ppp, org.apache.pdfbox.rendering.ImageType.BINARY);
            var source = new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source));
            return new com.google.zxing.MultiFormatReader()
                    .decode(
                            bitmap,
                            java.util.Map.of(
                                    com.google.zxing.DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(com.google.zxing.BarcodeFormat.CODE_128),
                                    com.google.zxing.DecodeHintType.TRY_HARDER,
                                    true))
                    .getText();
        }
    }

    static byte[] pdf(int pages) throws Exception {
        try (var document = new PDDocument();
                var sortie = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(sortie);
            return sortie.toByteArray();
        }
    }

    static byte[] jpeg() throws Exception {
        var image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var sortie = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", sortie);
        return sortie.toByteArray();
    }
}
