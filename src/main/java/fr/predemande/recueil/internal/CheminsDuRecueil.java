package fr.predemande.recueil.internal;

import fr.predemande.recueil.NumeroDeDemande;

/** Les adresses des pages du poste de recueil (sous /mairie, derrière la chaîne de sécurité de la mairie). */
final class CheminsDuRecueil {

    static final String RECHERCHE = "/mairie/recueil";
    static final String PAPIER = "/mairie/recueil/papier";
    static final String DOSSIERS = "/mairie/dossiers";
    static final String DOSSIER = DOSSIERS + "/{numero}";

    private CheminsDuRecueil() {}

    static String dossier(NumeroDeDemande numero) {
        return DOSSIERS + "/" + numero.valeur();
    }

    static String redirection(String chemin) {
        return "redirect:" + chemin;
    }
}
