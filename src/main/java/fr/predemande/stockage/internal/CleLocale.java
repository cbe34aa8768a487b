package fr.predemande.stockage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * La clé maîtresse d'un poste de développement ou des tests, quand la configuration n'en donne aucune (le profil prod
 * en exige une : ControlesDeProduction). Générée à la première utilisation et gardée avec les données
 * ({@code var/cles/stockage.key}, lisible du seul propriétaire) : un redémarrage relit les documents déjà déposés, et
 * chaque poste a la sienne. Une clé fixe écrite dans application.yml serait la même pour tous et publiée avec le code :
 * les documents d'un dossier de données copié ou oublié seraient lisibles par quiconque a le dépôt.
 *
 * <p>Le fichier tient sur une ligne {@code identifiant:clé en base64}, la forme même de
 * {@code predemande.stockage.chiffrement.cles} : pour passer à une configuration explicite, on y recopie cette ligne.
 */
final class CleLocale {

    private static final Logger JOURNAL = LoggerFactory.getLogger(CleLocale.class);
    private static final Set<PosixFilePermission> PROPRIETAIRE_SEUL = PosixFilePermissions.fromString("rw-------");

    private CleLocale() {}

    /** La ligne {@code identifiant:clé} du fichier, créé s'il n'existe pas encore. */
    static String lireOuCreer(Path fichier) {
        try {
            if (!Files.exists(fichier)) {
                creer(fichier);
            } else if (lisibleParDAutres(fichier)) {
                JOURNAL.warn(
                        "La clé maîtresse locale {} est lisible par d'autres que son propriétaire : chmod 600",
                        fichier);
            }
            // Latin-1 décode n'importe quels octets : un fichier abîmé est alors refusé par TrousseauDeCles, en le
            // disant
            return Files.readString(fichier, StandardCharsets.ISO_8859_1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Clé maîtresse locale illisible ou impossible à créer : " + fichier, e);
        }
    }

    private static boolean lisibleParDAutres(Path fichier) throws IOException {
        if (!fichier.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        return !PROPRIETAIRE_SEUL.containsAll(Files.getPosixFilePermissions(fichier));
    }

    private static void creer(Path fichier) throws IOException {
        Path dossier = fichier.toAbsolutePath().getParent();
        Files.createDirectories(dossier);
        var hasard = new SecureRandom();
        byte[] cle = new byte[32];
        hasard.nextBytes(cle);
        byte[] suffixe = new byte[4];
        hasard.nextBytes(suffixe);
        String ligne = "locale-" + HexFormat.of().formatHex(suffixe) + ":"
                + Base64.getEncoder().encodeToString(cle) + "\n";
        boolean posix = dossier.getFileSystem().supportedFileAttributeViews().contains("posix");
        // écrite complète dans un fichier temporaire déjà restreint, puis publiée par un lien : deux démarrages
        // simultanés (tests en parallèle) ne voient jamais un fichier vide, et le second garde la clé du premier
        Path temporaire = posix
                ? Files.createTempFile(dossier, ".cle", ".tmp", PosixFilePermissions.asFileAttribute(PROPRIETAIRE_SEUL))
                : Files.createTempFile(dossier, ".cle", ".tmp");
        try {
            Files.writeString(temporaire, ligne, StandardCharsets.US_ASCII);
            Files.createLink(fichier, temporaire);
        } catch (FileAlreadyExistsException dejaCreee) {
            // un autre processus l'a créée entre-temps : c'est la sienne qui compte
        } finally {
            Files.deleteIfExists(temporaire);
        }
    }
}
