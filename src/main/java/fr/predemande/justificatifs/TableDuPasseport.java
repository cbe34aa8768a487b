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
import static fr.predemande.justificatifs.Motif.ERREUR_ADMINISTRATION;
import static fr.predemande.justificatifs.Motif.PAGES_PLEINES;
import static fr.predemande.justificatifs.Motif.PERTE;
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
import static fr.predemande.justificatifs.Situation.AGE_MAXIMUM;
import static fr.predemande.justificatifs.ZoneTarifaire.GUYANE;
import static fr.predemande.justificatifs.ZoneTarifaire.MAYOTTE;
import static fr.predemande.justificatifs.ZoneTarifaire.METROPOLE_ET_DOM;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Le passeport d’une personne majeure : ses pièces (DOMAIN §4) et son droit de timbre (§5, mineurs compris). */
final class TableDuPasseport {

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
            // §4 « Renewal » : l’ancien titre, remis. (Choix) De même pour tout motif qui remplace un passeport que
            // l’usager a encore en main (§3.7 : seules la perte et le vol l’en privent), pages pleines et erreur de
            // l’administration comprises.
            si(motif(RENOUVELLEMENT, CHANGEMENT_ETAT_CIVIL, CHANGEMENT_ADRESSE, DETERIORATION, PAGES_PLEINES,
                    ERREUR_ADMINISTRATION), ANCIEN_TITRE),
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
            tarif(18, AGE_MAXIMUM, euros(86),        euros(43),    euros(86), "justificatif.droit.passeport.majeur"),
            tarif(15, 17,          euros(42),        euros(21),    euros(42), "justificatif.droit.passeport.15-17-ans"),
            tarif(0, 14,           euros(17),        euros(8, 50), euros(17), "justificatif.droit.passeport.0-14-ans"));

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

    private static Tarif tarif(int ageMinimum, int ageMaximum, Montant metropoleEtDom, Montant guyane,
            Montant mayotte, String cleMotif) {
        return new Tarif(ageMinimum, ageMaximum,
                Map.of(METROPOLE_ET_DOM, metropoleEtDom, GUYANE, guyane, MAYOTTE, mayotte), cleMotif);
    }

    /** Une ligne du tarif : une tranche d’âge (bornes comprises), un montant par zone. */
    record Tarif(int ageMinimum, int ageMaximum, Map<ZoneTarifaire, Montant> montants, String cleMotif) {

        Tarif {
            montants = Map.copyOf(montants);
            Objects.requireNonNull(cleMotif, "cleMotif");
        }
    }
}
