package fr.predemande.justificatifs;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Une ligne d’une table des pièces : quand la condition vaut pour la situation, ces pièces sont demandées. */
record Ligne(Predicate<Situation> condition, List<PieceJustificative> pieces) {

    Ligne {
        Objects.requireNonNull(condition, "condition");
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("Une ligne demande au moins une pièce");
        }
    }

    static Ligne si(Predicate<Situation> condition, PieceJustificative... pieces) {
        return new Ligne(condition, List.of(pieces));
    }

    /** Ajoute à {@code pieces} celles de chaque ligne dont la condition vaut pour la situation. */
    static void appliquer(List<Ligne> table, Situation situation, Collection<PieceJustificative> pieces) {
        for (Ligne ligne : table) {
            if (ligne.condition().test(situation)) {
                pieces.addAll(ligne.pieces());
            }
        }
    }
}
