package fr.predemande.stockage;

/**
 * Un document que le magasin refuse de rendre : jamais des octets douteux à sa place. Le message, en français, nomme le
 * document et la clé maîtresse en cause (son identifiant, jamais sa valeur), pour que l'exploitant sache quoi remettre
 * dans la configuration.
 */
public class DocumentIllisible extends IllegalStateException {

    /** Ce qui empêche la lecture ; l'exploitant ne répare pas de la même façon une clé perdue et un fichier altéré. */
    public enum Raison {
        /** La clé maîtresse qui a chiffré le document n'est pas (ou plus) dans la configuration. */
        CLE_MAITRESSE_ABSENTE,
        /** Une clé porte bien cet identifiant, mais ce n'est pas celle qui a chiffré le document. */
        CLE_MAITRESSE_INCORRECTE,
        /** L'objet est chiffré, mais la base ne dit pas sous quelle clé (référence absente ou vidée). */
        CLE_DU_DOCUMENT_INCONNUE,
        /** Le contenu a changé depuis le dépôt : authentification AES-GCM ou empreinte SHA-256 refusée. */
        ALTERE
    }

    private final Raison raison;
    private final String document;
    private final String cleMaitresse;

    /**
     * @param document la clé du document dans le magasin
     * @param cleMaitresse l'identifiant de la clé maîtresse en cause, ou {@code null}
     */
    public DocumentIllisible(Raison raison, String document, String cleMaitresse, String message, Throwable cause) {
        super(message, cause);
        this.raison = raison;
        this.document = document;
        this.cleMaitresse = cleMaitresse;
    }

    public Raison raison() {
        return raison;
    }

    public String document() {
        return document;
    }

    /** L'identifiant de la clé maîtresse en cause, ou {@code null} quand aucune ne l'est. */
    public String cleMaitresse() {
        return cleMaitresse;
    }
}
