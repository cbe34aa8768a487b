package fr.predemande.justificatifs;

/**
 * Le motif de la demande (DOMAIN §3.1). Il est choisi en premier et décide des questions qui suivent.
 */
public enum Motif {
    PREMIERE_DEMANDE,
    /** Titre périmé ou qui va l’être. */
    RENOUVELLEMENT,
    PERTE,
    VOL,
    /** Changement de nom, de nom d’usage ou de prénoms. */
    CHANGEMENT_ETAT_CIVIL,
    CHANGEMENT_ADRESSE,
    DETERIORATION,
    /** Plus de page libre pour les visas : passeport seulement. */
    PAGES_PLEINES,
    /** Erreur de l’administration sur le titre : passeport seulement. */
    ERREUR_ADMINISTRATION;

    /** DOMAIN §3.1 : « passport only: PAGES_PLEINES, ERREUR_ADMINISTRATION ». */
    public boolean passeportSeulement() {
        return this == PAGES_PLEINES || this == ERREUR_ADMINISTRATION;
    }

    /** DOMAIN §3.7 : tous les motifs sauf la première demande remplacent un ancien titre, à décrire. */
    public boolean exigeAncienTitre() {
        return this != PREMIERE_DEMANDE;
    }

    /** DOMAIN §3.7 : après une perte ou un vol, l’usager ne peut pas présenter son titre. */
    public boolean titrePerdu() {
        return this == PERTE || this == VOL;
    }

    /**
     * Le motif peut-il accompagner ce titre ? Un motif « passeport seulement » ne vaut que pour une demande de passeport
     * seul : une demande CNI et passeport n’a qu’un motif, qui doit aussi avoir un sens pour la carte.
     */
    public boolean permisPour(TypeDeTitre titre) {
        return !passeportSeulement() || titre == TypeDeTitre.PASSEPORT;
    }
}
