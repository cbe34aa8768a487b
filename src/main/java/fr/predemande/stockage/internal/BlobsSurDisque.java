package fr.predemande.stockage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Un dossier local (par défaut {@code var/documents}) ; écriture atomique par renommage. */
class BlobsSurDisque implements Blobs {

    private final Path racine;

    BlobsSurDisque(Path racine) {
        this.racine = racine.toAbsolutePath().normalize();
    }

    @Override
    public void ecrire(String cle, byte[] contenu, String typeMedia) {
        Path cible = chemin(cle);
        try {
            Files.createDirectories(cible.getParent());
            Path temporaire = Files.createTempFile(cible.getParent(), ".depot", ".tmp");
            Files.write(temporaire, contenu);
            Files.move(temporaire, cible, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible de " + cle, e);
        }
    }

    @Override
    public byte[] lire(String cle) {
        try {
            return Files.readAllBytes(chemin(cle));
        } catch (IOException e) {
            throw new UncheckedIOException("Lecture impossible de " + cle, e);
        }
    }

    private Path chemin(String cle) {
        Path chemin = racine.resolve(cle).normalize();
        if (!chemin.startsWith(racine)) {
            throw new IllegalArgumentException("Clé hors du magasin : " + cle);
        }
        return chemin;
    }
}
