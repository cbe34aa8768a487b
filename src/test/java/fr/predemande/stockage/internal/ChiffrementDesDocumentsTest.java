package fr.predemande.stockage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import fr.predemande.stockage.DocumentIllisible;
import fr.predemande.stockage.DocumentIllisible.Raison;
import fr.predemande.stockage.DocumentStocke;
import fr.predemande.stockage.OctetsBruts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * Le chiffrement sous des clés maîtresses choisies par le test : une mauvaise clé, une clé absente, une clé de document
 * inconnue ou un objet modifié donnent chacun une erreur claire, jamais des octets faux ; un document déposé avant le
 * chiffrement se lit encore.
 */
@SpringBootTest
class ChiffrementDesDocumentsTest {

    static final Clock HORLOGE = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @Autowired
    Environment environnement;

    @TempDir
    Path dossier;

    SchemaIsole base;
    Blobs blobs;

    @BeforeEach
    void preparer() throws Exception {
        base = SchemaIsole.creer(environnement);
        blobs = new BlobsSurDisque(dossier);
    }

    @AfterEach
    void nettoyer() throws Exception {
        base.close();
    }

    static String nouvelleCle(String identifiant) {
        byte[] cle = new byte[32];
        new SecureRandom().nextBytes(cle);
        return identifiant + ":" + Base64.getEncoder().encodeToString(cle);
    }

    MagasinJdbc magasin(String... cles) {
        return new MagasinJdbc(blobs, base.jdbc, HORLOGE, TrousseauDeCles.depuis(List.of(cles), null));
    }

