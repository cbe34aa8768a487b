package fr.predemande.referentiel;

import java.util.List;
import java.util.Objects;

/**
 * Une commune actuelle, ou un arrondissement municipal de Paris, Lyon ou Marseille.
 *
 * @param codeInsee code officiel géographique, 5 caractères ({@code 2A004} en Corse)
 * @param codeDepartement {@code 01} à {@code 95}, {@code 2A}, {@code 2B}, {@code 971} à {@code 976}, ou le code d'une
 *     collectivité d'outre-mer ({@code 975}, {@code 987}…)
 * @param codesPostaux par ordre croissant ; vide pour les Terres australes
 * @param comedec l'état civil de la commune est raccordé à COMEDEC : l'acte de naissance n'est pas demandé
 */
public record Commune(
        String codeInsee, String nom, String codeDepartement, List<String> codesPostaux, boolean comedec) {

    public Commune {
        Objects.requireNonNull(codeInsee);
        Objects.requireNonNull(nom);
        Objects.requireNonNull(codeDepartement);
        codesPostaux = List.copyOf(codesPostaux);
    }

    /**
     * Le libellé que montre l'autocomplétion et que {@link Referentiel#resoudreCommune} relit : « Saint-Étienne
     * (42000) », avec le premier code postal, ou le département quand la commune n'en a pas.
     */
    public String libelle() {
        return libelle(null);
    }

    /** Le libellé avec ce code postal s'il est bien celui de la commune (la personne l'a cherché), sinon le premier. */
    public String libelle(String codePostal) {
        String code = codePostal != null && codesPostaux.contains(codePostal)
                ? codePostal
                : codesPostaux.isEmpty() ? codeDepartement : codesPostaux.get(0);
        return nom + " (" + code + ")";
    }
}
