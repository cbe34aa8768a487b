package fr.predemande.justificatifs;

/** Comment la nationalité française a été acquise (DOMAIN §3.4). */
public enum AcquisitionNationalite {
    /** Un parent au moins est français. */
    FILIATION,
    /** Double droit du sol : né en France d’un parent lui-même né en France. */
    NAISSANCE_EN_FRANCE,
    /** Par exemple par mariage. */
    DECLARATION,
    NATURALISATION,
    REINTEGRATION,
    AUTRE
}