    @Test
    void uneAutreCleSousLeMemeIdentifiantDonneUneErreurQuiLaNomme() {
        String cleA = nouvelleCle("prefecture-2026");
        var document = magasin(cleA).deposer("recapitulatifs", OctetsBruts.recapitulatif(), "application/pdf");
        String autreCleA = nouvelleCle("prefecture-2026");

        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin(autreCleA).lire(document))
                .withMessageContaining("« prefecture-2026 »")
                .withMessageContaining(document.cle())
                .withMessageNotContaining(autreCleA.substring(autreCleA.indexOf(':') + 1))
                .matches(e ->
                        e.raison() == Raison.CLE_MAITRESSE_INCORRECTE && "prefecture-2026".equals(e.cleMaitresse()));
    }

    @Test
    void uneCleMaitresseAbsenteDeLaConfigurationEstNommee() {
        var document = magasin(nouvelleCle("A")).deposer("numerisations", new byte[] {1, 2, 3}, "image/jpeg");

        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin(nouvelleCle("B")).lire(document))
                .withMessageContaining("clé maîtresse « A »")
                .withMessageContaining("absente")
                .withMessageContaining("predemande.stockage.chiffrement.cles")
                .matches(e -> e.raison() == Raison.CLE_MAITRESSE_ABSENTE);
    }

    @Test
    void chaqueOctetModifieDeLObjetEstRefuse() throws Exception {
        var magasin = magasin(nouvelleCle("A"));
        byte[] contenu = "%PDF-1.7 MARTIN Élise".getBytes(StandardCharsets.UTF_8);
        var document = magasin.deposer("recapitulatifs", contenu, "application/pdf");
        Path fichier = dossier.resolve(document.cle());
        byte[] original = Files.readAllBytes(fichier);
        // en-tête (version), IV, contenu chiffré, étiquette : rien ne passe, pas même un bit
        for (int position : new int[] {0, 4, 5, 16, 17, original.length / 2 + 8, original.length - 1}) {
            byte[] modifie = original.clone();
            modifie[position] ^= 0x01;
            Files.write(fichier, modifie);
            assertThatExceptionOfType(DocumentIllisible.class)
                    .as("octet %d", position)
                    .isThrownBy(() -> magasin.lire(document))
                    .matches(e -> e.raison() == Raison.ALTERE);
        }
        Files.write(fichier, original);
        assertThat(magasin.lire(document)).isEqualTo(contenu);
    }

    @Test
    void unObjetEtSaCleRecopiesSousUnAutreDocumentSontRefuses() throws Exception {
        var magasin = magasin(nouvelleCle("A"));
        var martin =
                magasin.deposer("recapitulatifs", "MARTIN Élise".getBytes(StandardCharsets.UTF_8), "application/pdf");
        var autre = magasin.deposer("recapitulatifs", "DURAND Léa".getBytes(StandardCharsets.UTF_8), "application/pdf");
        Files.copy(
                dossier.resolve(martin.cle()),
                dossier.resolve(autre.cle()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        base.jdbc
                .sql(
                        "update document_stocke set cle_enveloppee = (select cle_enveloppee from document_stocke where cle = ?)"
                                + " where cle = ?")
                .params(martin.cle(), autre.cle())
                .update();

        // l'empreinte attendue serait même celle de MARTIN : c'est l'authentification GCM (liée à la clé) qui refuse
        var deplace = new DocumentStocke(autre.cle(), "application/pdf", martin.taille(), martin.sha256());
        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin.lire(deplace))
                .withMessageContaining("authentification AES-GCM")
                .matches(e -> e.raison() == Raison.ALTERE);
    }

    @Test
    void unDocumentChiffreSansCleMaitresseEnregistreeDonneUneErreurClaire() {
        var magasin = magasin(nouvelleCle("A"));
        var document = magasin.deposer("recapitulatifs", new byte[] {1, 2, 3}, "application/pdf");
        base.jdbc
                .sql(
                        "update document_stocke set cle_maitresse = null, cle_enveloppee = null, en_clair = true where cle = ?")
                .param(document.cle())
                .update();

        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin.lire(document))
                .withMessageContaining("aucune clé maîtresse n'est enregistrée")
                .withMessageContaining(document.cle())
                .matches(e -> e.raison() == Raison.CLE_DU_DOCUMENT_INCONNUE);

        base.jdbc
                .sql("delete from document_stocke where cle = ?")
                .param(document.cle())
                .update();
        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin.lire(document))
                .withMessageContaining("n'est pas enregistré")
                .matches(e -> e.raison() == Raison.CLE_DU_DOCUMENT_INCONNUE);
    }

    @Test
    void unObjetEnClairALaPlaceDUnObjetChiffreEstRefuse() throws Exception {
        var magasin = magasin(nouvelleCle("A"));
        byte[] contenu = "MARTIN Élise".getBytes(StandardCharsets.UTF_8);
        var document = magasin.deposer("recapitulatifs", contenu, "application/pdf");
        // même contenu, même empreinte : seul l'état de la référence (chiffré) permet de refuser ce retour en clair
        Files.write(dossier.resolve(document.cle()), contenu);

        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin.lire(document))
                .withMessageContaining("devrait être chiffré")
                .matches(e -> e.raison() == Raison.ALTERE);
    }

    @Test
    void unDocumentDeposeEnClairAvantLeChiffrementSeLitEncore() {
        byte[] recapitulatif = OctetsBruts.recapitulatif();
        var ancien = deposerCommeAvantLeChiffrement(base, blobs, "recapitulatifs/2025-06-01/ancien", recapitulatif);

        assertThat(magasin(nouvelleCle("A")).lire(ancien)).isEqualTo(recapitulatif);

        blobs.ecrire(ancien.cle(), "altéré".getBytes(StandardCharsets.UTF_8), "application/pdf");
        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin(nouvelleCle("A")).lire(ancien))
                .withMessageContaining("Empreinte")
                .matches(e -> e.raison() == Raison.ALTERE);
    }

    /** Comme le faisait le magasin avant le chiffrement (V7) : objet en clair, ligne sans les colonnes de V22. */
    static DocumentStocke deposerCommeAvantLeChiffrement(SchemaIsole base, Blobs blobs, String cle, byte[] contenu) {
        blobs.ecrire(cle, contenu, "application/pdf");
        base.jdbc
                .sql("insert into document_stocke (cle, type_media, taille, sha256, depose_le) values (?, ?, ?, ?, ?)")
                .params(
                        cle,
                        "application/pdf",
                        contenu.length,
                        MagasinJdbc.sha256(contenu),
                        Timestamp.from(HORLOGE.instant()))
                .update();
        return new DocumentStocke(cle, "application/pdf", contenu.length, MagasinJdbc.sha256(contenu));
    }
}
