package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.PieceJustificative.JUSTIFICATIF_DOMICILE;
import static fr.predemande.justificatifs.PieceJustificative.JUSTIFICATIF_DOMICILE_HEBERGEANT;
import static fr.predemande.justificatifs.PieceJustificative.NUMERO_PREDEMANDE;
import static fr.predemande.justificatifs.PieceJustificative.PHOTO_IDENTITE;
import static fr.predemande.justificatifs.PieceJustificative.TIMBRE_FISCAL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ce qui vaut pour toute liste, quelle que soit la situation : partagé entre les propriétés QuickTheories
 * (situations tirées au hasard) et le parcours de toutes les combinaisons ({@link ToutesLesSituationsTest}). Chaque
 * invariant rend ses violations, en clair : une liste vide veut dire qu’il tient. Écrits en Java simple pour
 * parcourir les quelque 200 000 combinaisons en quelques secondes.
 */
final class Invariants {

    /** DOMAIN §5 : les seuls montants officiels, en centimes (0, 8,50, 17, 21, 25, 42, 43 et 86 €). */
    static final Set<Long> MONTANTS_OFFICIELS = Set.of(0L, 850L, 1700L, 2100L, 2500L, 4200L, 4300L, 8600L);

    private Invariants() {}

    static List<String> tous(Situation situation, ListeDesJustificatifs liste) {
        List<String> violations = new ArrayList<>();
        violations.addAll(nonVideEtSansDoublon(liste));
        violations.addAll(toujoursNumeroPhotoEtJustificatifDeDomicile(situation, liste));
        violations.addAll(rangeeDansLOrdreDesPieces(liste));
        violations.addAll(droitsOfficielsUnParTitre(situation, liste));
        violations.addAll(timbreFiscalSeulementSiUnDroitEstDu(liste));
        if (situation.titre() == TypeDeTitre.CNI_ET_PASSEPORT) {
            violations.addAll(cniEtPasseportEstLUnionDesDeux(situation, liste));
        }
        return violations.stream()
                .map(violation -> violation + " — " + situation)
                .toList();
    }

    static List<String> nonVideEtSansDoublon(ListeDesJustificatifs liste) {
        List<String> violations = new ArrayList<>();
        if (liste.pieces().isEmpty()) {
            violations.add("liste vide");
        }
        if (new HashSet<>(liste.pieces()).size() != liste.pieces().size()) {
            violations.add("doublon dans " + liste.pieces());
        }
        return violations;
    }

    /** Une personne hébergée apporte le justificatif de domicile de son hébergeant au lieu du sien (choix). */
    static List<String> toujoursNumeroPhotoEtJustificatifDeDomicile(Situation situation, ListeDesJustificatifs liste) {
        PieceJustificative domicile = situation.typeAdresse() == TypeAdresse.HEBERGE
                ? JUSTIFICATIF_DOMICILE_HEBERGEANT
                : JUSTIFICATIF_DOMICILE;
        List<PieceJustificative> debut = List.of(NUMERO_PREDEMANDE, PHOTO_IDENTITE, domicile);
        List<PieceJustificative> pieces = liste.pieces();
        if (pieces.size() < debut.size() || !pieces.subList(0, debut.size()).equals(debut)) {
            return List.of("ne commence pas par " + debut + " : " + pieces);
        }
        return List.of();
    }

    static List<String> rangeeDansLOrdreDesPieces(ListeDesJustificatifs liste) {
        List<PieceJustificative> pieces = liste.pieces();
        for (int i = 1; i < pieces.size(); i++) {
            if (pieces.get(i - 1).compareTo(pieces.get(i)) >= 0) {
                return List.of("pas dans l’ordre de présentation : " + pieces);
            }
        }
        return List.of();
    }

    static List<String> droitsOfficielsUnParTitre(Situation situation, ListeDesJustificatifs liste) {
        List<String> violations = new ArrayList<>();
        for (DroitDeTimbre droit : liste.droits()) {
            if (!MONTANTS_OFFICIELS.contains(droit.montant().centimes())) {
                violations.add("montant non officiel : " + droit);
            }
        }
        List<TypeDeTitre> titres = new ArrayList<>();
        if (situation.titre().inclutCni()) {
            titres.add(TypeDeTitre.CNI);
        }
        if (situation.titre().inclutPasseport()) {
            titres.add(TypeDeTitre.PASSEPORT);
        }
        List<TypeDeTitre> titresDesDroits =
                liste.droits().stream().map(DroitDeTimbre::titre).toList();
        if (!titresDesDroits.equals(titres)) {
            violations.add("droits pour " + titresDesDroits + " au lieu de " + titres);
        }
        return violations;
    }

    static List<String> timbreFiscalSeulementSiUnDroitEstDu(ListeDesJustificatifs liste) {
        if (liste.pieces().contains(TIMBRE_FISCAL) == liste.total().gratuit()) {
            return List.of("timbre fiscal " + liste.pieces().contains(TIMBRE_FISCAL) + " pour un total de "
                    + liste.total().enEuros());
        }
        return List.of();
    }

    /** Les pièces de CNI et passeport sont l’union, sans doublon, de celles de chaque titre ; le total, la somme. */
    static List<String> cniEtPasseportEstLUnionDesDeux(Situation situation, ListeDesJustificatifs liste) {
        ListeDesJustificatifs cni = ReglesDesJustificatifs.pour(situation.pour(TypeDeTitre.CNI));
        ListeDesJustificatifs passeport = ReglesDesJustificatifs.pour(situation.pour(TypeDeTitre.PASSEPORT));
        List<String> violations = new ArrayList<>();

        Set<PieceJustificative> union = EnumSet.copyOf(cni.pieces());
        union.addAll(passeport.pieces());
        if (!EnumSet.copyOf(liste.pieces()).equals(union) || liste.pieces().size() != union.size()) {
            violations.add("pièces " + liste.pieces() + " au lieu de l’union " + union);
        }
        if (!liste.total().equals(cni.total().plus(passeport.total()))) {
            violations.add("total " + liste.total() + " au lieu de " + cni.total() + " + " + passeport.total());
        }
        if (!liste.droits()
                .equals(List.of(cni.droits().get(0), passeport.droits().get(0)))) {
            violations.add("droits " + liste.droits() + " au lieu de ceux de chaque titre");
        }
        return violations;
    }
}
