package fr.predemande.compte.internal;

import fr.predemande.compte.UsageDuLien;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Les jetons des liens à usage unique. Seule l'empreinte SHA-256 est enregistrée : une copie de la base ne permet pas
 * d'activer un compte ni de changer un mot de passe.
 */
@Repository
class Jetons {

    private static final SecureRandom HASARD = new SecureRandom();
    private final JdbcClient jdbc;

    Jetons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record JetonEmis(String valeur, Instant expireLe) {}

    record JetonValide(UUID compteId, String courriel) {}

    enum Etat {
        VALIDE,
        EXPIRE,
        UTILISE,
        INCONNU
    }

    /** Crée un jeton ; les jetons précédents du même usage pour ce compte cessent de valoir. */
    JetonEmis emettre(UUID compteId, UsageDuLien usage, String courriel, Instant maintenant) {
        byte[] octets = new byte[32];
        HASARD.nextBytes(octets);
        String valeur = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
        Instant expireLe = maintenant.plus(usage.validite());
        jdbc.sql(
                        "update jeton_compte set expire_le = least(expire_le, ?) where compte_id = ? and usage = ? and utilise_le is null")
                .params(Timestamp.from(maintenant), compteId, usage.name())
                .update();
        jdbc.sql("""
                        insert into jeton_compte (empreinte, compte_id, usage, courriel, cree_le, expire_le)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        empreinte(valeur),
                        compteId,
                        usage.name(),
                        courriel,
                        Timestamp.from(maintenant),
                        Timestamp.from(expireLe))
                .update();
        return new JetonEmis(valeur, expireLe);
    }

    Etat etat(String valeur, UsageDuLien usage, Instant maintenant) {
        if (valeur == null || valeur.isBlank() || valeur.length() > 100) {
            return Etat.INCONNU;
        }
        return jdbc.sql("select expire_le, utilise_le from jeton_compte where empreinte = ? and usage = ?")
                .params(empreinte(valeur), usage.name())
                .query((ligne, n) -> ligne.getTimestamp("utilise_le") != null
                        ? Etat.UTILISE
                        : ligne.getTimestamp("expire_le").toInstant().isAfter(maintenant) ? Etat.VALIDE : Etat.EXPIRE)
                .optional()
                .orElse(Etat.INCONNU);
    }

    Optional<JetonValide> valide(String valeur, UsageDuLien usage, Instant maintenant) {
        if (etat(valeur, usage, maintenant) != Etat.VALIDE) {
            return Optional.empty();
        }
        return jdbc.sql("select compte_id, courriel from jeton_compte where empreinte = ?")
                .param(empreinte(valeur))
                .query((ligne, n) ->
                        new JetonValide(ligne.getObject("compte_id", UUID.class), ligne.getString("courriel")))
                .optional();
    }

    /** Consomme le jeton s'il vaut encore ; deux requêtes simultanées ne peuvent pas toutes deux réussir. */
    Optional<JetonValide> consommer(String valeur, UsageDuLien usage, Instant maintenant) {
        if (valeur == null || valeur.isBlank() || valeur.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update jeton_compte set utilise_le = ?
                        where empreinte = ? and usage = ? and utilise_le is null and expire_le > ?
                        returning compte_id, courriel""")
                .params(Timestamp.from(maintenant), empreinte(valeur), usage.name(), Timestamp.from(maintenant))
                .query((ligne, n) ->
                        new JetonValide(ligne.getObject("compte_id", UUID.class), ligne.getString("courriel")))
                .optional();
    }

    /** Rend un jeton inutilisable (par exemple après trop de réponses secrètes fausses). */
    void invalider(String valeur, Instant maintenant) {
        jdbc.sql("update jeton_compte set utilise_le = ? where empreinte = ? and utilise_le is null")
                .params(Timestamp.from(maintenant), empreinte(valeur))
                .update();
    }

    /**
     * Efface les jetons expirés, ou utilisés, avant {@code limite} : chacun garde l'adresse électronique à laquelle le
     * lien est parti. Renvoie le nombre de jetons effacés.
     */
    int purgerAvant(Instant limite) {
        return jdbc.sql("delete from jeton_compte where expire_le < :limite or utilise_le < :limite")
                .param("limite", Timestamp.from(limite))
                .update();
    }

    static String empreinte(String valeur) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(valeur.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
