package fr.predemande.stockage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.predemande.stockage.DocumentIllisible.Raison;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Le magasin de l'application, sur disque, avec la clé locale des tests : ce qui est déposé se relit à l'identique,
 * aucune donnée personnelle n'est lisible dans les fichiers, une altération est détectée.
 */
@SpringBootTest
class MagasinDeDocumentsTest {

    private static final Path DOSSIER = Path.of("target/documents-tests");

    @Autowired
    MagasinDeDocuments magasin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void unDocumentDeposeSeRelitAvecSonEmpreinteEtSaCleEnveloppeeEstEnBase() {
        byte[] contenu = "%PDF-1.7 récapitulatif".getBytes(StandardCharsets.UTF_8);
        var document = magasin.deposer("recapitulatifs", contenu, "application/pdf");
        assertThat(document.taille()).isEqualTo(contenu.length);
        assertThat(document.sha256()).hasSize(64);
        assertThat(magasin.lire(document)).isEqualTo(contenu);
        var ligne = jdbc.sql(
                        "select sha256, cle_maitresse, cle_enveloppee, en_clair from document_stocke where cle = ?")
                .param(document.cle())
                .query()
                .singleRow();
        // l'empreinte reste celle du contenu en clair : les autres modules la gardent et la comparent
        assertThat(ligne.get("sha256")).isEqualTo(document.sha256());
        // la clé générée pour les tests (target/cles-tests), pas une clé fixe
        assertThat((String) ligne.get("cle_maitresse")).startsWith("locale-");
        assertThat((byte[]) ligne.get("cle_enveloppee")).hasSize(40);
        assertThat(ligne.get("en_clair")).isEqualTo(false);
    }

    @Test
    void unRecapitulatifNeLaisseAucuneDonneePersonnelleLisibleSurLeDisque() throws Exception {
        byte[] recapitulatif = OctetsBruts.recapitulatif();
        assertThat(OctetsBruts.donneesLisibles(recapitulatif))
                .as("le témoin lui-même")
                .isNotEmpty();
        assertThat(OctetsBruts.entropie(recapitulatif)).as("le témoin lui-même").isLessThan(6);

        var document = magasin.deposer("recapitulatifs", recapitulatif, "application/pdf");

        byte[] surLeDisque = Files.readAllBytes(DOSSIER.resolve(document.cle()));
        assertThat(OctetsBruts.donneesLisibles(surLeDisque)).isEmpty();
        assertThat(OctetsBruts.entropie(surLeDisque)).isGreaterThan(7.95);
        assertThat(magasin.lire(document)).isEqualTo(recapitulatif);
    }

    @Test
    void unOctetModifieSurLeDisqueEstRefuse() throws Exception {
        var document = magasin.deposer("recapitulatifs", OctetsBruts.recapitulatif(), "application/pdf");
        Path fichier = DOSSIER.resolve(document.cle());
        byte[] octets = Files.readAllBytes(fichier);
        octets[octets.length / 2] ^= 0x01;
        Files.write(fichier, octets);
        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin.lire(document))
                .withMessageContaining("altéré")
                .withMessageContaining(document.cle())
                .matches(e -> e.raison() == Raison.ALTERE);
    }

    @Test
    void unDocumentRemplaceEstRefuse() throws Exception {
        var document = magasin.deposer("recapitulatifs", new byte[] {1, 2, 3}, "application/octet-stream");
        Files.write(DOSSIER.resolve(document.cle()), new byte[] {1, 2, 4});
        assertThatExceptionOfType(DocumentIllisible.class)
                .isThrownBy(() -> magasin.lire(document))
                .withMessageContaining("altéré")
                .matches(e -> e.raison() == Raison.ALTERE);
    }

    @Test
    void uneCleQuiSortDuMagasinEstRefusee() {
        assertThatIllegalArgumentException().isThrownBy(() -> magasin.deposer("../etc", new byte[] {1}, "text/plain"));
        var piege = new DocumentStocke("../../pom.xml", "text/plain", 1, "0".repeat(64));
        assertThatIllegalArgumentException().isThrownBy(() -> magasin.lire(piege));
    }
}
