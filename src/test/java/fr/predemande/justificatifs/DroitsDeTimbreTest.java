package fr.predemande.justificatifs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Le tarif de DOMAIN §5, recopié ici à la main, ligne par ligne : chaque (titre, motif, tranche d’âge) avec son montant
 * dans les trois zones. Chaque tranche est vérifiée à ses deux bornes.
 */
class DroitsDeTimbreTest {

    private static final String TARIF = """
            titre,     motif,                 tranche, metropole, guyane, mayotte, cle
            CNI,       PREMIERE_DEMANDE,      0-14,    0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       PREMIERE_DEMANDE,      15-17,   0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       PREMIERE_DEMANDE,      18+,     0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       RENOUVELLEMENT,        0-14,    0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       RENOUVELLEMENT,        15-17,   0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       RENOUVELLEMENT,        18+,     0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       PERTE,                 0-14,    25,        25,     25,      justificatif.droit.cni.perte
            CNI,       PERTE,                 15-17,   25,        25,     25,      justificatif.droit.cni.perte
            CNI,       PERTE,                 18+,     25,        25,     25,      justificatif.droit.cni.perte
            CNI,       VOL,                   0-14,    25,        25,     25,      justificatif.droit.cni.vol
            CNI,       VOL,                   15-17,   25,        25,     25,      justificatif.droit.cni.vol
            CNI,       VOL,                   18+,     25,        25,     25,      justificatif.droit.cni.vol
            CNI,       CHANGEMENT_ETAT_CIVIL, 0-14,    0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       CHANGEMENT_ETAT_CIVIL, 15-17,   0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       CHANGEMENT_ETAT_CIVIL, 18+,     0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       CHANGEMENT_ADRESSE,    0-14,    0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       CHANGEMENT_ADRESSE,    15-17,   0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       CHANGEMENT_ADRESSE,    18+,     0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       DETERIORATION,         0-14,    0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       DETERIORATION,         15-17,   0,         0,      0,       justificatif.droit.cni.gratuite
            CNI,       DETERIORATION,         18+,     0,         0,      0,       justificatif.droit.cni.gratuite
            PASSEPORT, PREMIERE_DEMANDE,      0-14,    17,        8.50,   17,      justificatif.droit.passeport.0-14-ans
            PASSEPORT, PREMIERE_DEMANDE,      15-17,   42,        21,     42,      justificatif.droit.passeport.15-17-ans
            PASSEPORT, PREMIERE_DEMANDE,      18+,     86,        43,     86,      justificatif.droit.passeport.majeur
            PASSEPORT, RENOUVELLEMENT,        0-14,    17,        8.50,   17,      justificatif.droit.passeport.0-14-ans
            PASSEPORT, RENOUVELLEMENT,        15-17,   42,        21,     42,      justificatif.droit.passeport.15-17-ans
            PASSEPORT, RENOUVELLEMENT,        18+,     86,        43,     86,      justificatif.droit.passeport.majeur
            PASSEPORT, PERTE,                 0-14,    17,        8.50,   17,      justificatif.droit.passeport.0-14-ans
            PASSEPORT, PERTE,                 15-17,   42,        21,     42,      justificatif.droit.passeport.15-17-ans
            PASSEPORT, PERTE,                 18+,     86,        43,     86,      justificatif.droit.passeport.majeur
            PASSEPORT, VOL,                   0-14,    17,        8.50,   17,      justificatif.droit.passeport.0-14-ans
            PASSEPORT, VOL,                   15-17,   42,        21,     42,      justificatif.droit.passeport.15-17-ans
            PASSEPORT, VOL,                   18+,     86,        43,     86,      justificatif.droit.passeport.majeur
            PASSEPORT, DETERIORATION,         0-14,    17,        8.50,   17,      justificatif.droit.passeport.0-14-ans
            PASSEPORT, DETERIORATION,         15-17,   42,        21,     42,      justificatif.droit.passeport.15-17-ans
            PASSEPORT, DETERIORATION,         18+,     86,        43,     86,      justificatif.droit.passeport.majeur
            PASSEPORT, CHANGEMENT_ETAT_CIVIL, 0-14,    0,         0,      0,       justificatif.droit.passeport.gratuit.changement-etat-civil
            PASSEPORT, CHANGEMENT_ETAT_CIVIL, 15-17,   0,         0,      0,       justificatif.droit.passeport.gratuit.changement-etat-civil
            PASSEPORT, CHANGEMENT_ETAT_CIVIL, 18+,     0,         0,      0,       justificatif.droit.passeport.gratuit.changement-etat-civil
            PASSEPORT, CHANGEMENT_ADRESSE,    0-14,    0,         0,      0,       justificatif.droit.passeport.gratuit.changement-adresse
            PASSEPORT, CHANGEMENT_ADRESSE,    15-17,   0,         0,      0,       justificatif.droit.passeport.gratuit.changement-adresse
            PASSEPORT, CHANGEMENT_ADRESSE,    18+,     0,         0,      0,       justificatif.droit.passeport.gratuit.changement-adresse
            PASSEPORT, ERREUR_ADMINISTRATION, 0-14,    0,         0,      0,       justificatif.droit.passeport.gratuit.erreur-administration
            PASSEPORT, ERREUR_ADMINISTRATION, 15-17,   0,         0,      0,       justificatif.droit.passeport.gratuit.erreur-administration
            PASSEPORT, ERREUR_ADMINISTRATION, 18+,     0,         0,      0,       justificatif.droit.passeport.gratuit.erreur-administration
            PASSEPORT, PAGES_PLEINES,         0-14,    0,         0,      0,       justificatif.droit.passeport.gratuit.pages-pleines
            PASSEPORT, PAGES_PLEINES,         15-17,   0,         0,      0,       justificatif.droit.passeport.gratuit.pages-pleines
            PASSEPORT, PAGES_PLEINES,         18+,     0,         0,      0,       justificatif.droit.passeport.gratuit.pages-pleines
            """;

