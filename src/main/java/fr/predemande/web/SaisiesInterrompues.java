package fr.predemande.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Une saisie envoyée alors que la session a expiré n'est pas perdue : elle est gardée dans la nouvelle session, la
 * personne se reconnecte et retrouve le formulaire rempli tel qu'elle l'avait laissé. Rien n'est enregistré sans
 * qu'elle renvoie le formulaire elle-même (avec un jeton CSRF valide) : une requête forgée ne peut rien écrire.
 */
@Component
public class SaisiesInterrompues {

    static final String ATTRIBUT = SaisiesInterrompues.class.getName();
    /** Ce qu'une saisie interrompue peut occuper dans la session, au plus (en caractères) : la session vit en base. */
    static final int TAILLE_MAX = 16 * 1024;

    private final List<FormulairesRepris> formulaires;

    SaisiesInterrompues(List<FormulairesRepris> formulaires) {
        this.formulaires = List.copyOf(formulaires);
    }

    /** Ce qui était envoyé : le chemin du formulaire et ses champs (sans le jeton CSRF). */
    public record SaisieInterrompue(String chemin, HashMap<String, String[]> champs) implements Serializable {}

    /** Le point d'entrée des pages qui exigent une connexion : garde la saisie, puis va à la page de connexion. */
    public AuthenticationEntryPoint pointDEntree(String pageDeConnexion) {
        var connexion = new LoginUrlAuthenticationEntryPoint(pageDeConnexion);
        return (requete, reponse, exception) -> {
            if (garder(requete)) {
                reponse.sendRedirect(requete.getContextPath() + pageDeConnexion + "?session-expiree");
                return;
            }
            connexion.commence(requete, reponse, exception);
        };
    }

    /** Un jeton CSRF absent parce que la session a expiré : même traitement ; sinon, le refus habituel (403). */
    public AccessDeniedHandler gestionnaireDeRefus(String pageDeConnexion) {
        var refus = new AccessDeniedHandlerImpl();
        return (requete, reponse, exception) -> {
            if (anonyme() && garder(requete)) {
                reponse.sendRedirect(requete.getContextPath() + pageDeConnexion + "?session-expiree");
                return;
            }
            refus.handle(requete, reponse, exception);
        };
    }

    /** Le chemin où revenir après la connexion, s'il y a une saisie en attente. */
    public Optional<String> cheminEnAttente(HttpServletRequest requete) {
        HttpSession session = requete.getSession(false);
        return session != null && session.getAttribute(ATTRIBUT) instanceof SaisieInterrompue saisie
                ? Optional.of(saisie.chemin())
                : Optional.empty();
    }

    /** La saisie gardée pour ce formulaire, une seule fois. */
    public Optional<Map<String, String[]>> reprendre(HttpServletRequest requete) {
        HttpSession session = requete.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUT) instanceof SaisieInterrompue saisie
                && saisie.chemin().equals(requete.getRequestURI())) {
            session.removeAttribute(ATTRIBUT);
            return Optional.of(saisie.champs());
        }
        return Optional.empty();
    }

    /**
     * Garde les champs connus du formulaire envoyé (une valeur chacun, le tout borné) ; faux si ce chemin n'est pas
     * celui d'un formulaire repris ou si la saisie dépasse la borne : on ne garde rien, la personne se reconnecte.
     */
    private boolean garder(HttpServletRequest requete) throws IOException {
        String chemin = requete.getRequestURI();
        if (!"POST".equals(requete.getMethod()) || chemin.contains("..") || chemin.length() > 200) {
            return false;
        }
        var formulaire = formulaires.stream().filter(f -> chemin.startsWith(f.prefixe())).findFirst();
        if (formulaire.isEmpty()) {
            return false;
        }
        var champs = new HashMap<String, String[]>();
        int taille = chemin.length();
        for (String nom : formulaire.get().champs()) {
            String[] valeurs = requete.getParameterValues(nom);
            if (valeurs != null && valeurs.length > 0) {
                champs.put(nom, new String[] {valeurs[0]});
                taille += nom.length() + valeurs[0].length();
            }
        }
        if (taille > TAILLE_MAX) {
            return false;
        }
        requete.getSession(true).setAttribute(ATTRIBUT, new SaisieInterrompue(chemin, champs));
        return true;
    }

    private static boolean anonyme() {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        return authentification == null || authentification instanceof AnonymousAuthenticationToken;
    }

    /** Après la connexion : revenir au formulaire interrompu, sinon à la page par défaut. */
    public void rediriger(HttpServletRequest requete, HttpServletResponse reponse, String parDefaut) throws IOException {
        reponse.sendRedirect(requete.getContextPath() + cheminEnAttente(requete).orElse(parDefaut));
    }
}
