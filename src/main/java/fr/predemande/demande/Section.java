package fr.predemande.demande;

import java.util.Arrays;
import java.util.Optional;

/**
 * Les sections du formulaire, dans l'ordre du formulaire national ; chacune est une page avec l'indicateur d'étapes,
 * chez l'usager comme au guichet de la mairie.
 */
public enum Section {
    MOTIF("motif"),
    ETAT_CIVIL("etat-civil"),
    FILIATION("filiation"),
    NATIONALITE("nationalite"),
    ADRESSE("adresse"),
    CONTACT("contact");

    private final String chemin;

    Section(String chemin) {
        this.chemin = chemin;
    }

    /** Le dernier segment de l'adresse de la page, et le nom du fragment de ses champs ({@code demande/champs}). */
    public String chemin() {
        return chemin;
    }

    public int numero() {
        return ordinal() + 1;
    }

    public Optional<Section> suivante() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public static Optional<Section> duChemin(String chemin) {
        return Arrays.stream(values()).filter(s -> s.chemin.equals(chemin)).findFirst();
    }
}
