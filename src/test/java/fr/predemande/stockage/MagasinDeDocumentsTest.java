package fr.predemande.stockage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Le magasin sur disque : ce qui est déposé se relit à l'identique, une altération est détectée. */
@SpringBootTest
class MagasinDeDocumentsTest {

    @Autowired
    MagasinDeDocuments magasin;

    @Autowired
    JdbcClient jdbc;

    @Test
    void unDocumentDeposeSeRelitAvecSonEmpreinte() {
        byte[] contenu = "%PDF-1.7 récapitulatif".getBytes(StandardCharsets.UTF_8);
        var document = magasin.deposer("recapitulatifs", contenu, "application/pdf");
        assertThat(document.taille()).isEqualTo(contenu.length);
        assertThat(document.sha256()).hasSize(64);
        assertThat(magasin.lire(document)).isEqualTo(contenu);
        assertThat(jdbc.sql("select sha256 from document_stocke where cle = ?").param(document.cle()).query(String.class).single())
                .isEqualTo(document.sha256());
    }

    @Test
    void unDocumentAltereEstRefuse() throws Exception {
        var document = magasin.deposer("recapitulatifs", new byte[] {1, 2, 3}, "application/octet-stream");
        Files.write(Path.of("target/documents-tests").resolve(document.cle()), new byte[] {1, 2, 4});
        assertThatIllegalStateException().isThrownBy(() -> magasin.lire(document)).withMessageContaining("altérée");
    }

    @Test
    void uneCleQuiSortDuMagasinEstRefusee() {
        assertThatIllegalArgumentException().isThrownBy(() -> magasin.deposer("../etc", new byte[] {1}, "text/plain"));
        var piege = new DocumentStocke("../../pom.xml", "text/plain", 1, "0".repeat(64));
        assertThatIllegalArgumentException().isThrownBy(() -> magasin.lire(piege));
    }
}
