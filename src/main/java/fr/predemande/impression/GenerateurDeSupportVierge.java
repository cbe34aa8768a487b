package fr.predemande.impression;

/**
 * Met en page le support vierge (« support supplémentaire ») : pour l’usager venu en mairie sans son récapitulatif
 * imprimé, une page A4 en PDF/A-2b que l’agent imprime au rendez-vous. Elle porte le numéro de la pré-demande en grand,
 * son QR code, et les mêmes cadres que le récapitulatif (photo d’identité 35 × 45 mm, timbres papier, signature), aux
 * mêmes mesures. Sûr entre fils d’exécution.
 */
public interface GenerateurDeSupportVierge {

    /** Le document PDF, octet par octet. */
    byte[] supportVierge(NumeroEtQr numeroEtQr);
}
