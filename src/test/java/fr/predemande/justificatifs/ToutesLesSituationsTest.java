package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Toutes les combinaisons des réponses, sans exception, aux deux bornes de l’âge adulte retenues (18 et 120 ans) :
 * les propriétés QuickTheories en tirent au hasard, ce parcours les voit toutes.
 */
class ToutesLesSituationsTest {

    /** Chaque situation cohérente d’une personne majeure, et le nombre de situations parcourues. */
    static int pourChaqueSituation(List<Integer> ages, Consumer<Situation> action) {
        List<MentionNomUsage> mentions = new ArrayList<>(Arrays.asList(MentionNomUsage.values()));
        mentions.add(null);
        int nombre = 0;
        for (TypeDeTitre titre : TypeDeTitre.values()) {
            for (Motif motif : Motif.values()) {
                if (!motif.permisPour(titre)) {
                    continue;
                }
                for (int age : ages) {
                    for (boolean titreSecurise : new boolean[] {false, true}) {
                        for (LieuDeNaissance lieu : LieuDeNaissance.values()) {
                            for (AcquisitionNationalite acquisition : AcquisitionNationalite.values()) {
                                for (TypeAdresse adresse : TypeAdresse.values()) {
                                    for (MentionNomUsage mention : mentions) {
                                        for (boolean divorce : new boolean[] {false, true}) {
                                            if (divorce && (mention == null || !mention.vientDUnMariage())) {
                                                continue;
                                            }
                                            for (ZoneTarifaire zone : ZoneTarifaire.values()) {
                                                action.accept(new Situation(
                                                        titre,
                                                        motif,
                                                        age,
                                                        titreSecurise,
                                                        lieu,
                                                        acquisition,
                                                        adresse,
                                                        mention,
                                                        divorce,
                                                        zone));
                                                nombre++;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return nombre;
    }

    @Test
    void chaqueCombinaisonDonneUneListeQuiRespecteLesInvariants() {
        List<String> violations = new ArrayList<>();
        int parcourues = pourChaqueSituation(
                List.of(18, 120),
                situation -> violations.addAll(Invariants.tous(situation, ReglesDesJustificatifs.pour(situation))));

        assertThat(violations).isEmpty();
        // (7 motifs CNI + 9 passeport + 7 CNI et passeport) × 2 âges × 2 × 3 lieux × 6 acquisitions × 5 adresses
        // × 8 (mention, divorce) × 3 zones
        assertThat(parcourues).isEqualTo(23 * 2 * 2 * 3 * 6 * 5 * 8 * 3);
    }
}
