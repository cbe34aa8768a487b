package fr.predemande.web;

import fr.predemande.plateforme.LimiteurDeDebit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
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
 *
 * <p>Chaque espace (usagers, mairie) a sa page de connexion et garde sa saisie sous son propre attribut de session,
 * nommé d'après cette page : un usager et un agent qui partagent un navigateur, donc une session, ne reprennent jamais
 * la saisie de l'autre, et la connexion de l'un ne mène pas au formulaire de l'autre.
 */
@Component
public class SaisiesInterrompues {

    /** Le début du nom de l'attribut de session ; la page de connexion de l'espace le complète. */
    static final String ATTRIBUT = SaisiesInterrompues.class.getName();
    /** Ce qu'une saisie interrompue peut occuper dans la session, au plus (en caractères) : la session vit en base. */
    static final int TAILLE_MAX = 16 * 1024;

    /**
     * Saisies gardées par adresse et par heure : assez pour une personne dont la session expire plusieurs fois, trop peu
     * pour qu'un robot remplisse la base de sessions anonymes.
     */
    static final int GARDEES_PAR_HEURE = 20;

    private final List<FormulairesRepris> formulaires;
    private final LimiteurDeDebit limiteur;

    SaisiesInterrompues(List<FormulairesRepris> formulaires, LimiteurDeDebit limiteur) {
        this.formulaires = List.copyOf(formulaires);
        this.limiteur = limiteur;
    }

    /** Ce qui était envoyé : le chemin du formulaire (sans le chemin de contexte) et ses champs (sans le jeton CSRF). */
    public record SaisieInterrompue(String chemin, HashMap<String, String[]> champs) implements Serializable {}

    /**
     * Le point d'entrée des pages d'un espace qui exigent une connexion : garde la saisie pour cet espace, puis va à sa
     * page de connexion.
     */
    public AuthenticationEntryPoint pointDEntree(String pageDeConnexion) {
        var connexion = new LoginUrlAuthenticationEntryPoint(pageDeConnexion);
        return (requete, reponse, exception) -> {
            if (garder(requete, pageDeConnexion)) {
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
            if (anonyme() && garder(requete, pageDeConnexion)) {
                reponse.sendRedirect(requete.getContextPath() + pageDeConnexion + "?session-expiree");
                return;
            }
            refus.handle(requete, reponse, exception);
        };
    }

    /**
     * Le chemin (sans le chemin de contexte) où revenir après la connexion à cet espace, s'il y a une saisie en attente
     * dans cet espace.
     */
    public Optional<String> cheminEnAttente(HttpServletRequest requete, String pageDeConnexion) {
        HttpSession session = requete.getSession(false);
        return session != null && session.getAttribute(attribut(pageDeConnexion)) instanceof SaisieInterrompue saisie
                ? Optional.of(saisie.chemin())
                : Optional.empty();
    }

    /**
     * La saisie gardée pour le formulaire de cette requête, une seule fois. Quel que soit l'espace qui l'a gardée :
     * les chemins des espaces sont distincts, seule la saisie envoyée à cette adresse-ci y revient.
     */
    public Optional<Map<String, String[]>> reprendre(HttpServletRequest requete) {
        HttpSession session = requete.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        String chemin = chemin(requete);
        for (String nom : Collections.list(session.getAttributeNames())) {
            if (nom.startsWith(ATTRIBUT + "@")
                    && session.getAttribute(nom) instanceof SaisieInterrompue saisie
                    && saisie.chemin().equals(chemin)) {
                session.removeAttribute(nom);
                return Optional.of(saisie.champs());
            }
        }
        return Optional.empty();
    }

    /**
     * Garde les champs connus du formulaire envoyé (une valeur chacun, le tout borné) ; faux si ce chemin n'est pas
     * celui d'un formulaire repris ou si la saisie dépasse la borne : on ne garde rien, la personne se reconnecte.
     */
    private boolean garder(HttpServletRequest requete, String pageDeConnexion) throws IOException {
        String chemin = chemin(requete);
        if (!"POST".equals(requete.getMethod()) || chemin.contains("..") || chemin.length() > 200) {
            return false;
        }
        var formulaire = formulaires.stream().filter(f -> f.reprend(chemin)).findFirst();
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
        if (taille > TAILLE_MAX
                || limiteur.consommer(
                                "saisie-interrompue:" + requete.getRemoteAddr(), GARDEES_PAR_HEURE, Duration.ofHours(1))
                        .isPresent()) {
            return false;
        }
        requete.getSession(true).setAttribute(attribut(pageDeConnexion), new SaisieInterrompue(chemin, champs));
        return true;
    }

    /** L'attribut de session d'un espace, nommé d'après sa page de connexion. */
    static String attribut(String pageDeConnexion) {
        return ATTRIBUT + "@" + pageDeConnexion;
    }

    /** Le chemin de la requête sans le chemin de contexte : celui qu'on compare et vers lequel on redirige. */
    private static String chemin(HttpServletRequest requete) {
        return requete.getRequestURI().substring(requete.getContextPath().length());
    }

    private static boolean anonyme() {
        var authentification = SecurityContextHolder.getContext().getAuthentication();
        return authentification == null || authentification instanceof AnonymousAuthenticationToken;
    }

    /** Après la connexion à cet espace : revenir au formulaire interrompu, sinon à la page par défaut. */
    public void rediriger(
            HttpServletRequest requete, HttpServletResponse reponse, String pageDeConnexion, String parDefaut)
            throws IOException {
        reponse.sendRedirect(requete.getContextPath()
                + cheminEnAttente(requete, pageDeConnexion).orElse(parDefaut));
    }
}
