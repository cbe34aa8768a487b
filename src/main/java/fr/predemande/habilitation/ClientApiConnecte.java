package fr.predemande.habilitation;

import java.io.Serializable;
import java.util.Set;

/**
 * Un logiciel d'éditeur authentifié sur l'API ({@code /api/**}) par ses identifiants de client, avec ses portées
 * (par exemple {@value #PORTEE_RECUEIL}).
 */
public record ClientApiConnecte(String identifiant, String nom, Set<String> portees) implements Serializable {

    /** Retrouver une pré-demande par son numéro et la marquer utilisée, comme un poste de recueil. */
    public static final String PORTEE_RECUEIL = "recueil";

    public ClientApiConnecte {
        portees = Set.copyOf(portees);
    }
}
