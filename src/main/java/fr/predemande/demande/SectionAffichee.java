package fr.predemande.demande;

import java.util.List;

/** Une section d'une déclaration mise en mots : son titre et ses réponses, dans l'ordre du formulaire. */
public record SectionAffichee(Section section, String titre, List<LigneAffichee> lignes) {

    public SectionAffichee {
        lignes = List.copyOf(lignes);
    }
}
