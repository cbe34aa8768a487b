package fr.predemande.habilitation;

/** Ce qu'un compte de mairie peut faire. */
public enum RoleAgent {
    /** Recueillir les demandes au poste : retrouver, contrôler, corriger, numériser, transmettre. */
    AGENT,
    /** Créer les comptes des agents de sa mairie et lire le journal d'audit de sa mairie. */
    ADMINISTRATEUR
}
