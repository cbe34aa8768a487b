package fr.predemande.justificatifs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Les pièces justificatives et les droits de timbre d’une pré-demande : les pièces d’une seule table, la même pour
 * les deux titres ({@code TableDesPieces}), et un droit par titre, lu dans la table de ce titre ({@code TableDeLaCni},
 * {@code TableDuPasseport}). Une demande CNI et passeport porte les deux droits, qui s’additionnent.
 */
public final class ReglesDesJustificatifs {

    private ReglesDesJustificatifs() {}

    /**
     * Les pièces à apporter et les droits à payer pour une personne majeure.
     *
     * <p>Les pièces sont rangées dans l’ordre de {@link PieceJustificative} (celles de toute demande d’abord). Le
     * timbre fiscal y figure dès qu’un droit n’est pas gratuit (DOMAIN §4 : « tax stamp when due »).
     *
     * @throws IllegalArgumentException pour un mineur : ses pièces (représentant légal, résidence alternée, DOMAIN §4
     *     « Minor ») ne sont pas encore dans les tables, et une liste d’adulte le tromperait
     */
    public static ListeDesJustificatifs pour(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        if (!situation.majeur()) {
            throw new IllegalArgumentException("Les pièces d’un mineur ne sont pas encore prises en charge (âge "
                    + situation.ageALaValidation() + ")");
        }
        Set<PieceJustificative> pieces = EnumSet.noneOf(PieceJustificative.class);
        Ligne.appliquer(TableDesPieces.PIECES, situation, pieces);
        List<DroitDeTimbre> droits = droitsDeTimbre(situation);
        if (droits.stream().anyMatch(droit -> !droit.montant().gratuit())) {
            pieces.add(PieceJustificative.TIMBRE_FISCAL);
        }
        return new ListeDesJustificatifs(List.copyOf(pieces), droits);
    }

    /**
     * Les droits de timbre, un par titre (CNI d’abord), à tout âge : le tarif du passeport des mineurs est déjà là,
     * même si leurs pièces ne le sont pas encore.
     */
    public static List<DroitDeTimbre> droitsDeTimbre(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        List<DroitDeTimbre> droits = new ArrayList<>(2);
        for (TypeDeTitre titre : titresSimples(situation.titre())) {
            Situation pourCeTitre = situation.pour(titre);
            droits.add(
                    titre == TypeDeTitre.CNI ? TableDeLaCni.droit(pourCeTitre) : TableDuPasseport.droit(pourCeTitre));
        }
        return List.copyOf(droits);
    }

    private static List<TypeDeTitre> titresSimples(TypeDeTitre titre) {
        return switch (titre) {
            case CNI -> List.of(TypeDeTitre.CNI);
            case PASSEPORT -> List.of(TypeDeTitre.PASSEPORT);
            case CNI_ET_PASSEPORT -> List.of(TypeDeTitre.CNI, TypeDeTitre.PASSEPORT);
        };
    }
}
