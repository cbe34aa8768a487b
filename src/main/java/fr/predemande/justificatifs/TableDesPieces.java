package fr.predemande.justificatifs;

import static fr.predemande.justificatifs.Conditions.ACTE_DE_NAISSANCE_EXIGE;
import static fr.predemande.justificatifs.Conditions.ANCIEN_TITRE_REMIS;
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
import static fr.predemande.justificatifs.Motif.CHANGEMENT_ETAT_CIVIL;
import static fr.predemande.justificatifs.Motif.PERTE;
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

import java.util.List;

/**
 * Les pièces d’une personne majeure (DOMAIN §4), les mêmes pour la carte et pour le passeport : DOMAIN ne les
 * distingue pas, et les motifs propres au passeport (pages pleines, erreur de l’administration) n’arrivent qu’avec un
 * passeport. Une ligne par règle, dans l’ordre de §4 ; seuls les droits de timbre diffèrent d’un titre à l’autre
 * ({@code TableDeLaCni}, {@code TableDuPasseport}).
 */
final class TableDesPieces {

    /** Condition → pièces, dans l’ordre de DOMAIN §4. */
    static final List<Ligne> PIECES = List.of(
            // §4 « Always » : le numéro de pré-demande (ou le formulaire papier) et une photo d’identité.
            si(TOUJOURS, NUMERO_PREDEMANDE, PHOTO_IDENTITE),
            // §4 « Always » : un justificatif de domicile de moins d’un an...
            si(NON_HEBERGE, JUSTIFICATIF_DOMICILE),
            // ... §4 « Hosted person » : « host's ID copy + host's letter + host's proof of address ». (Choix) Le
            // justificatif de l’hébergeant tient lieu de celui de l’usager, qui n’en a pas à son nom.
            si(HEBERGE, JUSTIFICATIF_DOMICILE_HEBERGEANT, ATTESTATION_HEBERGEANT, PIECE_IDENTITE_HEBERGEANT),
            // §4 « Holds a CNI or passport valid or expired for less than 5 years » : il prouve identité et
            // nationalité.
            // (Choix) Quand l’ancien titre est remis, c’est lui qu’on présente : une seule ligne, celle de l’ancien
            // titre, dont le texte dit qu’il vaut aussi preuve d’identité (une pièce par document à apporter).
            si(TITRE_SECURISE_PRESENTE.and(ANCIEN_TITRE_REMIS.negate()), TITRE_SECURISE),
            // §4 « No such title » : acte de naissance de moins de 3 mois, sauf COMEDEC ou naissance à l’étranger.
            si(ACTE_DE_NAISSANCE_EXIGE, ACTE_DE_NAISSANCE),
            // §4 « No such title » : « plus proof of nationality when needed ».
            si(NATIONALITE_A_PROUVER, PREUVE_NATIONALITE),
            // §4 « Renewal » : l’ancien titre, remis (voir ANCIEN_TITRE_REMIS).
            si(ANCIEN_TITRE_REMIS, ANCIEN_TITRE),
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

    private TableDesPieces() {}
}
