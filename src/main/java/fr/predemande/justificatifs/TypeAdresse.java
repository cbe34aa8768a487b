package fr.predemande.justificatifs;

/** Le type d’adresse du titulaire (DOMAIN §3.5). */
public enum TypeAdresse {
    DOMICILE,
    /** Hébergé chez un tiers. */
    HEBERGE,
    HOTEL,
    /** Résidence mobile, avec une commune de rattachement. */
    RESIDENCE_MOBILE,
    /** Élection de domicile auprès d’un CCAS ou d’un organisme agréé. */
    ELECTION_DOMICILE
}
