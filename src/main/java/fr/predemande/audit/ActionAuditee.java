package fr.predemande.audit;

/** Ce qu'un agent ou un client d'API a fait d'une donnée personnelle, ou tenté de faire. */
public enum ActionAuditee {
    CONNEXION_REUSSIE,
    CONNEXION_ECHOUEE,
    COMPTE_VERROUILLE,
    /** Recherche d'une pré-demande par son numéro : trouvée. */
    RECHERCHE_TROUVEE,
    /** Recherche d'une pré-demande : numéro inconnu, expiré, déjà utilisé, mal saisi. */
    RECHERCHE_SANS_RESULTAT,
    /** Recherche refusée : limite de débit atteinte. */
    RECHERCHE_REFUSEE,
    CONSULTATION_DOSSIER,
    CREATION_DOSSIER,
    CORRECTION,
    CONTROLE_PIECE,
    DEPOT_PIECE,
    TELECHARGEMENT_PIECE,
    ETAPE_DU_RECUEIL,
    IMPRESSION_RECEPISSE,
    TRANSMISSION,
    CONSOMMATION_API,
    CREATION_AGENT,
    CONSULTATION_JOURNAL
}
