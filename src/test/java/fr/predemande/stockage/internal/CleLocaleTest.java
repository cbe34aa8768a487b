package fr.predemande.stockage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** La clé d'un poste de développement : créée une fois, lisible du seul propriétaire, relue à chaque démarrage. */
class CleLocaleTest {

    @TempDir
    Path dossier;

    @Test
    void creeeAuPremierDemarragePourLeSeulProprietaireEtRelueEnsuite() throws Exception {
        Path fichier = dossier.resolve("var/cles/stockage.key");

        String ligne = CleLocale.lireOuCreer(fichier);

        assertThat(ligne).matches("locale-[0-9a-f]{8}:[A-Za-z0-9+/]{43}=");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fichier)))
                .isEqualTo("rw-------");
        assertThat(CleLocale.lireOuCreer(fichier)).isEqualTo(ligne);
        assertThat(Files.list(fichier.getParent()))
                .as("aucun fichier temporaire laissé")
                .containsExactly(fichier);
        // deux postes, deux clés
        assertThat(CleLocale.lireOuCreer(dossier.resolve("autre.key"))).isNotEqualTo(ligne);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void uneCleLisibleParDAutresEstSignalee(CapturedOutput sortie) throws Exception {
        Path fichier = dossier.resolve("stockage.key");
        String ligne = CleLocale.lireOuCreer(fichier);
        assertThat(sortie.getOut()).doesNotContain("chmod 600");
        Files.setPosixFilePermissions(fichier, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(CleLocale.lireOuCreer(fichier)).isEqualTo(ligne);
        assertThat(sortie.getOut()).contains("lisible par d'autres que son propriétaire : chmod 600");
    }

    @Test
    void unRedemarrageRelitLesDocumentsDejaDeposes() {
        Path fichier = dossier.resolve("stockage.key");
        var cleDuDocument = new SecretKeySpec(new byte[32], "AES");
        var avant = TrousseauDeCles.depuis(List.of(CleLocale.lireOuCreer(fichier)), null);
        byte[] enveloppe = avant.envelopper(cleDuDocument);

        var apresRedemarrage = TrousseauDeCles.depuis(List.of(CleLocale.lireOuCreer(fichier)), null);

        assertThat(apresRedemarrage
                        .desenvelopper("recapitulatifs/x", avant.active(), enveloppe)
                        .getEncoded())
                .isEqualTo(new byte[32]);
    }
}
