package fr.predemande.impression;

import java.util.List;
import java.util.Objects;

/** Une section du formulaire (état civil, filiation…) et ses réponses, dans l’ordre du formulaire. */
public record Rubrique(String titre, List<Ligne> lignes) {

    public Rubrique {
        Objects.requireNonNull(titre, "titre");
        lignes = List.copyOf(lignes);
    }
}
