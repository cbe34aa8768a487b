package fr.predemande.habilitation.internal;

import fr.predemande.stockage.CoffreDesSecrets;
import fr.predemande.stockage.SecretChiffre;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Met chaque secret TOTP sous la clé maîtresse active : ceux encore en clair (écrits avant V23, ou par un nœud pas encore
 * mis à jour) sont chiffrés, ceux d'une autre clé maîtresse sont rechiffrés (après une rotation, l'ancienne clé peut
 * alors quitter la configuration). Une migration SQL n'a pas la clé ; c'est donc fait à chaque démarrage, une fois
 * tous les beans prêts et avant que le serveur web n'accepte une requête (la commande de rotation démarre l'application
 * elle aussi : les secrets sont passés sous la nouvelle clé avant les documents).
 *
 * <p>Plusieurs nœuds peuvent démarrer ensemble : chaque ligne n'est remplacée que si elle est encore celle qui a été lue.
 */
@Component
class ChiffrementDesSecretsTotp implements SmartInitializingSingleton {

    private static final Logger JOURNAL = LoggerFactory.getLogger(ChiffrementDesSecretsTotp.class);

    private final JdbcClient jdbc;
    private final AgentRepository agents;
    private final CoffreDesSecrets coffre;

    ChiffrementDesSecretsTotp(JdbcClient jdbc, AgentRepository agents, CoffreDesSecrets coffre) {
        this.jdbc = jdbc;
        this.agents = agents;
        this.coffre = coffre;
    }

    /**
     * @param chiffres les secrets qui étaient en clair
     * @param rechiffres ceux qui étaient sous une autre clé maîtresse
     * @param echecs un message par agent dont le secret n'a pas pu être lu (sa clé maîtresse manque…)
     */
    record Bilan(int chiffres, int rechiffres, List<String> echecs) {}

    /** Une ligne à traiter, telle que lue : {@code secret} en base 32, ou {@code echec} s'il est illisible. */
    private record ALire(UUID id, String identifiant, String enClair, byte[] chiffre, String secret, String echec) {}

    @Override
    public void afterSingletonsInstantiated() {
        Bilan bilan = toutMettreSousLaCleActive();
        if (bilan.chiffres() + bilan.rechiffres() > 0) {
            JOURNAL.info(
                    "Secrets TOTP des agents sous la clé maîtresse « {} » : {} chiffré(s), {} rechiffré(s)",
                    coffre.cleActive(),
                    bilan.chiffres(),
                    bilan.rechiffres());
        }
        bilan.echecs().forEach(echec -> JOURNAL.error("Secret TOTP laissé tel quel : {}", echec));
    }

    Bilan toutMettreSousLaCleActive() {
        String active = coffre.cleActive();
        List<ALire> lignes = jdbc.sql("""
                        select id, identifiant, totp_secret, totp_secret_chiffre, totp_cle_maitresse from agent
                        where totp_secret is not null or totp_cle_maitresse <> :active""")
                .param("active", active)
                .query((ligne, numero) -> {
                    UUID id = ligne.getObject("id", UUID.class);
                    String identifiant = ligne.getString("identifiant");
                    String enClair = ligne.getString("totp_secret");
                    byte[] chiffre = ligne.getBytes("totp_secret_chiffre");
                    try {
                        return new ALire(id, identifiant, enClair, chiffre, agents.secretTotp(ligne), null);
                    } catch (IllegalStateException | IllegalArgumentException e) {
                        return new ALire(
                                id,
                                identifiant,
                                enClair,
                                chiffre,
                                null,
                                "agent " + identifiant + " : " + e.getMessage());
                    }
                })
                .list();
        int chiffres = 0;
        int rechiffres = 0;
        List<String> echecs = new ArrayList<>();
        for (ALire ligne : lignes) {
            if (ligne.echec() != null) {
                echecs.add(ligne.echec());
                continue;
            }
            SecretChiffre nouveau;
            try {
                nouveau = agents.chiffrer(ligne.id(), ligne.secret());
            } catch (IllegalArgumentException e) {
                // un secret en clair qui n'est pas du base 32 : il ne donnait déjà aucun code juste
                echecs.add("agent " + ligne.identifiant() + " : son secret en clair n'est pas en base 32");
                continue;
            }
            var remplacement = jdbc.sql("update agent set totp_secret = null, totp_secret_chiffre = :chiffre,"
                            + " totp_cle_maitresse = :cle where id = :id and "
                            + (ligne.enClair() != null ? "totp_secret = :ancien" : "totp_secret_chiffre = :ancien"))
                    .param("chiffre", nouveau.octets())
                    .param("cle", nouveau.cleMaitresse())
                    .param("id", ligne.id())
                    .param("ancien", ligne.enClair() != null ? ligne.enClair() : ligne.chiffre());
            if (remplacement.update() == 1) {
                if (ligne.enClair() != null) {
                    chiffres++;
                } else {
                    rechiffres++;
                }
            }
        }
        return new Bilan(chiffres, rechiffres, List.copyOf(echecs));
    }
}