    @ParameterizedTest(name = "{0} {1} {2} ans : {3} € / Guyane {4} € / Mayotte {5} €")
    @CsvSource(textBlock = TARIF, useHeadersInDisplayName = true)
    void leDroitDeTimbreSuitLeTarifDansChaqueZoneAuxDeuxBornesDeLaTranche(
            TypeDeTitre titre,
            Motif motif,
            String tranche,
            BigDecimal metropole,
            BigDecimal guyane,
            BigDecimal mayotte,
            String cle) {
        for (int age : bornes(tranche)) {
            verifier(titre, motif, age, ZoneTarifaire.METROPOLE_ET_DOM, metropole, cle);
            verifier(titre, motif, age, ZoneTarifaire.GUYANE, guyane, cle);
            verifier(titre, motif, age, ZoneTarifaire.MAYOTTE, mayotte, cle);
        }
    }

    private static void verifier(
            TypeDeTitre titre, Motif motif, int age, ZoneTarifaire zone, BigDecimal euros, String cle) {
        Situation situation = UneSituation.majeure()
                .titre(titre)
                .motif(motif)
                .age(age)
                .zone(zone)
                .construire();
        DroitDeTimbre droit = ReglesDesJustificatifs.droitsDeTimbre(situation).get(0);

        String cas = titre + " " + motif + " " + age + " ans " + zone;
        assertThat(droit.titre()).as(cas).isEqualTo(titre);
        assertThat(droit.montant().centimes())
                .as(cas)
                .isEqualTo(euros.movePointRight(2).longValueExact());
        boolean passeportPayantEnGuyane = titre == TypeDeTitre.PASSEPORT
                && zone == ZoneTarifaire.GUYANE
                && !droit.montant().gratuit();
        assertThat(droit.cleMotif()).as(cas).isEqualTo(passeportPayantEnGuyane ? cle + ".guyane" : cle);
    }

    private static List<Integer> bornes(String tranche) {
        return switch (tranche) {
            case "0-14" -> List.of(0, 14);
            case "15-17" -> List.of(15, 17);
            case "18+" -> List.of(18, Situation.AGE_MAXIMUM);
            default -> throw new IllegalArgumentException(tranche);
        };
    }

    @Test
    void leTarifRecopieCouvreChaqueMotifPermisPourChaqueTitreEtChaqueTranche() {
        Set<String> lignes = new HashSet<>();
        TARIF.lines().skip(1).filter(ligne -> !ligne.isBlank()).forEach(ligne -> {
            String[] colonnes = ligne.split(",");
            lignes.add(colonnes[0].strip() + " " + colonnes[1].strip() + " " + colonnes[2].strip());
        });

        Set<String> attendues = new HashSet<>();
        for (TypeDeTitre titre : List.of(TypeDeTitre.CNI, TypeDeTitre.PASSEPORT)) {
            for (Motif motif : Motif.values()) {
                if (motif.permisPour(titre)) {
                    for (String tranche : List.of("0-14", "15-17", "18+")) {
                        attendues.add(titre + " " + motif + " " + tranche);
                    }
                }
            }
        }
        assertThat(lignes).isEqualTo(attendues);
    }

    @ParameterizedTest
    @EnumSource(
            value = Motif.class,
            names = {"PAGES_PLEINES", "ERREUR_ADMINISTRATION"},
            mode = EnumSource.Mode.EXCLUDE)
    void uneDemandeCniEtPasseportPorteLesDeuxDroitsCniDAbordEtLesAdditionne(Motif motif) {
        for (ZoneTarifaire zone : ZoneTarifaire.values()) {
            UneSituation situation = UneSituation.majeure().motif(motif).zone(zone);
            DroitDeTimbre cni = ReglesDesJustificatifs.droitsDeTimbre(
                            situation.titre(TypeDeTitre.CNI).construire())
                    .get(0);
            DroitDeTimbre passeport = ReglesDesJustificatifs.droitsDeTimbre(
                            situation.titre(TypeDeTitre.PASSEPORT).construire())
                    .get(0);

            ListeDesJustificatifs deux =
                    situation.titre(TypeDeTitre.CNI_ET_PASSEPORT).liste();

            assertThat(deux.droits()).containsExactly(cni, passeport);
            assertThat(deux.total()).isEqualTo(cni.montant().plus(passeport.montant()));
        }
    }

    @Test
    void lesCasDuTarifSeLisentAussiEnEuros() {
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.PASSEPORT)
                        .zone(ZoneTarifaire.GUYANE)
                        .age(10)
                        .construire())
                .satisfies(s -> assertThat(ReglesDesJustificatifs.droitsDeTimbre(s)
                                .get(0)
                                .montant()
                                .enEuros())
                        .isEqualTo("8,50\u00a0€"));
        assertThat(UneSituation.majeure()
                        .titre(TypeDeTitre.CNI_ET_PASSEPORT)
                        .motif(Motif.VOL)
                        .zone(ZoneTarifaire.GUYANE)
                        .liste()
                        .total()
                        .enEuros())
                .isEqualTo("68\u00a0€");
    }
}
