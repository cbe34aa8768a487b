package fr.predemande.compte.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.predemande.compte.UsagerConnecte;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Un usager connecté pour les tranches {@code @WebMvcTest} des autres modules : la requête porte le principal que la
 * connexion met en session ({@link ComptesUsagersJdbc.CompteAuthentifie}, rôle USAGER), si bien que
 * {@link UsagerConnecteResolver} le résout comme en production.
 */
public final class ConnexionDeTest {

    private ConnexionDeTest() {}

    public static RequestPostProcessor connecte(UsagerConnecte usager) {
        // l'empreinte n'est jamais vérifiée : la connexion elle-même n'est pas ce que ces tests éprouvent
        return user(new ComptesUsagersJdbc.CompteAuthentifie(usager, "{noop}sans-objet"));
    }
}
