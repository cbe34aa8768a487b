package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.ClientApiConnecte;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Les clients de l'API et leur authentification (HTTP Basic : identifiant et secret du client). Le secret est tiré au
 * hasard (256 bits) à la création du client : l'empreinte SHA-256 suffit à le protéger, un hachage lent comme
 * Argon2id (fait pour les mots de passe choisis par des personnes) coûterait des dizaines de millisecondes à chaque
 * appel d'un logiciel sans rien ajouter. Le client authentifié a pour autorités ses portées : {@code SCOPE_recueil}.
 */
@Component
class ClientsApi {

    static final String PREFIXE_DES_PORTEES = "SCOPE_";

    private record Client(ClientApiConnecte client, String empreinte) {}

    private final JdbcClient jdbc;

    ClientsApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Vérifie les identifiants d'une requête. Ce n'est pas un bean {@code AuthenticationProvider} : Spring Security le
     * mettrait dans le gestionnaire global, où d'autres chaînes le trouveraient ; seule la chaîne de l'API l'emploie.
     */
    Authentication authentifier(Authentication demande) {
        String secret =
                demande.getCredentials() == null ? "" : demande.getCredentials().toString();
        Optional<Client> trouve = client(demande.getName());
        // l'empreinte est calculée même pour un client inconnu : la durée ne dit pas s'il existe
        byte[] tape = empreinte(secret).getBytes(StandardCharsets.US_ASCII);
        byte[] attendu = trouve.map(Client::empreinte).orElse("").getBytes(StandardCharsets.US_ASCII);
        if (trouve.isEmpty() || !MessageDigest.isEqual(tape, attendu)) {
            throw new BadCredentialsException("client d'API inconnu ou secret faux");
        }
        ClientApiConnecte client = trouve.get().client();
        List<GrantedAuthority> autorites = client.portees().stream()
                .sorted()
                .<GrantedAuthority>map(portee -> new SimpleGrantedAuthority(PREFIXE_DES_PORTEES + portee))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(client, null, autorites);
    }

    /** Ajoute un client si son identifiant est nouveau (les clients de démonstration, à chaque démarrage). */
    void ajouterSiAbsent(String identifiant, String nom, String secret, Set<String> portees, Instant maintenant) {
        jdbc.sql("""
                        insert into client_api (identifiant, nom, secret_empreinte, portees, cree_le)
                        values (?, ?, ?, ?::varchar(30)[], ?) on conflict (identifiant) do nothing""")
                .params(
                        identifiant,
                        nom,
                        empreinte(secret),
                        portees.stream().sorted().toArray(String[]::new),
                        Timestamp.from(maintenant))
                .update();
    }

    private Optional<Client> client(String identifiant) {
        return jdbc.sql("select identifiant, nom, secret_empreinte, portees from client_api where identifiant = ?")
                .param(identifiant)
                .query((ligne, numero) -> new Client(
                        new ClientApiConnecte(ligne.getString("identifiant"), ligne.getString("nom"), Set.of((String[])
                                ligne.getArray("portees").getArray())),
                        ligne.getString("secret_empreinte")))
                .optional();
    }

    static String empreinte(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par tout JDK", e);
        }
    }
}
