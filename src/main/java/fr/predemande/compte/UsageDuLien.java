package fr.predemande.compte;

import java.time.Duration;

/** Ce à quoi sert un lien à usage unique envoyé par courriel, et combien de temps il vaut. */
public enum UsageDuLien {
    ACTIVATION(Duration.ofHours(24)),
    REINITIALISATION(Duration.ofHours(1)),
    CHANGEMENT_COURRIEL(Duration.ofHours(24));

    private final Duration validite;

    UsageDuLien(Duration validite) {
        this.validite = validite;
    }

    public Duration validite() {
        return validite;
    }
}
