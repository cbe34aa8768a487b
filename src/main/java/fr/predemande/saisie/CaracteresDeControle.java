package fr.predemande.saisie;

/**
 * Le caractère de contrôle des numéros du service (pré-demande, demande), dans l'alphabet base 32 de Crockford
 * (chiffres et majuscules sans I, L, O, U) : algorithme de Damm sur le corps à 32 éléments, si bien que toute faute
 * sur un caractère et toute inversion de deux caractères voisins sont refusées avant toute recherche.
 */
public final class CaracteresDeControle {

    public static final String ALPHABET_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private CaracteresDeControle() {}

    /**
     * Damm sur GF(32) : l'opération x∘y = 2·x + y (polynôme x⁵ + x² + 1) est totalement anti-symétrique, ce qui détecte
     * toute erreur simple et toute transposition de voisins (Luhn modulo 32 laisse passer 0↔Z).
     *
     * @param corps des caractères de l'alphabet de Crockford
     */
    public static char damm32(CharSequence corps) {
        int etat = 0;
        for (int i = 0; i < corps.length(); i++) {
            int valeur = ALPHABET_CROCKFORD.indexOf(corps.charAt(i));
            if (valeur < 0) {
                throw new IllegalArgumentException("Caractère hors de l'alphabet : " + corps.charAt(i));
            }
            etat = foisDeux(etat) ^ valeur;
        }
        return ALPHABET_CROCKFORD.charAt(foisDeux(etat));
    }

    private static int foisDeux(int x) {
        int produit = x << 1;
        return (produit & 0x20) != 0 ? produit ^ 0x25 : produit;
    }
}
