package fr.predemande.justificatifs;

/**
 * Où l’acte de naissance est tenu, du point de vue des pièces (DOMAIN §4) : une commune reliée à COMEDEC ou le
 * service central d’état civil (naissance à l’étranger) transmettent l’acte eux-mêmes ; les autres communes non.
 */
public enum LieuDeNaissance {
    FRANCE_COMMUNE_COMEDEC,
    FRANCE_COMMUNE_NON_COMEDEC,
    ETRANGER
}
