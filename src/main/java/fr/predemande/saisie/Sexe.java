package fr.predemande.saisie;

import java.util.Optional;

/** Le sexe tel que l'état civil et le titre le portent (DOMAIN §3.2) : une des deux valeurs du formulaire national. */
public enum Sexe {
    F,
    M;

    /** Le sexe enregistré en texte ({@code F} ou {@code M}) ; vide pour toute autre valeur. */
    public static Optional<Sexe> lire(String texte) {
        if ("F".equals(texte)) {
            return Optional.of(F);
        }
        return "M".equals(texte) ? Optional.of(M) : Optional.empty();
    }
}
