package fr.predemande.notification.internal;

import fr.predemande.notification.EnvoiSms;
import fr.predemande.notification.Sms;
import fr.predemande.notification.internal.EncodageSms.Codage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sans SMSC configuré (développement), les SMS sont gardés en base et lisibles sur /dev/sms. Les règles de longueur
 * sont les mêmes qu'en SMPP : un texte trop long est refusé ici aussi, et c'est le texte tel qu'il partirait (typographie
 * simplifiée si elle empêchait le GSM 7 bits) qui est gardé. Un SMS renvoyé par l'outbox n'est gardé qu'une fois (son
 * identifiant est tiré de son origine et de son destinataire), ce qu'un SMSC, lui, ne fait pas : voir {@link EnvoiSmpp}.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "predemande.sms.smpp.hote", havingValue = "false", matchIfMissing = true)
class SmsDeDeveloppement implements EnvoiSms {

    /** Un SMS gardé, avec le codage et le nombre de segments qu'il aurait eus. */
    record SmsGarde(UUID id, Instant envoyeLe, String destinataire, String texte, Codage codage, int segments) {}

    private final JdbcClient jdbc;
    private final Clock horloge;

    SmsDeDeveloppement(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    public void envoyer(Sms sms) {
        var code = EncodageSms.coder(sms.texte());
        jdbc.sql(
                        "insert into sms_developpement (id, destinataire, texte, envoye_le) values (?, ?, ?, ?) on conflict (id) do nothing")
                .params(
                        UUID.nameUUIDFromBytes(Empreintes.de("sms", sms.origine(), sms.destinataire())),
                                sms.destinataire(),
                        code.texte(), Timestamp.from(horloge.instant()))
                .update();
    }

    List<SmsGarde> derniers() {
        return jdbc.sql("select * from sms_developpement order by envoye_le desc limit 100")
                .query(this::lire)
                .list();
    }

    private SmsGarde lire(ResultSet ligne, int n) throws SQLException {
        String texte = ligne.getString("texte");
        var code = EncodageSms.coder(texte);
        return new SmsGarde(
                ligne.getObject("id", UUID.class),
                ligne.getTimestamp("envoye_le").toInstant(),
                ligne.getString("destinataire"),
                texte,
                code.codage(),
                code.nombreDeSegments());
    }
}
