package fr.predemande.stockage;

/**
 * Dépôt et lecture de documents, chiffrés au repos ; l'authenticité et l'empreinte sont vérifiées à chaque lecture.
 */
public interface MagasinDeDocuments {

    /**
     * Dépose un document sous une clé neuve ({@code prefixe/…}). Le contenu est écrit avant que la référence soit
     * enregistrée : une transaction annulée laisse au pire un fichier orphelin, jamais une référence sans contenu.
     * L'empreinte rendue est celle du contenu en clair.
     */
    DocumentStocke deposer(String prefixe, byte[] contenu, String typeMedia);

    /**
     * Le contenu d'un document, en clair.
     *
     * @throws DocumentIllisible si sa clé maîtresse manque ou n'est pas la bonne, ou s'il a été altéré
     */
    byte[] lire(DocumentStocke document);
}
