package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.RoleAgent;
import fr.predemande.stockage.CoffreDesSecrets;
import fr.predemande.stockage.SecretChiffre;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Les comptes des agents. Le secret TOTP est chiffré par le {@link CoffreDesSecrets} avant d'être écrit
 * ({@code totp_secret_chiffre}, sous la clé maîtresse {@code totp_cle_maitresse}) et déchiffré à la lecture ; un secret
 * encore en clair ({@code totp_secret}, d'avant V23) se lit tel quel jusqu'à ce que {@link ChiffrementDesSecretsTotp}
 * le chiffre.
 */
@Repository
class AgentRepository {

    private final JdbcClient jdbc;
    private final CoffreDesSecrets coffre;

    AgentRepository(JdbcClient jdbc, CoffreDesSecrets coffre) {
        this.jdbc = jdbc;
        this.coffre = coffre;
    }

    /** Faux si l'identifiant est déjà pris, dans cette mairie ou une autre (la contrainte d'unicité tranche). */
    boolean inserer(Agent agent, String creePar, Instant maintenant) {
        SecretChiffre chiffre = agent.totpSecret() == null ? null : chiffrer(agent.id(), agent.totpSecret());
        return jdbc.sql("""
                        insert into agent (id, identifiant, nom, prenom, mairie_id, roles, mot_de_passe_empreinte,
                          totp_secret_chiffre, totp_cle_maitresse, enrole, cree_par, cree_le, modifie_le)
                        values (:id, :identifiant, :nom, :prenom, :mairie, :roles::varchar(20)[], :empreinte, :secret,
                          :cleMaitresse, :enrole, :creePar, :maintenant, :maintenant)
                        on conflict (identifiant) do nothing""")
                        .param("id", agent.id())
                        .param("identifiant", agent.identifiant())
                        .param("nom", agent.nom())
                        .param("prenom", agent.prenom())
                        .param("mairie", agent.mairie())
                        .param("roles", tableau(agent.roles()))
                        .param("empreinte", agent.motDePasseEmpreinte())
                        .param("secret", chiffre == null ? null : chiffre.octets())
                        .param("cleMaitresse", chiffre == null ? null : chiffre.cleMaitresse())
                        .param("enrole", agent.enrole())
                        .param("creePar", creePar)
                        .param("maintenant", Timestamp.from(maintenant))
                        .update()
                == 1;
    }

    Optional<Agent> parIdentifiant(String identifiant) {
        return jdbc.sql("select * from agent where identifiant = ?")
                .param(identifiant)
                .query(this::lire)
                .optional();
    }

    Optional<Agent> parId(UUID id) {
        return jdbc.sql("select * from agent where id = ?")
                .param(id)
                .query(this::lire)
                .optional();
    }

    /** Les agents d'une mairie, par nom : jamais ceux d'une autre. */
    List<Agent> deLaMairie(UUID mairie) {
        return jdbc.sql("select * from agent where mairie_id = ? order by nom, prenom, identifiant")
                .param(mairie)
                .query(this::lire)
                .list();
    }

    /**
     * Retient le pas du code accepté, seulement s'il est postérieur au dernier : de deux connexions simultanées avec
     * le même code, une seule passe. Remet les échecs à zéro.
     */
    boolean accepterLeCode(UUID id, long pas, Instant maintenant) {
        return jdbc.sql("""
                        update agent set dernier_pas_totp = :pas, echecs_consecutifs = 0, verrouillages = 0,
                          verrouille_jusqua = null, modifie_le = :maintenant, version = version + 1
                        where id = :id and (dernier_pas_totp is null or dernier_pas_totp < :pas)""")
                        .param("pas", pas)
                        .param("maintenant", Timestamp.from(maintenant))
                        .param("id", id)
                        .update()
                == 1;
    }

    /** Compte un échec ; le nombre d'échecs consécutifs après celui-ci. */
    int compterUnEchec(UUID id, Instant maintenant) {
        return jdbc.sql("""
                        update agent set echecs_consecutifs = echecs_consecutifs + 1, modifie_le = :maintenant,
                          version = version + 1
                        where id = :id returning echecs_consecutifs""")
                .param("maintenant", Timestamp.from(maintenant))
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    void verrouiller(UUID id, Instant jusqua, Instant maintenant) {
        exactementUne(jdbc.sql("""
                        update agent set echecs_consecutifs = 0, verrouillages = verrouillages + 1,
                          verrouille_jusqua = :jusqua, modifie_le = :maintenant, version = version + 1
                        where id = :id""")
                .param("jusqua", Timestamp.from(jusqua))
                .param("maintenant", Timestamp.from(maintenant))
                .param("id", id)
                .update());
    }

    /** Le premier secret TOTP d'un agent qui n'en a pas encore ; celui qui est en place sinon. */
    String secretAEnroler(UUID id, String nouveau, Instant maintenant) {
        SecretChiffre chiffre = chiffrer(id, nouveau);
        return jdbc.sql("""
                        update agent set
                          totp_secret_chiffre = case when totp_secret is null and totp_secret_chiffre is null
                            then :secret else totp_secret_chiffre end,
                          totp_cle_maitresse = case when totp_secret is null and totp_secret_chiffre is null
                            then :cleMaitresse else totp_cle_maitresse end,
                          modifie_le = :maintenant, version = version + 1
                        where id = :id and not enrole
                        returning id, totp_secret, totp_secret_chiffre, totp_cle_maitresse""")
                .param("secret", chiffre.octets())
                .param("cleMaitresse", chiffre.cleMaitresse())
                .param("maintenant", Timestamp.from(maintenant))
                .param("id", id)
                .query((ligne, numero) -> secretTotp(ligne))
                .optional()
                .orElseThrow(() -> new OptimisticLockingFailureException("agent déjà enrôlé : " + id));
    }

    /** L'enrôlement confirmé : le mot de passe choisi remplace le provisoire, le second facteur devient exigé. */
    void enroler(UUID id, String empreinte, long pas, Instant maintenant) {
        exactementUne(jdbc.sql("""
                        update agent set mot_de_passe_empreinte = :empreinte, enrole = true, dernier_pas_totp = :pas,
                          echecs_consecutifs = 0, verrouillages = 0, verrouille_jusqua = null,
                          modifie_le = :maintenant, version = version + 1
                        where id = :id and not enrole""")
                .param("empreinte", empreinte)
                .param("pas", pas)
                .param("maintenant", Timestamp.from(maintenant))
                .param("id", id)
                .update());
    }

    private static void exactementUne(int lignes) {
        if (lignes != 1) {
            throw new OptimisticLockingFailureException("agent modifié entre-temps");
        }
    }

    private static String[] tableau(Set<RoleAgent> roles) {
        return roles.stream().sorted().map(RoleAgent::name).toArray(String[]::new);
    }

    private Agent lire(ResultSet ligne, int numero) throws SQLException {
        Array roles = ligne.getArray("roles");
        Set<RoleAgent> lus = EnumSet.noneOf(RoleAgent.class);
        Arrays.stream((String[]) roles.getArray()).map(RoleAgent::valueOf).forEach(lus::add);
        Timestamp verrou = ligne.getTimestamp("verrouille_jusqua");
        Long dernierPas = ligne.getObject("dernier_pas_totp", Long.class);
        return new Agent(
                ligne.getObject("id", UUID.class),
                ligne.getString("identifiant"),
                ligne.getString("nom"),
                ligne.getString("prenom"),
                ligne.getObject("mairie_id", UUID.class),
                lus,
                ligne.getString("mot_de_passe_empreinte"),
                secretTotp(ligne),
                ligne.getBoolean("enrole"),
                dernierPas,
                ligne.getInt("echecs_consecutifs"),
                ligne.getInt("verrouillages"),
                verrou == null ? null : verrou.toInstant(),
                ligne.getLong("version"));
    }

    /** Le secret en base 32 : déchiffré, ou tel quel s'il est encore en clair ; {@code null} s'il n'y en a pas. */
    String secretTotp(ResultSet ligne) throws SQLException {
        String enClair = ligne.getString("totp_secret");
        byte[] octets = ligne.getBytes("totp_secret_chiffre");
        if (octets == null) {
            return enClair;
        }
        UUID id = ligne.getObject("id", UUID.class);
        return Totp.base32(
                coffre.dechiffrer(new SecretChiffre(ligne.getString("totp_cle_maitresse"), octets), contexte(id)));
    }

    SecretChiffre chiffrer(UUID id, String secretEnBase32) {
        return coffre.chiffrer(Totp.depuisBase32(secretEnBase32), contexte(id));
    }

    /** Authentifié avec le secret : recopié sur la ligne d'un autre agent, il ne se déchiffre pas. */
    private static String contexte(UUID id) {
        return "agent.totp_secret:" + id;
    }
}
