package fr.predemande.demande.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Les dates saisies « JJ/MM/AAAA » : séparateurs / . - ou espace, jour et mois sur un ou deux chiffres (« 3.9.1987 »),
 * ou AAAA-MM-JJ ; refus des dates impossibles. Une date lisible est enregistrée et montrée sous une seule forme,
 * « 03/09/1987 ».
 */
final class Dates {

    private static final DateTimeFormatter FRANCAISE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    static Optional<LocalDate> lire(String saisie) {
        if (saisie == null || saisie.isBlank() || saisie.length() > 20) {
            return Optional.empty();
        }
        String[] morceaux = saisie.strip().split("[./\\-\\s]+");
        if (morceaux.length != 3) {
            return Optional.empty();
        }
        if (morceaux[0].length() == 4) {
            morceaux = new String[] {morceaux[2], morceaux[1], morceaux[0]};
        }
        if (morceaux[0].length() > 2 || morceaux[1].length() > 2 || morceaux[2].length() != 4) {
            return Optional.empty();
        }
        String normalisee = String.format("%2s/%2s/%s", morceaux[0], morceaux[1], morceaux[2])
                .replace(' ', '0');
        try {
            return Optional.of(LocalDate.parse(normalisee, FRANCAISE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String afficher(LocalDate date) {
        return date == null ? "" : FRANCAISE.format(date);
    }

    /** La forme unique d'une date lisible ; une saisie illisible est gardée telle quelle, pour être corrigée. */
    static String normaliser(String saisie) {
        if (saisie == null) {
            return "";
        }
        return lire(saisie).map(Dates::afficher).orElse(saisie);
    }
}
