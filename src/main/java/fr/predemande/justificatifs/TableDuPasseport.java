package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.Montant.GRATUIT;
import static fr.predemande.justificatifs.Montant.euros;
import static fr.predemande.justificatifs.Motif.CHANGEMENT_ADRESSE;
import static fr.predemande.justificatifs.Motif.CHANGEMENT_ETAT_CIVIL;
import static fr.predemande.justificatifs.Motif.ERREUR_ADMINISTRATION;
import static fr.predemande.justificatifs.Motif.PAGES_PLEINES;
import static fr.predemande.justificatifs.Situation.AGE_MAXIMUM;
import static fr.predemande.justificatifs.ZoneTarifaire.GUYANE;
import static fr.predemande.justificatifs.ZoneTarifaire.MAYOTTE;
import static fr.predemande.justificatifs.ZoneTarifaire.METROPOLE_ET_DOM;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Le passeport : son droit de timbre (DOMAIN §5, mineurs compris) ; ses pièces sont celles de {@code TableDesPieces}. */
final class TableDuPasseport {

    /**
     * §5 : « Passport free (keeps the old expiry date): renewal after a change of name/usage name/first name/address,
     * administration error, full pages », à tout âge et dans toute zone. Chaque gratuité a son texte.
     */
    static final Map<Motif, String> GRATUITES = Map.of(
            CHANGEMENT_ETAT_CIVIL, "justificatif.droit.passeport.gratuit.changement-etat-civil",
            CHANGEMENT_ADRESSE, "justificatif.droit.passeport.gratuit.changement-adresse",
            ERREUR_ADMINISTRATION, "justificatif.droit.passeport.gratuit.erreur-administration",
            PAGES_PLEINES, "justificatif.droit.passeport.gratuit.pages-pleines");

    /**
     * §5 : le tarif des autres motifs, selon l’âge le jour du dépôt et la zone ; Mayotte paie le tarif métropolitain.
     * La clé de la Guyane est celle de la ligne suivie de {@code .guyane} : son texte dit le demi-tarif.
     */
    static final List<Tarif> TARIFS = List.of(
            //    âges             métropole et DOM  Guyane        Mayotte
            tarif(18, AGE_MAXIMUM, euros(86), euros(43), euros(86), "justificatif.droit.passeport.majeur"),
            tarif(15, 17, euros(42), euros(21), euros(42), "justificatif.droit.passeport.15-17-ans"),
            tarif(0, 14, euros(17), euros(8, 50), euros(17), "justificatif.droit.passeport.0-14-ans"));

    private TableDuPasseport() {}

    static DroitDeTimbre droit(Situation situation) {
        String gratuite = GRATUITES.get(situation.motif());
        if (gratuite != null) {
            return new DroitDeTimbre(TypeDeTitre.PASSEPORT, GRATUIT, gratuite);
        }
        int age = situation.ageALaValidation();
        Tarif tarif = TARIFS.stream()
                .filter(ligne -> ligne.ageMinimum() <= age && age <= ligne.ageMaximum())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Âge sans tarif de passeport : " + age));
        ZoneTarifaire zone = situation.zone();
        String cle = zone == GUYANE ? tarif.cleMotif() + ".guyane" : tarif.cleMotif();
        return new DroitDeTimbre(TypeDeTitre.PASSEPORT, tarif.montants().get(zone), cle);
    }

    private static Tarif tarif(
            int ageMinimum, int ageMaximum, Montant metropoleEtDom, Montant guyane, Montant mayotte, String cleMotif) {
        return new Tarif(
                ageMinimum,
                ageMaximum,
                Map.of(METROPOLE_ET_DOM, metropoleEtDom, GUYANE, guyane, MAYOTTE, mayotte),
                cleMotif);
    }

    /** Une ligne du tarif : une tranche d’âge (bornes comprises), un montant par zone. */
    record Tarif(int ageMinimum, int ageMaximum, Map<ZoneTarifaire, Montant> montants, String cleMotif) {

        Tarif {
            montants = Map.copyOf(montants);
            Objects.requireNonNull(cleMotif, "cleMotif");
        }
    }
}
