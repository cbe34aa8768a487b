package fr.predemande.web;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * L'adresse publique du service, pour les liens envoyés par courriel et le QR code du récapitulatif. Lue à chaque
 * usage : par défaut elle dépend du port réellement ouvert ({@code local.server.port}), connu seulement une fois le
 * serveur démarré.
 */
@Component
public class UrlPublique {

    private final Environment environnement;

    UrlPublique(Environment environnement) {
        this.environnement = environnement;
    }

    /** L'URL absolue d'un chemin du service, par exemple {@code /compte/activation?jeton=…}. */
    public String de(String chemin) {
        String base = environnement.getRequiredProperty("predemande.url-publique");
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + (chemin.startsWith("/") ? chemin : "/" + chemin);
    }
}
