package fr.predemande.impression;

import java.util.Objects;

/** Une réponse du récapitulatif : la question telle que l’usager l’a lue, et sa réponse déjà mise en forme. */
public record Ligne(String libelle, String valeur) {

    public Ligne {
        Objects.requireNonNull(libelle, "libelle");
        // Une réponse facultative laissée vide s’imprime quand même : l’agent voit qu’elle a été vue.
        valeur = valeur == null ? "" : valeur;
    }
}
