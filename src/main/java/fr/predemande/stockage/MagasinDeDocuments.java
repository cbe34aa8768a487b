package fr.predemande.stockage;

/** Dépôt et lecture de documents ; l'empreinte est vérifiée à chaque lecture. */
public interface MagasinDeDocuments {

    /**
     * Dépose un document sous une clé neuve ({@code prefixe/…}). Le contenu est écrit avant que la référence soit
     * enregistrée : une transaction annulée laisse au pire un fichier orphelin, jamais une référence sans contenu.
     */
    DocumentStocke deposer(String prefixe, byte[] contenu, String typeMedia);

    /** Le contenu d'un document ; une exception si son empreinte ne correspond plus (altération). */
    byte[] lire(DocumentStocke document);
}
