package fr.predemande.notification.internal;

import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sans SMTP configuré (développement), les courriels sont gardés en base, pièces jointes comprises, et lisibles sur
 * /dev/courriels. Un courriel renvoyé par l'outbox (arrêt brutal avant qu'elle ait noté l'envoi) n'est gardé qu'une
 * fois : son identifiant est tiré de son origine et de son destinataire, comme le {@code Message-ID} en SMTP, et la
 * boîte fait ce que font les messageries qui dédoublonnent.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "spring.mail.host", havingValue = "false", matchIfMissing = true)
class CourrielsDeDeveloppement implements EnvoiCourriel {

    record CourrielGarde(UUID id, Instant envoyeLe, String destinataire, String sujet, String texte) {}

    /** Une pièce jointe telle que la liste l'affiche ; son rang (à partir de 1) la désigne dans son courriel. */
    record PieceGardee(int rang, String nom, String typeMedia, long taille) {}

    private final JdbcClient jdbc;
    private final Clock horloge;

    CourrielsDeDeveloppement(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    @Transactional
    public void envoyer(Courriel courriel) {
        UUID id = UUID.nameUUIDFromBytes(Empreintes.de("courriel", courriel.origine(), courriel.destinataire()));
        int garde = jdbc.sql("""
                        insert into courriel_developpement (id, destinataire, sujet, texte, html, envoye_le)
                        values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(
                        id,
                        courriel.destinataire(),
                        courriel.sujet(),
                        courriel.texte(),
                        courriel.html(),
                        Timestamp.from(horloge.instant()))
                .update();
        if (garde == 0) {
            return; // déjà gardé, pièces jointes comprises (même transaction)
        }
        int rang = 0;
        for (var piece : courriel.piecesJointes()) {
            rang++;
            jdbc.sql(
                            "insert into courriel_developpement_piece (courriel_id, rang, nom, type_media, contenu) values (?, ?, ?, ?, ?)")
                    .params(id, rang, piece.nom(), piece.typeMedia(), piece.contenu())
                    .update();
        }
    }

    List<CourrielGarde> derniers() {
        return jdbc.sql("select * from courriel_developpement order by envoye_le desc limit 100")
                .query(this::lire)
                .list();
    }

    Optional<CourrielGarde> parId(UUID id) {
        return jdbc.sql("select * from courriel_developpement where id = ?")
                .param(id)
                .query(this::lire)
                .optional();
    }

    /** Les pièces jointes d'un courriel, sans leur contenu. */
    List<PieceGardee> pieces(UUID courriel) {
        return jdbc.sql("""
                        select rang, nom, type_media, octet_length(contenu) as taille from courriel_developpement_piece
                        where courriel_id = ? order by rang""")
                .param(courriel)
                .query((ligne, n) -> new PieceGardee(
                        ligne.getInt("rang"),
                        ligne.getString("nom"),
                        ligne.getString("type_media"),
                        ligne.getLong("taille")))
                .list();
    }

    /** Une pièce jointe, contenu compris. */
    Optional<Courriel.PieceJointe> piece(UUID courriel, int rang) {
        return jdbc.sql(
                        "select nom, type_media, contenu from courriel_developpement_piece where courriel_id = ? and rang = ?")
                .params(courriel, rang)
                .query((ligne, n) -> new Courriel.PieceJointe(
                        ligne.getString("nom"), ligne.getString("type_media"), ligne.getBytes("contenu")))
                .optional();
    }

    private CourrielGarde lire(ResultSet ligne, int n) throws SQLException {
        return new CourrielGarde(
                ligne.getObject("id", UUID.class),
                ligne.getTimestamp("envoye_le").toInstant(),
                ligne.getString("destinataire"),
                ligne.getString("sujet"),
                ligne.getString("texte"));
    }
}
