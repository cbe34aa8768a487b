package fr.predemande.compte.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CompteRepository {

    private final JdbcClient jdbc;

    CompteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Faux si l'identifiant est déjà pris (la contrainte d'unicité tranche, même entre deux nœuds). */
    boolean inserer(Compte compte, Instant maintenant) {
        return jdbc.sql("""
                        insert into compte (id, identifiant, sexe, nom, prenoms, courriel, telephone, question_secrete,
                          reponse_secrete_empreinte, cgu_version, cgu_acceptees_le, cree_le, modifie_le)
                        values (:id, :identifiant, :sexe, :nom, :prenoms, :courriel, :telephone, :question,
                          :reponse, :cguVersion, :cguLe, :maintenant, :maintenant)
                        on conflict (identifiant) do nothing""")
                        .param("id", compte.id())
                        .param("identifiant", compte.identifiant())
                        .param("sexe", compte.sexe())
                        .param("nom", compte.nom())
                        .param("prenoms", compte.prenoms())
                        .param("courriel", compte.courriel())
                        .param("telephone", compte.telephone())
                        .param("question", compte.questionSecrete().name())
                        .param("reponse", compte.reponseSecreteEmpreinte())
                        .param("cguVersion", compte.cguVersion())
                        .param("cguLe", Timestamp.from(compte.cguAccepteesLe()))
                        .param("maintenant", Timestamp.from(maintenant))
                        .update()
                == 1;
    }

    Optional<Compte> parIdentifiant(String identifiant) {
        return jdbc.sql("select * from compte where identifiant = ?")
                .param(identifiant)
                .query(CompteRepository::lire)
                .optional();
    }

    Optional<Compte> parId(UUID id) {
        return jdbc.sql("select * from compte where id = ?")
                .param(id)
                .query(CompteRepository::lire)
                .optional();
    }

    boolean identifiantPris(String identifiant) {
        return jdbc.sql("select count(*) from compte where identifiant = ?")
                        .param(identifiant)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void definirMotDePasse(UUID id, String empreinte, Instant maintenant) {
        exactementUne(jdbc.sql("""
                        update compte set mot_de_passe_empreinte = ?, active_le = coalesce(active_le, ?), modifie_le = ?,
                          version = version + 1 where id = ?""")
                .params(empreinte, Timestamp.from(maintenant), Timestamp.from(maintenant), id)
                .update());
    }

    void modifier(Compte compte, Instant maintenant) {
        exactementUne(jdbc.sql("""
                        update compte set sexe = :sexe, nom = :nom, prenoms = :prenoms, telephone = :telephone,
                          courriel_en_attente = :enAttente, modifie_le = :maintenant, version = version + 1
                        where id = :id and version = :version""")
                .param("sexe", compte.sexe())
                .param("nom", compte.nom())
                .param("prenoms", compte.prenoms())
                .param("telephone", compte.telephone())
                .param("enAttente", compte.courrielEnAttente())
                .param("maintenant", Timestamp.from(maintenant))
                .param("id", compte.id())
                .param("version", compte.version())
                .update());
    }

    void confirmerCourriel(UUID id, String courriel, Instant maintenant) {
        exactementUne(
                jdbc.sql("""
                        update compte set courriel = ?, courriel_en_attente = null, modifie_le = ?, version = version + 1
                        where id = ?""").params(courriel, Timestamp.from(maintenant), id).update());
    }

    private static void exactementUne(int lignes) {
        if (lignes != 1) {
            throw new OptimisticLockingFailureException("Le compte a changé entre-temps");
        }
    }

    private static Compte lire(ResultSet ligne, int numero) throws SQLException {
        return new Compte(
                ligne.getObject("id", UUID.class),
                ligne.getString("identifiant"),
                ligne.getString("sexe"),
                ligne.getString("nom"),
                ligne.getString("prenoms"),
                ligne.getString("courriel"),
                ligne.getString("courriel_en_attente"),
                ligne.getString("telephone"),
                QuestionSecrete.valueOf(ligne.getString("question_secrete")),
                ligne.getString("reponse_secrete_empreinte"),
                ligne.getString("mot_de_passe_empreinte"),
                instant(ligne.getTimestamp("active_le")),
                ligne.getString("cgu_version"),
                instant(ligne.getTimestamp("cgu_acceptees_le")),
                ligne.getLong("version"));
    }

    private static Instant instant(Timestamp horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }
}
