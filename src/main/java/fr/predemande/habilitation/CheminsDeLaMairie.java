package fr.predemande.habilitation;

/** Les adresses de l'espace mairie que d'autres modules emploient (liens, redirections). */
public final class CheminsDeLaMairie {

    /** L'accueil du poste : le choix « Pré-demande » ou « Formulaire papier ». */
    public static final String ACCUEIL = "/mairie";
    public static final String CONNEXION = "/mairie/connexion";
    /** Ce que seul un administrateur de mairie ouvre (comptes des agents, journal d'audit). */
    public static final String ADMINISTRATION = "/mairie/administration";

    private CheminsDeLaMairie() {}
}
