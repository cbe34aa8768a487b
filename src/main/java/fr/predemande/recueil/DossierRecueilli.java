package fr.predemande.recueil;

import fr.predemande.demande.Declaration;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.Section;
import fr.predemande.justificatifs.Montant;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.stockage.DocumentStocke;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Un dossier tel que la mairie l'a recueilli : ce que la personne a déclaré, ce que l'agent a retenu après ses
 * corrections (l'un et l'autre, et chaque correction), le contrôle des pièces, les numérisations, les empreintes, la
 * photo et les timbres. L'instruction le lit ainsi, par son numéro.
 *
 * @param numeroPreDemande la pré-demande d'origine, {@code null} pour un formulaire papier
 * @param empreintes {@code null} tant que l'étape n'est pas faite
 */
public record DossierRecueilli(
        UUID id,
        NumeroDeDemande numero,
        UUID mairie,
        String codeDepartement,
        StatutDossier statut,
        Origine origine,
        NumeroPreDemande numeroPreDemande,
        Declaration declaree,
        Declaration retenue,
        List<Correction> corrections,
        List<ControleDePiece> controles,
        List<Numerisation> numerisations,
        Empreintes empreintes,
        boolean photoVerifiee,
        List<TimbreFiscal> timbres,
        Instant creeLe,
        Instant transmisLe) {

    public DossierRecueilli {
        corrections = List.copyOf(corrections);
        controles = List.copyOf(controles);
        numerisations = List.copyOf(numerisations);
        timbres = List.copyOf(timbres);
    }

    /** D'où vient la déclaration. */
    public enum Origine {
        PRE_DEMANDE,
        FORMULAIRE_PAPIER
    }

    /** Une réponse corrigée par l'agent, telle qu'on la montre avant et après. */
    public record Correction(
            Section section,
            String champ,
            String libelle,
            String valeurDeclaree,
            String valeurCorrigee,
            String par,
            Instant le) {}

    /** Le contrôle d'une pièce de la liste : vue et conforme, ou non conforme avec la raison. */
    public record ControleDePiece(PieceJustificative piece, boolean conforme, String motif, String par, Instant le) {}

    /**
     * Un document numérisé au poste : une pièce de la liste, le récapitulatif où la photo et les timbres sont collés, ou
     * le récépissé signé.
     */
    public record Numerisation(
            UUID id,
            ObjetNumerise objet,
            String nomFichier,
            DocumentStocke document,
            int pages,
            String par,
            Instant le) {}

    /** Ce qu'un document numérisé représente : une pièce justificative, ou l'un des deux documents du dépôt. */
    public record ObjetNumerise(PieceJustificative piece, DocumentDuDepot document) {

        public static ObjetNumerise piece(PieceJustificative piece) {
            return new ObjetNumerise(piece, null);
        }

        public static ObjetNumerise document(DocumentDuDepot document) {
            return new ObjetNumerise(null, document);
        }

        /** Sa forme enregistrée : le nom de la pièce ou du document. */
        public String code() {
            return piece != null ? piece.name() : document.name();
        }

        public static ObjetNumerise lire(String code) {
            for (DocumentDuDepot d : DocumentDuDepot.values()) {
                if (d.name().equals(code)) {
                    return document(d);
                }
            }
            return piece(PieceJustificative.valueOf(code));
        }
    }

    /** Les documents du dépôt lui-même. */
    public enum DocumentDuDepot {
        /** Le récapitulatif, avec la photo et les timbres collés. */
        RECAPITULATIF,
        /** Le récépissé signé par la personne. */
        RECEPISSE_SIGNE
    }

    /** L'étape des empreintes (DOMAIN §6.3) : prises, ou non, et pourquoi. */
    public record Empreintes(ReleveDesEmpreintes releve, String motif, String par, Instant le) {}

    /** Empreintes prises, ou exemptées : moins de 12 ans, ou impossibles à prendre. */
    public enum ReleveDesEmpreintes {
        PRISES,
        EXEMPTEES_MOINS_DE_12_ANS,
        IMPOSSIBLES
    }

    /** Un timbre fiscal électronique : son numéro à 16 chiffres et son montant. */
    public record TimbreFiscal(String numero, Montant montant, String par, Instant le) {}
}
