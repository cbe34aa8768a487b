package fr.predemande.demande;

import fr.predemande.saisie.CaracteresDeControle;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Le numéro de pré-demande : 9 caractères tirés au hasard dans l'alphabet base 32 de Crockford (chiffres et majuscules
 * sans I, L, O, U) et un caractère de contrôle (algorithme de Damm sur le corps à 32 éléments), si bien que toute faute
 * sur un caractère et toute inversion de deux caractères voisins sont refusées avant toute recherche.
 */
public record NumeroPreDemande(String valeur) {

    static final String ALPHABET = CaracteresDeControle.ALPHABET_CROCKFORD;
    public static final int LONGUEUR = 10;
    private static final SecureRandom HASARD = new SecureRandom();

    public NumeroPreDemande {
        if (valeur == null || valeur.length() != LONGUEUR || !valeur.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Numéro de pré-demande mal formé");
        }
        if (controle(valeur.substring(0, LONGUEUR - 1)) != valeur.charAt(LONGUEUR - 1)) {
            throw new IllegalArgumentException("Caractère de contrôle faux");
        }
    }

    public static NumeroPreDemande tirer() {
        return tirer(HASARD);
    }

    static NumeroPreDemande tirer(RandomGenerator hasard) {
        var corps = new StringBuilder(LONGUEUR);
        for (int i = 0; i < LONGUEUR - 1; i++) {
            corps.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
        }
        return new NumeroPreDemande(corps.append(controle(corps)).toString());
    }

    /**
     * Ce qu'un agent tape ou ce qu'une douchette envoie : casse, espaces, tirets et points ignorés ; O lu 0, I et L lus 1 ;
     * l'URL du QR code ({@code …/p/NUMERO}) acceptée. Vide si ce n'est pas un numéro valide.
     */
    public static Optional<NumeroPreDemande> lire(String saisie) {
        if (saisie == null) {
            return Optional.empty();
        }
        String texte = saisie.strip();
        int barre = texte.lastIndexOf("/p/");
        if (barre >= 0) {
            texte = texte.substring(barre + 3);
        }
        String normalise = texte.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-.]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        try {
            return Optional.of(new NumeroPreDemande(normalise));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Par groupes de 4 pour être lu et recopié sans erreur : « 7K3M 9Q2X TB ». */
    public String lisible() {
        return valeur.substring(0, 4) + " " + valeur.substring(4, 8) + " " + valeur.substring(8);
    }

    @Override
    public String toString() {
        return valeur;
    }

    static char controle(CharSequence corps) {
        return CaracteresDeControle.damm32(corps);
    }
}
