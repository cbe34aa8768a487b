package fr.predemande.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * En-têtes de sécurité communs à toutes les chaînes de sécurité (usagers, mairie, instruction) : une seule politique
 * de contenu, sans script en ligne.
 */
public final class SecuriteDesPages {

    /**
     * Scripts du seul domaine ; les styles en ligne restent permis car le DSFR et le widget anti-robot en posent ; le
     * calcul anti-robot tourne dans un worker créé depuis un blob.
     */
    public static final String POLITIQUE_DE_CONTENU = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private SecuriteDesPages() {}

    public static void appliquer(HttpSecurity http) throws Exception {
        http.headers(entetes -> entetes.contentSecurityPolicy(csp -> csp.policyDirectives(POLITIQUE_DE_CONTENU))
                // les liens à usage unique sont dans l'URL : ne jamais les transmettre à un autre site
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(self), microphone=(), geolocation=()")));
    }
}
