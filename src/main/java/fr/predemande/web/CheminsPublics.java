package fr.predemande.web;

import java.util.List;

/**
 * Les pages qu'un module ouvre sans connexion, dans l'espace public et usager. Chaque module déclare les siennes en
 * bean ; la chaîne de sécurité de l'espace usager les réunit, si bien qu'ajouter un module ne la modifie pas.
 *
 * @param motifs des motifs de chemin ({@code /p/**}, {@code /compte/inscription})
 */
public record CheminsPublics(List<String> motifs) {

    public CheminsPublics {
        motifs = List.copyOf(motifs);
    }

    public static CheminsPublics de(String... motifs) {
        return new CheminsPublics(List.of(motifs));
    }
}
