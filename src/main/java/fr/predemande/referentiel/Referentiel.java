package fr.predemande.referentiel;

import java.util.List;
import java.util.Optional;

/**
 * Les communes, départements et pays officiels. Les recherches ignorent la casse, les accents et la ponctuation
 * (« saint etienne » trouve « Saint-Étienne ») ; « st » et « ste » suivis d'un mot valent « saint » et « sainte ».
 */
public interface Referentiel {

    Optional<Commune> commune(String codeInsee);

    /**
     * Les communes dont le nom commence par ce texte (puis celles dont un mot du nom commence par lui), ou, pour des
     * chiffres, celles dont un code postal commence par eux. Le nom exact d'abord, puis les plus peuplées.
     *
     * @param max au plus 50
     */
    List<Commune> rechercherCommunes(String texte, int max);

    /** Les communes desservies par ce code postal (à Paris, la commune et l'arrondissement), les plus peuplées d'abord. */
    List<Commune> communesDuCodePostal(String codePostal);

    boolean codePostalCorrespond(String codeInsee, String codePostal);

    Optional<Departement> departement(String code);

    /** Les départements puis les collectivités d'outre-mer, dans l'ordre des codes (2A et 2B entre 19 et 21). */
    List<Departement> departements();

    /** @param codeIso code ISO 3166-1 alpha-2 */
    Optional<Pays> pays(String codeIso);

    /** Les pays dont le nom (ou un mot du nom) commence par ce texte, le nom exact d'abord. */
    List<Pays> rechercherPays(String texte, int max);

    /** Tous les pays, par ordre alphabétique (accents ignorés). */
    List<Pays> tousLesPays();

    /** Le pays d'un code ISO alpha-2 ou d'un nom exact (casse et accents ignorés), tel que l'autocomplétion le remplit. */
    Optional<Pays> resoudrePays(String saisie);

    /**
     * La commune que désigne une saisie en texte libre : un code INSEE ({@code 42218}), le libellé de l'autocomplétion
     * ({@code Saint-Étienne (42000)}, entre parenthèses un code postal, un département ou un code INSEE), un code postal
     * seul, ou un nom (unique : trouvée ; homonymes : ambiguë ; seulement un début de nom : ambiguë, à confirmer).
     */
    ResolutionDeCommune resoudreCommune(String saisie);
}
