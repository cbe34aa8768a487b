package fr.predemande.justificatifs;

/** Une somme en euros, comptée en centimes pour ne jamais arrondir. */
public record Montant(long centimes) {

    public static final Montant GRATUIT = new Montant(0);

    /** Espace insécable : « 86 € » ne se coupe pas en fin de ligne. */
    private static final char ESPACE_INSECABLE = '\u00a0';

    public Montant {
        if (centimes < 0) {
            throw new IllegalArgumentException("Montant négatif : " + centimes + " centimes");
        }
    }

    public static Montant euros(long euros) {
        return new Montant(Math.multiplyExact(euros, 100));
    }

    /** {@code euros(8, 50)} : 8,50 €. */
    public static Montant euros(long euros, int centimes) {
        if (centimes < 0 || centimes > 99) {
            throw new IllegalArgumentException("Centimes hors de 0 à 99 : " + centimes);
        }
        return new Montant(Math.addExact(Math.multiplyExact(euros, 100), centimes));
    }

    public boolean gratuit() {
        return centimes == 0;
    }

    public Montant plus(Montant autre) {
        return new Montant(Math.addExact(centimes, autre.centimes));
    }

    /**
     * À la française : « 86 € », « 8,50 € », « 1 234,05 € » ; l’espace avant « € » et celui des milliers sont
     * insécables (U+00A0).
     */
    public String enEuros() {
        String euros = avecSeparateurDeMilliers(Long.toString(centimes / 100));
        long reste = centimes % 100;
        String decimales = reste == 0 ? "" : "," + (reste < 10 ? "0" : "") + reste;
        return euros + decimales + ESPACE_INSECABLE + "€";
    }

    private static String avecSeparateurDeMilliers(String chiffres) {
        StringBuilder groupe = new StringBuilder();
        for (int i = 0; i < chiffres.length(); i++) {
            if (i > 0 && (chiffres.length() - i) % 3 == 0) {
                groupe.append(ESPACE_INSECABLE);
            }
            groupe.append(chiffres.charAt(i));
        }
        return groupe.toString();
    }

    @Override
    public String toString() {
        return enEuros();
    }
}
