package fr.predemande.recueil;

import fr.predemande.saisie.CaracteresDeControle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Le numéro de demande, donné à la mairie quand le dossier est créé ; le récépissé le porte et le suivi s'en sert
 * (DOMAIN §6, choix) : le département de la mairie (2 caractères, 3 outre-mer), l'année sur 2 chiffres, 8 chiffres de
 * séquence (unique par département et par année), et un caractère de contrôle (Damm sur GF(32), comme la
 * pré-demande). Exemple : {@code 4226000000123} suivi de son contrôle.
 */
public record NumeroDeDemande(String valeur) {

    private static final Pattern FORME = Pattern.compile("(\\d{2}|2[AB]|97\\d)(\\d{2})(\\d{8})([0-9A-Z])");
    public static final int CHIFFRES_DE_SEQUENCE = 8;

    public NumeroDeDemande {
        var morceaux = valeur == null ? null : FORME.matcher(valeur);
        if (morceaux == null || !morceaux.matches()) {
            throw new IllegalArgumentException("Numéro de demande mal formé : " + valeur);
        }
        if (CaracteresDeControle.damm32(valeur.substring(0, valeur.length() - 1))
                != valeur.charAt(valeur.length() - 1)) {
            throw new IllegalArgumentException("Caractère de contrôle faux : " + valeur);
        }
    }

    /** Le numéro d'une séquence d'un département pour une année (deux derniers chiffres). */
    public static NumeroDeDemande de(String codeDepartement, int annee, long sequence) {
        if (sequence < 1 || sequence >= 100_000_000L) {
            throw new IllegalArgumentException("Séquence hors de 8 chiffres : " + sequence);
        }
        String corps = codeDepartement.toUpperCase(Locale.ROOT) + String.format("%02d%08d", annee % 100, sequence);
        return new NumeroDeDemande(corps + CaracteresDeControle.damm32(corps));
    }

    /** Ce qu'un agent tape : casse, espaces et tirets ignorés. Vide si ce n'est pas un numéro valide. */
    public static Optional<NumeroDeDemande> lire(String saisie) {
        if (saisie == null || saisie.length() > 40) {
            return Optional.empty();
        }
        String normalise = saisie.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]", "");
        try {
            return Optional.of(new NumeroDeDemande(normalise));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Le département de la mairie qui a créé le dossier : le territoire d'instruction. */
    public String codeDepartement() {
        return valeur.length() == 14 ? valeur.substring(0, 3) : valeur.substring(0, 2);
    }

    /** Par groupes, pour être lu et recopié : « 42 26 0000 0012 3 ». */
    public String lisible() {
        int d = codeDepartement().length();
        return valeur.substring(0, d) + " " + valeur.substring(d, d + 2) + " " + valeur.substring(d + 2, d + 6) + " "
                + valeur.substring(d + 6, d + 10) + " " + valeur.substring(d + 10);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
