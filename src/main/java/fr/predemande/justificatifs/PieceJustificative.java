package fr.predemande.justificatifs;

/**
 * Les pièces justificatives d’une demande de personne majeure (DOMAIN §4), toujours en original sauf la copie de la
 * pièce d’identité de l’hébergeant.
 *
 * <p>L’ordre des constantes est l’ordre de présentation à l’usager : d’abord les pièces de toute demande (numéro,
 * photo, domicile), puis l’identité et la nationalité, puis les pièces du motif, puis celles du nom d’usage, et le
 * timbre en dernier. Chaque pièce a un titre et une explication dans les messages :
 * {@code justificatif.<CONSTANTE>.titre} et {@code justificatif.<CONSTANTE>.explication}.
 */
public enum PieceJustificative {
    /** Le numéro ou le QR code de la pré-demande (ou le formulaire papier). */
    NUMERO_PREDEMANDE,
    /** Photo d’identité de moins de 6 mois, aux normes. */
    PHOTO_IDENTITE,
    /** Justificatif de domicile de moins d’un an, au nom de l’usager. */
    JUSTIFICATIF_DOMICILE,
    /** Pour une personne hébergée : le justificatif de domicile de l’hébergeant, à la place du sien. */
    JUSTIFICATIF_DOMICILE_HEBERGEANT,
    /** Pour une personne hébergée : la lettre de l’hébergeant. */
    ATTESTATION_HEBERGEANT,
    /** Pour une personne hébergée : la copie de la pièce d’identité de l’hébergeant. */
    PIECE_IDENTITE_HEBERGEANT,
    /** CNI ou passeport valide ou périmé depuis moins de 5 ans : prouve l’identité et la nationalité. */
    TITRE_SECURISE,
    /** Copie intégrale ou extrait avec filiation, de moins de 3 mois. */
    ACTE_DE_NAISSANCE,
    /** Certificat de nationalité, décret, déclaration enregistrée ou possession d’état de Français. */
    PREUVE_NATIONALITE,
    /** Le titre remplacé, présenté au dépôt et remis au retrait du nouveau. */
    ANCIEN_TITRE,
    /** Déclaration de perte (cerfa 14011), remplie au guichet. */
    DECLARATION_DE_PERTE,
    /** Déclaration de vol faite à la police ou à la gendarmerie. */
    DECLARATION_DE_VOL,
    /** Acte d’état civil de moins de 3 mois ou livret de famille montrant le changement. */
    ACTE_ETAT_CIVIL_CHANGEMENT,
    /** Acte de mariage ou acte de naissance avec mention du mariage, de moins de 3 mois. */
    ACTE_DE_MARIAGE,
    /** Jugement de divorce ou accord écrit de l’ex-conjoint pour garder son nom. */
    JUGEMENT_OU_ACCORD_DIVORCE,
    /** Acte de décès du conjoint, pour la mention veuf ou veuve. */
    ACTE_DE_DECES,
    /** Acte de naissance où figurent les deux parents, pour porter le nom de l’autre parent. */
    ACTE_NAISSANCE_DEUX_PARENTS,
    /** Timbre fiscal électronique, quand un droit est dû. */
    TIMBRE_FISCAL;

    public String cleTitre() {
        return "justificatif." + name() + ".titre";
    }

    public String cleExplication() {
        return "justificatif." + name() + ".explication";
    }
}
