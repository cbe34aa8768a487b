package fr.predemande.recueil.internal;

import fr.predemande.audit.Acteur;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.referentiel.PosteDeRecueil;

/**
 * Qui agit au poste : l'agent connecté, le poste de recueil qu'il a choisi (s'il est connu) et l'adresse d'où vient la
 * requête — ce que le journal d'audit et la limite de débit retiennent.
 */
record AuPoste(AgentConnecte agent, PosteDeRecueil poste, String adresse) implements QuiCherche {

    @Override
    public Acteur acteur() {
        return Acteur.agent(agent.identifiant(), agent.mairie().id(), poste == null ? null : poste.libelle());
    }

    /** La clé du poste pour la limite de débit : le poste s'il est connu, sinon la mairie. */
    String cleDuPoste() {
        return poste != null
                ? poste.id().toString()
                : "mairie-" + agent.mairie().id();
    }
}
