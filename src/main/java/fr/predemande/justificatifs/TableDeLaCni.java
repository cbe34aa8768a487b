package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.Conditions.ACTE_DE_NAISSANCE_EXIGE;
import static fr.predemande.justificatifs.Conditions.DIVORCE_GARDANT_LE_NOM;
import static fr.predemande.justificatifs.Conditions.HEBERGE;
import static fr.predemande.justificatifs.Conditions.NATIONALITE_A_PROUVER;
import static fr.predemande.justificatifs.Conditions.NON_HEBERGE;
import static fr.predemande.justificatifs.Conditions.TITRE_SECURISE_PRESENTE;
import static fr.predemande.justificatifs.Conditions.TOUJOURS;
import static fr.predemande.justificatifs.Conditions.mention;
import static fr.predemande.justificatifs.Conditions.motif;
import static fr.predemande.justificatifs.Ligne.si;
import static fr.predemande.justificatifs.MentionNomUsage.EPOUSE;
import static fr.predemande.justificatifs.MentionNomUsage.EPOUX;
import static fr.predemande.justificatifs.MentionNomUsage.USAGE;
import static fr.predemande.justificatifs.MentionNomUsage.VEUF;
import static fr.predemande.justificatifs.MentionNomUsage.VEUVE;
import static fr.predemande.justificatifs.Montant.GRATUIT;
import static fr.predemande.justificatifs.Montant.euros;
import static fr.predemande.justificatifs.Motif.CHANGEMENT_ADRESSE;
import static fr.predemande.justificatifs.Motif.CHANGEMENT_ETAT_CIVIL;
import static fr.predemande.justificatifs.Motif.DETERIORATION;
import static fr.predemande.justificatifs.Motif.PERTE;
import static fr.predemande.justificatifs.Motif.PREMIERE_DEMANDE;
import static fr.predemande.justificatifs.Motif.RENOUVELLEMENT;
import static fr.predemande.justificatifs.Motif.VOL;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_DECES;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_MARIAGE;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_DE_NAISSANCE;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_ETAT_CIVIL_CHANGEMENT;
import static fr.predemande.justificatifs.PieceJustificative.ACTE_NAISSANCE_DEUX_PARENTS;
import static fr.predemande.justificatifs.PieceJustificative.ANCIEN_TITRE;
import static fr.predemande.justificatifs.PieceJustificative.ATTESTATION_HEBERGEANT;
import static fr.predemande.justificatifs.PieceJustificative.DECLARATION_DE_PERTE;
import static fr.predemande.justificatifs.PieceJustificative.DECLARATION_DE_VOL;
import static fr.predemande.justificatifs.PieceJustificative.JUGEMENT_OU_ACCORD_DIVORCE;
import static fr.predemande.justificatifs.PieceJustificative.JUSTIFICATIF_DOMICILE;
import static fr.predemande.justificatifs.PieceJustificative.JUSTIFICATIF_DOMICILE_HEBERGEANT;
import static fr.predemande.justificatifs.PieceJustificative.NUMERO_PREDEMANDE;
import static fr.predemande.justificatifs.PieceJustificative.PHOTO_IDENTITE;
import static fr.predemande.justificatifs.PieceJustificative.PIECE_IDENTITE_HEBERGEANT;
import static fr.predemande.justificatifs.PieceJustificative.PREUVE_NATIONALITE;
import static fr.predemande.justificatifs.PieceJustificative.TITRE_SECURISE;
import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

/** La carte nationale d’identité d’une personne majeure : ses pièces (DOMAIN §4) et son droit de timbre (§5). */
final class TableDeLaCni {

    /** Condition → pièces, dans l’ordre de DOMAIN §4. */
    static final List<Ligne> PIECES = List.of(
            // §4 « Always » : le numéro de pré-demande (ou le formulaire papier) et une photo d’identité.
            si(TOUJOURS, NUMERO_PREDEMANDE, PHOTO_IDENTITE),
            // §4 « Always » : un justificatif de domicile de moins d’un an...
            si(NON_HEBERGE, JUSTIFICATIF_DOMICILE),
            // ... §4 « Hosted person » : « host's ID copy + host's letter + host's proof of address ». (Choix) Le
            // justificatif de l’hébergeant tient lieu de celui de l’usager, qui n’en a pas à son nom.
            si(HEBERGE, JUSTIFICATIF_DOMICILE_HEBERGEANT, ATTESTATION_HEBERGEANT, PIECE_IDENTITE_HEBERGEANT),
            // §4 « Holds a CNI or passport valid or expired for less than 5 years » : il prouve identité et nationalité.
            si(TITRE_SECURISE_PRESENTE, TITRE_SECURISE),
            // §4 « No such title » : acte de naissance de moins de 3 mois, sauf COMEDEC ou naissance à l’étranger.
            si(ACTE_DE_NAISSANCE_EXIGE, ACTE_DE_NAISSANCE),
            // §4 « No such title » : « plus proof of nationality when needed ».
            si(NATIONALITE_A_PROUVER, PREUVE_NATIONALITE),
            // §4 « Renewal » : l’ancien titre, remis. (Choix) De même pour tout motif qui remplace une carte que
            // l’usager a encore en main (§3.7 : seules la perte et le vol l’en privent).
            si(motif(RENOUVELLEMENT, CHANGEMENT_ETAT_CIVIL, CHANGEMENT_ADRESSE, DETERIORATION), ANCIEN_TITRE),
            // §4 « Loss » : la déclaration de perte (cerfa 14011, au guichet) ; le timbre suit les droits (§5).
            si(motif(PERTE), DECLARATION_DE_PERTE),
            // §4 « Theft » : la déclaration de vol à la police ou à la gendarmerie ; le timbre suit les droits (§5).
            si(motif(VOL), DECLARATION_DE_VOL),
            // §4 « Change of civil status » : acte d’état civil de moins de 3 mois ou livret de famille.
            si(motif(CHANGEMENT_ETAT_CIVIL), ACTE_ETAT_CIVIL_CHANGEMENT),
            // §4 « Spouse's usage name » : acte de mariage (ou de naissance avec la mention) de moins de 3 mois.
            si(mention(EPOUX, EPOUSE), ACTE_DE_MARIAGE),
            // §4 « Divorced and keeping the ex-spouse's name » : jugement ou accord écrit.
            si(DIVORCE_GARDANT_LE_NOM, JUGEMENT_OU_ACCORD_DIVORCE),
            // §4 « Mention veuf/veuve » : acte de décès.
            si(mention(VEUF, VEUVE), ACTE_DE_DECES),
            // §4 « Both parents' names as usage name » : acte de naissance où figurent les deux. (Choix) Quand l’acte
            // de naissance est déjà demandé, il montre les deux parents : on ne le demande pas deux fois.
            si(mention(USAGE).and(ACTE_DE_NAISSANCE_EXIGE.negate()), ACTE_NAISSANCE_DEUX_PARENTS));

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
