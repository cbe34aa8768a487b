package fr.predemande.habilitation;

/** Les adresses de l'espace mairie que d'autres modules emploient (liens, redirections). */
public final class CheminsDeLaMairie {

    /** L'accueil du poste : le choix « Pré-demande » ou « Formulaire papier », et du poste de recueil. */
    public static final String ACCUEIL = "/mairie";

    public static final String CONNEXION = "/mairie/connexion";
    /** Formulaire (POST) de déconnexion de l'agent. */
    public static final String DECONNEXION = "/mairie/deconnexion";
    /** Première connexion d'un agent : son application d'authentification et son mot de passe. */
    public static final String ENROLEMENT = "/mairie/enrolement";
    /** Ce que seul un administrateur de mairie ouvre (comptes des agents, journal d'audit). */
    public static final String ADMINISTRATION = "/mairie/administration";

    public static final String AGENTS = ADMINISTRATION + "/agents";
    /** Le journal d'audit de la mairie de l'administrateur, et la vérification de sa chaîne (POST). */
    public static final String JOURNAL = ADMINISTRATION + "/journal";

    public static final String VERIFICATION_DU_JOURNAL = JOURNAL + "/verification";
    /** Les deux parcours du recueil, construits par le module recueil. */
    public static final String RECUEIL = "/mairie/recueil";

    public static final String RECUEIL_PAPIER = "/mairie/recueil/papier";

    private CheminsDeLaMairie() {}
}
