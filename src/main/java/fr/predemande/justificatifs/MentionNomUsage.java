package fr.predemande.justificatifs;

/** La mention qui accompagne le nom d’usage (DOMAIN §3.2). */
public enum MentionNomUsage {
    /** Nom de l’épouse, ou les deux noms joints. */
    EPOUX,
    /** Nom de l’époux, ou les deux noms joints. */
    EPOUSE,
    /** Nom de l’épouse décédée (pas après un remariage). */
    VEUF,
    /** Nom de l’époux décédé (pas après un remariage). */
    VEUVE,
    /** Nom du parent qui n’a pas transmis le sien, seul ou joint au nom de naissance. */
    USAGE;

    /** Nom d’usage venu d’un mariage : seul un tel nom peut être gardé après un divorce. */
    public boolean vientDUnMariage() {
        return this == EPOUX || this == EPOUSE;
    }
}
