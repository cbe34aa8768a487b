package fr.predemande.notification.internal;

import fr.predemande.notification.Courriel;
import fr.predemande.notification.EnvoiCourriel;
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

/** Sans SMTP configuré (développement), les courriels sont gardés en base et lisibles sur /dev/courriels. */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "spring.mail.host", havingValue = "false", matchIfMissing = true)
class CourrielsDeDeveloppement implements EnvoiCourriel {

    record CourrielGarde(UUID id, Instant envoyeLe, String destinataire, String sujet, String texte) {}

    private final JdbcClient jdbc;
    private final Clock horloge;

    CourrielsDeDeveloppement(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    public void envoyer(Courriel courriel) {
        jdbc.sql("insert into courriel_developpement (id, destinataire, sujet, texte, html, envoye_le) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), courriel.destinataire(), courriel.sujet(), courriel.texte(), courriel.html(),
                        Timestamp.from(horloge.instant()))
                .update();
    }

    List<CourrielGarde> derniers() {
        return jdbc.sql("select * from courriel_developpement order by envoye_le desc limit 100").query(this::lire).list();
    }

    Optional<CourrielGarde> parId(UUID id) {
        return jdbc.sql("select * from courriel_developpement where id = ?").param(id).query(this::lire).optional();
    }

    private CourrielGarde lire(java.sql.ResultSet ligne, int n) throws java.sql.SQLException {
        return new CourrielGarde(ligne.getObject("id", UUID.class), ligne.getTimestamp("envoye_le").toInstant(),
                ligne.getString("destinataire"), ligne.getString("sujet"), ligne.getString("texte"));
    }
}
