package fr.predemande.referentiel;

import java.util.List;

/** Ce que devient une commune saisie en texte libre : trouvée, à préciser parmi plusieurs, ou inconnue. */
public sealed interface ResolutionDeCommune {

    /** Une seule commune correspond. */
    record Trouvee(Commune commune) implements ResolutionDeCommune {}

    /**
     * La saisie désigne plusieurs communes (homonymes : « Saint-Denis »), ou ne désigne exactement aucune mais
     * ressemble à celles-ci (début de nom) : la personne choisit. Les plus peuplées d'abord.
     */
    record Ambigue(List<Commune> choix) implements ResolutionDeCommune {

        public Ambigue {
            choix = List.copyOf(choix);
        }
    }

    /** Rien ne correspond. */
    record Introuvable() implements ResolutionDeCommune {}
}
