package fr.predemande.demande.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Les dates saisies « JJ/MM/AAAA » (séparateurs / . - ou espace acceptés) ; refus des dates impossibles. */
final class Dates {

    private static final DateTimeFormatter FRANCAISE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {}

    static Optional<LocalDate> lire(String saisie) {
        if (saisie == null || saisie.isBlank()) {
            return Optional.empty();
        }
        String texte = saisie.strip().replaceAll("[.\\-\\s]", "/");
        String[] morceaux = texte.split("/");
        if (morceaux.length == 3 && morceaux[0].length() == 4) {
            texte = morceaux[2] + "/" + morceaux[1] + "/" + morceaux[0];
            morceaux = texte.split("/");
        }
        if (morceaux.length != 3) {
            return Optional.empty();
        }
        String normalisee = String.format("%2s/%2s/%s", morceaux[0], morceaux[1], morceaux[2]).replace(' ', '0');
        try {
            return Optional.of(LocalDate.parse(normalisee, FRANCAISE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String afficher(LocalDate date) {
        return date == null ? "" : FRANCAISE.format(date);
    }
}
