package fr.predemande.habilitation.internal;

import java.time.Instant;

/**
 * Ce que fait l'application d'authentification d'un agent, pour les bancs : le code TOTP de l'instant, calculé par
 * {@link Totp} lui-même (vérifié contre les vecteurs de la RFC 6238) plutôt que réécrit à côté.
 */
public final class ApplicationDAuthentification {

    private ApplicationDAuthentification() {}

    /** Le code à six chiffres de ce secret (base 32, tel qu'affiché : espaces admis) à cet instant. */
    public static String code(String secretBase32, Instant instant) {
        return Totp.code(Totp.depuisBase32(secretBase32), Totp.pas(instant), Totp.CHIFFRES);
    }
}
