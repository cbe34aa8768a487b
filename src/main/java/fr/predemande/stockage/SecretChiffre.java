package fr.predemande.stockage;

import java.util.Arrays;
import java.util.Objects;

/**
 * Un secret chiffré par le {@link CoffreDesSecrets}, tel qu'on le garde en base : l'identifiant de sa clé maîtresse et
 * ses octets (version, IV, contenu chiffré et étiquette GCM).
 */
public record SecretChiffre(String cleMaitresse, byte[] octets) {

    public SecretChiffre {
        Objects.requireNonNull(cleMaitresse, "cleMaitresse");
        octets = octets.clone();
    }

    @Override
    public byte[] octets() {
        return octets.clone();
    }

    @Override
    public boolean equals(Object autre) {
        return autre instanceof SecretChiffre secret
                && cleMaitresse.equals(secret.cleMaitresse)
                && Arrays.equals(octets, secret.octets);
    }

    @Override
    public int hashCode() {
        return 31 * cleMaitresse.hashCode() + Arrays.hashCode(octets);
    }

    @Override
    public String toString() {
        return "SecretChiffre[cleMaitresse=" + cleMaitresse + ", " + octets.length + " octets]";
    }
}
