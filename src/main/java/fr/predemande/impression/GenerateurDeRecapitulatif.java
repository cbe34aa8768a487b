package fr.predemande.impression;

/**
 * Met en page le récapitulatif d’une pré-demande : un PDF/A-2b au format A4, polices incorporées, prêt à imprimer ou
 * à montrer sur un téléphone. Sûr entre fils d’exécution.
 */
public interface GenerateurDeRecapitulatif {

    /** Le document PDF, octet par octet. */
    byte[] pdf(Recapitulatif recapitulatif);
}
