package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.Montant.GRATUIT;
import static fr.predemande.justificatifs.Montant.euros;
import static fr.predemande.justificatifs.Motif.CHANGEMENT_ADRESSE;
import static fr.predemande.justificatifs.Motif.CHANGEMENT_ETAT_CIVIL;
import static fr.predemande.justificatifs.Motif.DETERIORATION;
import static fr.predemande.justificatifs.Motif.PERTE;
import static fr.predemande.justificatifs.Motif.PREMIERE_DEMANDE;
import static fr.predemande.justificatifs.Motif.RENOUVELLEMENT;
import static fr.predemande.justificatifs.Motif.VOL;
import static java.util.Map.entry;

import java.util.Map;

/** La carte nationale d’identité : son droit de timbre (DOMAIN §5) ; ses pièces sont celles de {@code TableDesPieces}. */
final class TableDeLaCni {

    /**
     * §5 : « CNI (first or renewal with the old card) free », « CNI renewed after loss or theft 25 € », quels que
     * soient l’âge et la zone. Une ligne par motif permis pour une carte.
     */
    static final Map<Motif, DroitDeTimbre> DROITS = Map.ofEntries(
            entry(PREMIERE_DEMANDE, cni(GRATUIT, "justificatif.droit.cni.gratuite")),
            entry(RENOUVELLEMENT, cni(GRATUIT, "justificatif.droit.cni.gratuite")),
            entry(PERTE, cni(euros(25), "justificatif.droit.cni.perte")),
            entry(VOL, cni(euros(25), "justificatif.droit.cni.vol")),
            entry(CHANGEMENT_ETAT_CIVIL, cni(GRATUIT, "justificatif.droit.cni.gratuite")),
            entry(CHANGEMENT_ADRESSE, cni(GRATUIT, "justificatif.droit.cni.gratuite")),
            entry(DETERIORATION, cni(GRATUIT, "justificatif.droit.cni.gratuite")));

    private TableDeLaCni() {}

    static DroitDeTimbre droit(Situation situation) {
        DroitDeTimbre droit = DROITS.get(situation.motif());
        if (droit == null) {
            throw new IllegalArgumentException("Motif sans tarif pour une carte : " + situation.motif());
        }
        return droit;
    }

    private static DroitDeTimbre cni(Montant montant, String cleMotif) {
        return new DroitDeTimbre(TypeDeTitre.CNI, montant, cleMotif);
    }
}
