package fr.predemande.audit;

import java.util.Objects;
import java.util.UUID;

/**
 * Qui agit : un agent (sa mairie et son poste) ou un client d'API (le logiciel d'un éditeur).
 *
 * @param identifiant l'identifiant de connexion de l'agent, ou celui du client d'API
 * @param mairie la mairie de l'agent ({@code null} pour un client d'API ou une tentative de connexion inconnue)
 * @param poste le poste de recueil utilisé, s'il est connu
 */
public record Acteur(Type type, String identifiant, UUID mairie, String poste) {

    public enum Type {
        AGENT,
        CLIENT_API
    }

    public Acteur {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identifiant, "identifiant");
    }

    public static Acteur agent(String identifiant, UUID mairie, String poste) {
        return new Acteur(Type.AGENT, identifiant, mairie, poste);
    }

    public static Acteur clientApi(String identifiant) {
        return new Acteur(Type.CLIENT_API, identifiant, null, null);
    }
}
