package fr.predemande.saisie;

import java.util.Locale;
import java.util.Optional;

/**
 * Règles de l'identifiant de connexion du compte. Alphabet ASCII restreint et casse indifférente : l'identifiant se
 * tape sur n'importe quel clavier, et « Jean.Dupont » et « jean.dupont » ne doivent pas être deux comptes. Le « @ »
 * est admis pour qui préfère se connecter avec son adresse électronique.
 */
public final class Identifiants {

    static final int LONGUEUR_MIN = 4;
    static final int LONGUEUR_MAX = 50;

    private Identifiants() {}

    /** Forme canonique, celle qu'on enregistre et qu'on cherche : sans espaces autour, en minuscules. */
    public static String normaliser(String brut) {
        // Locale.ROOT : en turc, « I ».toLowerCase() donnerait un « ı » sans point, hors de l'alphabet admis.
        return brut == null ? "" : brut.strip().toLowerCase(Locale.ROOT);
    }

    /** Vérifie un identifiant, obligatoire, sur sa forme normalisée. */
    public static Optional<ErreurDeSaisie> verifier(String brut) {
        String identifiant = normaliser(brut);
        if (identifiant.isEmpty()) {
            return Optional.of(ErreurDeSaisie.de("saisie.identifiant.obligatoire"));
        }
        if (!estLettreOuChiffre(identifiant.charAt(0)) || !caracteresAdmis(identifiant)) {
            return Optional.of(ErreurDeSaisie.de("saisie.identifiant.format"));
        }
        if (identifiant.length() < LONGUEUR_MIN || identifiant.length() > LONGUEUR_MAX) {
            return Optional.of(ErreurDeSaisie.de("saisie.identifiant.longueur", LONGUEUR_MIN, LONGUEUR_MAX));
        }
        return Optional.empty();
    }

    private static boolean caracteresAdmis(String identifiant) {
        for (int i = 0; i < identifiant.length(); i++) {
            char c = identifiant.charAt(i);
            if (!estLettreOuChiffre(c) && ".-_@".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean estLettreOuChiffre(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
