package fr.predemande.recueil.internal;

import fr.predemande.audit.Acteur;
import fr.predemande.habilitation.ClientApiConnecte;
import java.util.Objects;

/**
 * Le logiciel d'un éditeur qui cherche ou consomme une pré-demande par l'API ({@code /api/v1/pre-demandes/**}) : sa
 * limite de débit est celle de son client, et le journal d'audit le nomme par l'identifiant de ce client.
 *
 * @param adresse l'adresse IP d'où vient la requête
 */
public record ParLApi(ClientApiConnecte client, String adresse) implements QuiCherche {

    public ParLApi {
        Objects.requireNonNull(client, "client");
    }

    @Override
    public Acteur acteur() {
        return Acteur.clientApi(client.identifiant());
    }

    /** La clé de la limite de débit : une par client, quel que soit le nombre de postes qu'il sert. */
    String cleDeLimite() {
        return "recueil-client-api:" + client.identifiant();
    }
}
