package fr.predemande.compte.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Ce que la connexion retient de la requête, hors identifiant et mot de passe : l'adresse d'où elle vient (celle du
 * client derrière le proxy, {@code server.forward-headers-strategy}) et les cookies d'appareil qu'elle porte.
 *
 * <p>Spring Security garde ces détails avec la connexion (dans la session, en base) et avec le dernier échec : seule
 * l'adresse y va, comme avant avec {@code WebAuthenticationDetails} ; les cookies, non ({@code transient}).
 */
final class DetailsDeConnexion implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Quand la requête n'a rien dit (n'arrive pas par le formulaire) : une seule adresse « inconnue » partagée. */
    static final DetailsDeConnexion INCONNUS = new DetailsDeConnexion("inconnue", Map.of());

    private static final Pattern IPV6_LITTERALE = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[0-9A-Za-z_.-]{1,32})?");

    /** Un navigateur n'envoie pas des dizaines de cookies d'appareil : au-delà, le reste est ignoré. */
    private static final int COOKIES_LUS_AU_PLUS = 20;

    private final String adresse;
    private final transient Map<String, String> cookiesDAppareil;

    /**
     * @param adresse l'adresse réduite à ce qui désigne un abonné : IPv4 entière, IPv6 à son préfixe /64 (un abonné en
     *     a des milliards d'autres dans le même /64 : changer d'adresse ne doit pas remettre le frein à zéro)
     * @param cookiesDAppareil les cookies {@value AppareilsDeConfiance#PREFIXE}…, par nom
     */
    DetailsDeConnexion(String adresse, Map<String, String> cookiesDAppareil) {
        this.adresse = adresse;
        this.cookiesDAppareil = Map.copyOf(cookiesDAppareil);
    }

    String adresse() {
        return adresse;
    }

    /** Vides une fois relus de la session : ils ne servent qu'à l'essai de connexion lui-même. */
    Map<String, String> cookiesDAppareil() {
        return cookiesDAppareil == null ? Map.of() : cookiesDAppareil;
    }

    @Override
    public String toString() {
        return "DetailsDeConnexion[adresse=" + adresse + "]";
    }

    static final AuthenticationDetailsSource<HttpServletRequest, DetailsDeConnexion> SOURCE = requete -> {
        Map<String, String> cookies = new HashMap<>();
        Cookie[] recus = requete.getCookies();
        if (recus != null) {
            Arrays.stream(recus)
                    .filter(cookie -> cookie.getName().startsWith(AppareilsDeConfiance.PREFIXE))
                    .limit(COOKIES_LUS_AU_PLUS)
                    .forEach(cookie -> cookies.putIfAbsent(cookie.getName(), cookie.getValue()));
        }
        return new DetailsDeConnexion(adresse(requete.getRemoteAddr()), cookies);
    };

    /** L'adresse telle que le frein la compte : IPv4 telle quelle, IPv6 à son /64. */
    static String adresse(String distante) {
        if (distante == null || distante.isBlank()) {
            return INCONNUS.adresse();
        }
        // une adresse littérale seulement (jamais de résolution DNS) : c'est ce que donne le conteneur de servlets
        if (distante.indexOf(':') < 0) {
            return distante.length() > 64 ? distante.substring(0, 64) : distante;
        }
        if (!IPV6_LITTERALE.matcher(distante).matches()) {
            return distante.length() > 64 ? distante.substring(0, 64) : distante;
        }
        try {
            InetAddress ip = InetAddress.getByName(distante);
            if (ip instanceof Inet6Address) {
                byte[] octets = ip.getAddress();
                var hexa = HexFormat.of();
                StringBuilder prefixe = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefixe.append(hexa.toHexDigits(octets[i]))
                            .append(hexa.toHexDigits(octets[i + 1]))
                            .append(':');
                }
                return prefixe.append(":/64").toString();
            }
            // IPv4 écrite en IPv6 (::ffff:a.b.c.d) : la même que l'IPv4
            return ip.getHostAddress();
        } catch (UnknownHostException e) {
            return distante.length() > 64 ? distante.substring(0, 64) : distante;
        }
    }
}
