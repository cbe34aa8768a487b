package fr.predemande.justificatifs;

/** Le titre demandé (DOMAIN §3.1) : une pré-demande peut couvrir les deux titres à la fois. */
public enum TypeDeTitre {
    CNI,
    PASSEPORT,
    CNI_ET_PASSEPORT;

    public boolean inclutCni() {
        return this != PASSEPORT;
    }

    public boolean inclutPasseport() {
        return this != CNI;
    }
}
