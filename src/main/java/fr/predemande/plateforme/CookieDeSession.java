package fr.predemande.plateforme;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Ce qu'une page servie sans session ({@link CheminsSansSession}) peut savoir de celle du visiteur sans la charger :
 * si son navigateur en présente une. Une telle page renvoie alors vers une page qui la lit.
 */
public interface CookieDeSession {

    /** Vrai si la requête porte un cookie de session, encore valable ou non : rien n'est lu en base. */
    boolean present(HttpServletRequest requete);
}
