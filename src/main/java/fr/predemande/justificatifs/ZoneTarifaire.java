package fr.predemande.justificatifs;

/**
 * Les colonnes du tarif du timbre (DOMAIN §5). La métropole, la Guadeloupe, la Martinique et La Réunion paient le même
 * tarif ; la Guyane paie moitié prix pour le passeport ; Mayotte paie le tarif métropolitain. L’étranger, plus cher,
 * est hors périmètre.
 */
public enum ZoneTarifaire {
    METROPOLE_ET_DOM,
    GUYANE,
    MAYOTTE;

    /**
     * La zone d’un département, d’après son code INSEE : « 973 » pour la Guyane, « 976 » pour Mayotte, tout le reste (y
     * compris {@code null}) en métropole et DOM.
     */
    public static ZoneTarifaire duDepartement(String codeDepartement) {
        if (codeDepartement == null) {
            return METROPOLE_ET_DOM;
        }
        return switch (codeDepartement.strip()) {
            case "973" -> GUYANE;
            case "976" -> MAYOTTE;
            default -> METROPOLE_ET_DOM;
        };
    }
}
