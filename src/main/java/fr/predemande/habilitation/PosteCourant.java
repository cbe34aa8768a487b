package fr.predemande.habilitation;

import fr.predemande.audit.Acteur;
import fr.predemande.referentiel.PosteDeRecueil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Le poste de recueil où travaille l'agent connecté : choisi sur l'accueil de l'espace mairie quand sa mairie en a
 * plusieurs, pris d'office quand elle n'en a qu'un, gardé dans la session jusqu'à la déconnexion.
 *
 * <p>Dans une page de {@code /mairie/**} : un paramètre {@code PosteDeRecueil poste} reçoit ce poste ({@code null}
 * s'il n'est pas encore choisi), ou bien {@code PosteCourant.de(requete)}. Une page qui en a besoin et n'en a pas
 * renvoie à {@link CheminsDeLaMairie#ACCUEIL}, où l'agent le choisit.
 */
public final class PosteCourant {

    /** L'attribut de session qui le porte (un {@link PosteDeRecueil}). */
    public static final String ATTRIBUT = PosteCourant.class.getName();

    private PosteCourant() {}

    public static Optional<PosteDeRecueil> de(HttpServletRequest requete) {
        HttpSession session = requete.getSession(false);
        return session != null && session.getAttribute(ATTRIBUT) instanceof PosteDeRecueil poste
                ? Optional.of(poste)
                : Optional.empty();
    }

    /** Qui agit, pour le journal d'audit : l'agent, sa mairie et son poste s'il est choisi. */
    public static Acteur acteur(AgentConnecte agent, HttpServletRequest requete) {
        return Acteur.agent(
                agent.identifiant(),
                agent.mairie().id(),
                de(requete).map(PosteDeRecueil::libelle).orElse(null));
    }
}
