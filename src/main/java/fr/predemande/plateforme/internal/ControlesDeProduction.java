package fr.predemande.plateforme.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Ce que le profil {@code prod} exige avant de démarrer, vérifié en une fois : l'exploitant lit dans un seul message
 * tout ce qui lui manque, au lieu de le découvrir réglage après réglage en redémarrant.
 *
 * <p>Appelé par {@link DemarrageDeLaBase}, avant la création de tout bean (sinon la source de données échouerait la
 * première, avec un message moins clair) ; c'est pourquoi les réglages des autres modules sont lus ici par leur nom,
 * dans l'environnement, et non par leurs records de réglages.
 */
final class ControlesDeProduction {

    /** Une exigence : ce qui manque, dit à l'exploitant, et les variables d'environnement qui y répondent. */
    private record Exigence(String quoi, String variables, Predicate<PropertyResolver> satisfaite) {}

    private static final List<Exigence> EXIGENCES = List.of(
            new Exigence(
                    "une base PostgreSQL externe",
                    "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME et SPRING_DATASOURCE_PASSWORD",
                    reglages -> renseigne(reglages, "spring.datasource.url")),
            new Exigence(
                    "un serveur SMTP",
                    "SPRING_MAIL_HOST (et SPRING_MAIL_PORT, SPRING_MAIL_USERNAME…)",
                    reglages -> active(reglages, "spring.mail.host")),
            new Exigence(
                    "un serveur SMPP pour les SMS",
                    "PREDEMANDE_SMS_SMPP_HOTE, PREDEMANDE_SMS_SMPP_IDENTIFIANT et PREDEMANDE_SMS_SMPP_MOT_DE_PASSE",
                    reglages -> active(reglages, "predemande.sms.smpp.hote")
                            && renseigne(reglages, "predemande.sms.smpp.identifiant")),
            new Exigence(
                    "une clé anti-robot commune à tous les nœuds",
                    "PREDEMANDE_ANTIROBOT_CLE_HMAC",
                    reglages -> renseigne(reglages, "predemande.antirobot.cle-hmac")),
            // sans elle, chaque nœud générerait sa propre clé locale (développement) : documents illisibles ailleurs,
            // et perdus avec le disque du nœud
            new Exigence(
                    "une clé maîtresse de chiffrement des documents, commune à tous les nœuds",
                    "PREDEMANDE_STOCKAGE_CHIFFREMENT_CLES (identifiant:clé, la clé par « openssl rand -base64 32 »)",
                    reglages -> renseigne(reglages, "predemande.stockage.chiffrement.cles")
                            || renseigne(reglages, "predemande.stockage.chiffrement.cles[0]")),
            // les liens des courriels et le QR code du récapitulatif mènent là ; le cookie de session y est « secure »
            new Exigence(
                    "l'adresse publique du service, en https",
                    "PREDEMANDE_URL_PUBLIQUE (par exemple https://predemande.example.fr)",
                    ControlesDeProduction::adressePubliqueEnHttps),
            // les métriques et la santé détaillée ne sont pas publiques : application-prod.yml les met sur le port 8081
            new Exigence(
                    "les sondes (/actuator) sur un autre port que l'application",
                    "MANAGEMENT_SERVER_PORT (8081 par défaut), différent de SERVER_PORT",
                    ControlesDeProduction::sondesSurUnPortAPart));

    private ControlesDeProduction() {}

    /** @throws IllegalStateException qui nomme toutes les exigences non satisfaites */
    static void verifier(PropertyResolver reglages) {
        List<String> manques = new ArrayList<>();
        for (Exigence exigence : EXIGENCES) {
            if (!exigence.satisfaite().test(reglages)) {
                manques.add("  - " + exigence.quoi() + " : définissez " + exigence.variables());
            }
        }
        if (!manques.isEmpty()) {
            throw new IllegalStateException(
                    "Le profil prod refuse de démarrer, il lui manque :\n" + String.join("\n", manques));
        }
    }

    private static boolean renseigne(PropertyResolver reglages, String cle) {
        return StringUtils.hasText(reglages.getProperty(cle));
    }

    /** Comme {@code @ConditionalOnProperty} qui choisit l'envoi : présent et pas {@code false}, et pas vide non plus. */
    private static boolean active(PropertyResolver reglages, String cle) {
        return renseigne(reglages, cle)
                && !"false".equalsIgnoreCase(reglages.getProperty(cle).trim());
    }

    private static boolean sondesSurUnPortAPart(PropertyResolver reglages) {
        String sondes = reglages.getProperty("management.server.port", "").trim();
        String application = reglages.getProperty("server.port", "8080").trim();
        // -1 coupe les sondes HTTP : l'orchestrateur n'aurait plus de quoi savoir si l'application est prête ; 0 est un
        // port libre choisi au démarrage, forcément un autre que celui de l'application
        return StringUtils.hasText(sondes)
                && !sondes.equals("-1")
                && (sondes.equals("0") || !sondes.equals(application));
    }

    private static boolean adressePubliqueEnHttps(PropertyResolver reglages) {
        try {
            // la valeur par défaut (http://localhost:${local.server.port…}) ne passe pas : elle n'est qu'en http
            URI adresse = URI.create(
                    reglages.getProperty("predemande.url-publique", "").trim());
            return "https".equalsIgnoreCase(adresse.getScheme()) && StringUtils.hasText(adresse.getHost());
        } catch (IllegalArgumentException e) {
            // adresse mal formée, ou qui renvoie à un réglage absent
            return false;
        }
    }
}
