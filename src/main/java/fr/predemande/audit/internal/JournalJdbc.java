package fr.predemande.audit.internal;

import fr.predemande.audit.Acteur;
import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Le journal en base. Les entrées s'ajoutent une à une sous un verrou transactionnel de PostgreSQL
 * ({@code pg_advisory_xact_lock}) : la précédente est lue et chaînée sans qu'une autre écriture, sur ce nœud ou un
 * autre, s'intercale. Le verrou tombe à la fin de la transaction : qui consigne dans une longue transaction retient
 * les autres jusque-là (les actions d'un poste de recueil sont brèves).
 */
@Service
class JournalJdbc implements JournalDAudit {

    /** La clé du verrou consultatif du journal (« AUDIT » en ASCII). */
    static final long VERROU = 0x4155444954L;
    /** L'empreinte « précédente » de la toute première entrée. */
    static final String ORIGINE = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Clock horloge;

    JournalJdbc(JdbcClient jdbc, Clock horloge) {
        this.jdbc = jdbc;
        this.horloge = horloge;
    }

    @Override
    @Transactional
    public void consigner(EntreeDAudit entree) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(VERROU)
                .query(Object.class)
                .single();
        String precedente = jdbc.sql("select empreinte from journal_audit order by numero desc limit 1")
                .query(String.class)
                .optional()
                .orElse(ORIGINE);
        long numero = jdbc.sql("select nextval(pg_get_serial_sequence('journal_audit', 'numero'))")
                .query(Long.class)
                .single();
        // la base garde la microseconde : l'empreinte porte l'instant tel qu'il sera relu
        Instant le = horloge.instant().truncatedTo(ChronoUnit.MICROS);
        var e = tronquee(entree);
        String empreinte = empreinte(numero, le, e, precedente);
        jdbc.sql("""
                        insert into journal_audit (numero, le, type_acteur, acteur, mairie, poste, action, objet, detail,
                          adresse, empreinte_precedente, empreinte)
                        overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        numero,
                        Timestamp.from(le),
                        e.acteur().type().name(),
                        e.acteur().identifiant(),
                        e.acteur().mairie(),
                        e.acteur().poste(),
                        e.action().name(),
                        e.objet(),
                        e.detail(),
                        e.adresse(),
                        precedente,
                        empreinte)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<EntreeConsignee> rechercher(
            UUID mairie, String acteur, String objet, Instant depuis, Instant jusqua, int max) {
        var conditions = new ArrayList<String>();
        var parametres = new ArrayList<Object>();
        if (mairie != null) {
            conditions.add("mairie = ?");
            parametres.add(mairie);
        }
        if (acteur != null && !acteur.isBlank()) {
            conditions.add("acteur = ?");
            parametres.add(acteur.strip());
        }
        if (objet != null && !objet.isBlank()) {
            conditions.add("objet = ?");
            parametres.add(objet.strip());
        }
        if (depuis != null) {
            conditions.add("le >= ?");
            parametres.add(Timestamp.from(depuis));
        }
        if (jusqua != null) {
            conditions.add("le < ?");
            parametres.add(Timestamp.from(jusqua));
        }
        parametres.add(Math.max(1, Math.min(max, 1000)));
        String filtre = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select * from journal_audit" + filtre + " order by numero desc limit ?")
                .params(parametres)
                .query(JournalJdbc::lire)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public VerificationDuJournal verifier() {
        var etat = new long[] {0};
        var rupture = new Long[] {null};
        var precedente = new String[] {ORIGINE};
        jdbc.sql("select * from journal_audit order by numero").query(ligne -> {
            if (rupture[0] != null) {
                return;
            }
            EntreeConsignee entree = lire(ligne, 0);
            String chainee = ligne.getString("empreinte_precedente");
            String recalculee = empreinte(entree.numero(), entree.le(), entree.entree(), chainee);
            etat[0]++;
            if (!chainee.equals(precedente[0]) || !recalculee.equals(entree.empreinte())) {
                rupture[0] = entree.numero();
            }
            precedente[0] = entree.empreinte();
        });
        return new VerificationDuJournal(etat[0], rupture[0]);
    }

    private static EntreeConsignee lire(ResultSet ligne, int n) throws SQLException {
        var acteur = new Acteur(
                Acteur.Type.valueOf(ligne.getString("type_acteur")),
                ligne.getString("acteur"),
                ligne.getObject("mairie", UUID.class),
                ligne.getString("poste"));
        var entree = new EntreeDAudit(
                acteur,
                ActionAuditee.valueOf(ligne.getString("action")),
                ligne.getString("objet"),
                ligne.getString("detail"),
                ligne.getString("adresse"));
        return new EntreeConsignee(
                ligne.getLong("numero"), ligne.getTimestamp("le").toInstant(), entree, ligne.getString("empreinte"));
    }

    /** SHA-256 des champs de l'entrée, séparés et préfixés de leur longueur (pas d'ambiguïté de découpage). */
    static String empreinte(long numero, Instant le, EntreeDAudit e, String precedente) {
        var texte = new StringBuilder();
        for (Object champ : new Object[] {
            numero,
            le.toEpochMilli() * 1000 + le.getNano() / 1000 % 1000,
            e.acteur().type(),
            e.acteur().identifiant(),
            e.acteur().mairie(),
            e.acteur().poste(),
            e.action(),
            e.objet(),
            e.detail(),
            e.adresse(),
            precedente
        }) {
            String valeur = champ == null ? "∅" : champ.toString();
            texte.append(valeur.length()).append(':').append(valeur).append('|');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(texte.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }

    /** Les champs à la longueur des colonnes : une entrée d'audit ne doit jamais faire échouer l'action. */
    private static EntreeDAudit tronquee(EntreeDAudit e) {
        var a = e.acteur();
        return new EntreeDAudit(
                new Acteur(a.type(), coupe(a.identifiant(), 200), a.mairie(), coupe(a.poste(), 100)),
                e.action(),
                coupe(e.objet(), 200),
                coupe(e.detail(), 1000),
                coupe(e.adresse(), 64));
    }

    private static String coupe(String texte, int max) {
        if (texte == null) {
            return null;
        }
        String propre = texte.replace('\u0000', '\uFFFD');
        return propre.length() <= max ? propre : propre.substring(0, max);
    }
}
