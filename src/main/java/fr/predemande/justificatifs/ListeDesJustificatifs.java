package fr.predemande.justificatifs;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Ce que l’usager apporte à la mairie : les pièces, dans l’ordre où on les lui présente (celles de toute demande
 * d’abord), sans doublon, et les droits de timbre, un par titre demandé.
 */
public record ListeDesJustificatifs(List<PieceJustificative> pieces, List<DroitDeTimbre> droits) {

    public ListeDesJustificatifs {
        pieces = List.copyOf(Objects.requireNonNull(pieces, "pieces"));
        droits = List.copyOf(Objects.requireNonNull(droits, "droits"));
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("Aucune pièce : toute demande en exige");
        }
        if (new HashSet<>(pieces).size() != pieces.size()) {
            throw new IllegalArgumentException("Pièce en double : " + pieces);
        }
        if (droits.stream().map(DroitDeTimbre::titre).distinct().count() != droits.size()) {
            throw new IllegalArgumentException("Deux droits de timbre pour le même titre : " + droits);
        }
    }

    /** Ce que l’usager paie en timbres fiscaux, tous titres confondus. */
    public Montant total() {
        return droits.stream().map(DroitDeTimbre::montant).reduce(Montant.GRATUIT, Montant::plus);
    }
}
