package fr.predemande.recueil.internal;

import fr.predemande.audit.Acteur;

/**
 * Qui cherche une pré-demande par son numéro : un agent à son poste ({@link AuPoste}), ou le logiciel de recueil d'un
 * autre éditeur par l'API ({@link ParLApi}). La recherche est la même pour les deux (lecture du numéro, dossier déjà
 * ouvert, état de la pré-demande) ; seuls changent les compteurs de la limite de débit et ce que retient le journal
 * d'audit.
 */
public sealed interface QuiCherche permits AuPoste, ParLApi {

    /** Au nom de qui le journal d'audit consigne la recherche. */
    Acteur acteur();

    /** L'adresse IP d'où vient la requête. */
    String adresse();
}
