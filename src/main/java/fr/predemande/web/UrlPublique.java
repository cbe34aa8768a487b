package fr.predemande.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** L'adresse publique du service, pour les liens envoyés par courriel (et plus tard le QR code). */
@Component
public class UrlPublique {

    private final String base;

    UrlPublique(@Value("${predemande.url-publique}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** L'URL absolue d'un chemin du service, par exemple {@code /compte/activation?jeton=…}. */
    public String de(String chemin) {
        return base + (chemin.startsWith("/") ? chemin : "/" + chemin);
    }
}
