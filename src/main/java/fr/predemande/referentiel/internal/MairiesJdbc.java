package fr.predemande.referentiel.internal;

import fr.predemande.referentiel.Mairie;
import fr.predemande.referentiel.Mairies;
import fr.predemande.referentiel.PosteDeRecueil;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Les mairies et leurs postes, lus dans leurs tables. */
@Service
class MairiesJdbc implements Mairies {

    private final JdbcClient jdbc;

    MairiesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Mairie> mairie(UUID id) {
        return jdbc.sql("select * from mairie where id = ?")
                .param(id)
                .query(MairiesJdbc::mairie)
                .optional();
    }

    @Override
    public List<Mairie> toutes() {
        return jdbc.sql("select * from mairie order by nom, code")
                .query(MairiesJdbc::mairie)
                .list();
    }

    @Override
    public List<PosteDeRecueil> postes(UUID mairie) {
        // « Poste 2 » avant « Poste 10 » : l'ordre naturel des libellés numérotés
        return jdbc.sql("""
                        select * from poste_de_recueil where mairie_id = ?
                        order by length(libelle), libelle""").param(mairie).query(MairiesJdbc::poste).list();
    }

    @Override
    public Optional<PosteDeRecueil> poste(UUID id) {
        return jdbc.sql("select * from poste_de_recueil where id = ?")
                .param(id)
                .query(MairiesJdbc::poste)
                .optional();
    }

    /** Ajoute une mairie si son code est nouveau ; la mairie de ce code, ajoutée ou déjà là. */
    Mairie ajouterSiAbsente(Mairie mairie, Instant maintenant) {
        jdbc.sql("""
                        insert into mairie (id, code, nom, code_departement, code_insee, cree_le)
                        values (?, ?, ?, ?, ?, ?) on conflict (code) do nothing""")
                .params(
                        mairie.id(),
                        mairie.code(),
                        mairie.nom(),
                        mairie.codeDepartement(),
                        mairie.codeInsee(),
                        Timestamp.from(maintenant))
                .update();
        return jdbc.sql("select * from mairie where code = ?")
                .param(mairie.code())
                .query(MairiesJdbc::mairie)
                .single();
    }

    /** Ajoute un poste à une mairie si elle n'en a pas déjà un de ce libellé. */
    void ajouterPosteSiAbsent(UUID mairie, String libelle) {
        jdbc.sql("""
                        insert into poste_de_recueil (id, mairie_id, libelle) values (?, ?, ?)
                        on conflict (mairie_id, libelle) do nothing""").params(UUID.randomUUID(), mairie, libelle).update();
    }

    private static Mairie mairie(ResultSet ligne, int numero) throws SQLException {
        return new Mairie(
                ligne.getObject("id", UUID.class),
                ligne.getString("code"),
                ligne.getString("nom"),
                ligne.getString("code_departement"),
                ligne.getString("code_insee"));
    }

    private static PosteDeRecueil poste(ResultSet ligne, int numero) throws SQLException {
        return new PosteDeRecueil(
                ligne.getObject("id", UUID.class),
                ligne.getObject("mairie_id", UUID.class),
                ligne.getString("libelle"));
    }
}
