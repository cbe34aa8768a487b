package fr.predemande.demande.internal;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.Rappel;
import fr.predemande.demande.StatutPreDemande;
import fr.predemande.stockage.DocumentStocke;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Les pré-demandes en base. Un changement de statut s'écrit d'après l'agrégat qui l'a fait (ancien état → nouvel
 * état) : la ligne doit être encore dans l'ancien statut et à la même version, sinon rien n'est écrit.
 */
@Repository
class PreDemandeRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PreDemandeRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Crée le brouillon s'il n'existe pas : l'identifiant vient du formulaire, un double clic ne crée rien de plus. */
    boolean creer(UUID id, UUID compteId, Reponses reponses, Instant maintenant, Instant expireLe) {
        return jdbc.sql("""
                        insert into pre_demande (id, compte_id, statut, reponses, version_reponses, cree_le, modifie_le, expire_le)
                        values (?, ?, ?, ?::jsonb, ?, ?, ?, ?) on conflict (id) do nothing""")
                        .params(
                                id,
                                compteId,
                                StatutPreDemande.BROUILLON.name(),
                                json.writeValueAsString(reponses),
                                Reponses.VERSION,
                                Timestamp.from(maintenant),
                                Timestamp.from(maintenant),
                                Timestamp.from(expireLe))
                        .update()
                == 1;
    }

    Optional<PreDemande> parId(UUID id) {
        return jdbc.sql("select * from pre_demande where id = ?")
                .param(id)
                .query(this::lire)
                .optional();
    }

    /** Verrouille la ligne jusqu'à la fin de la transaction : deux validations simultanées se suivent. */
    Optional<PreDemande> parIdPourModification(UUID id) {
        return jdbc.sql("select * from pre_demande where id = ? for update")
                .param(id)
                .query(this::lire)
                .optional();
    }

    Optional<PreDemande> parNumero(NumeroPreDemande numero) {
        return jdbc.sql("select * from pre_demande where numero = ?")
                .param(numero.valeur())
                .query(this::lire)
                .optional();
    }

    Optional<PreDemande> parNumeroPourModification(NumeroPreDemande numero) {
        return jdbc.sql("select * from pre_demande where numero = ? for update")
                .param(numero.valeur())
                .query(this::lire)
                .optional();
    }

    List<PreDemande> duCompte(UUID compteId) {
        return jdbc.sql("select * from pre_demande where compte_id = ? and statut <> ? order by modifie_le desc")
                .params(compteId, StatutPreDemande.EXPIREE.name())
                .query(this::lire)
                .list();
    }

    /** Enregistre les réponses d'un brouillon ; faux si ce n'est plus un brouillon. */
    boolean enregistrerReponses(PreDemande demande, Reponses reponses, Instant maintenant) {
        if (!demande.statut().modifiableParLUsager()) {
            return false;
        }
        var etatCivil = reponses.getEtatCivil();
        var motif = reponses.getMotif();
        return jdbc.sql("""
                        update pre_demande set reponses = ?::jsonb, version_reponses = ?, titre = ?, motif = ?, nom = ?,
                          prenoms = ?, date_naissance = ?, modifie_le = ?, version = version + 1
                        where id = ? and statut = ?""")
                        .params(
                                json.writeValueAsString(reponses),
                                Reponses.VERSION,
                                motif.getTitre() == null
                                        ? null
                                        : motif.getTitre().name(),
                                motif.getMotif() == null
                                        ? null
                                        : motif.getMotif().name(),
                                tronque(etatCivil.getNomNaissance(), 80),
                                tronque(etatCivil.getPrenoms(), 450),
                                Dates.lire(etatCivil.getDateNaissance()).orElse(null),
                                Timestamp.from(maintenant),
                                demande.id(),
                                StatutPreDemande.BROUILLON.name())
                        .update()
                == 1;
    }

    /** Écrit une transition faite par l'agrégat : de {@code avant} (statut et version lus) à {@code apres}. */
    void enregistrerTransition(PreDemande avant, PreDemande apres) {
        DocumentStocke recapitulatif = apres.recapitulatif();
        Rappel rappel = apres.rappel();
        int lignes = jdbc.sql("""
                        update pre_demande set statut = ?, numero = ?, validee_le = ?, expire_le = ?,
                          recapitulatif_cle = ?, recapitulatif_sha256 = ?, recapitulatif_taille = ?,
                          rappelee_le = ?, rappel_mairie = ?, rappel_reference = ?, modifie_le = ?, version = version + 1
                        where id = ? and statut = ? and version = ?""")
                .params(
                        apres.statut().name(),
                        apres.numero() == null ? null : apres.numero().valeur(),
                        timestamp(apres.valideeLe()),
                        timestamp(apres.expireLe()),
                        recapitulatif == null ? null : recapitulatif.cle(),
                        recapitulatif == null ? null : recapitulatif.sha256(),
                        recapitulatif == null ? null : recapitulatif.taille(),
                        timestamp(apres.rappeleeLe()),
                        rappel == null ? null : rappel.mairie(),
                        rappel == null ? null : rappel.reference(),
                        timestamp(apres.modifieLe()),
                        avant.id(),
                        avant.statut().name(),
                        avant.version())
                .update();
        if (lignes != 1) {
            throw new OptimisticLockingFailureException("La pré-demande a changé entre-temps");
        }
    }

    /** Le récapitulatif enregistré, s'il l'est : une lecture légère, pour qui attend qu'il soit prêt. */
    Optional<DocumentStocke> recapitulatif(UUID id) {
        return jdbc.sql("""
                        select recapitulatif_cle, recapitulatif_taille, recapitulatif_sha256 from pre_demande
                        where id = ? and recapitulatif_cle is not null""")
                .param(id)
                .query((ligne, n) -> new DocumentStocke(
                        ligne.getString("recapitulatif_cle"),
                        "application/pdf",
                        ligne.getLong("recapitulatif_taille"),
                        ligne.getString("recapitulatif_sha256")))
                .optional();
    }

    /**
     * Le récapitulatif d'une pré-demande qui n'en avait pas (voir {@link PreDemande#attendUnRecapitulatif}) ; faux si
     * elle en a déjà un, ou si elle a changé depuis sa lecture : rien n'est alors écrit.
     */
    boolean enregistrerRecapitulatif(PreDemande demande, DocumentStocke recapitulatif) {
        return jdbc.sql("""
                        update pre_demande set recapitulatif_cle = ?, recapitulatif_sha256 = ?, recapitulatif_taille = ?,
                          version = version + 1
                        where id = ? and version = ? and recapitulatif_cle is null""")
                        .params(
                                recapitulatif.cle(),
                                recapitulatif.sha256(),
                                recapitulatif.taille(),
                                demande.id(),
                                demande.version())
                        .update()
                == 1;
    }

    /** L'adresse choisie sur la page de vérification pour recevoir le récapitulatif. */
    void enregistrerCourrielDuRecapitulatif(UUID id, String courriel) {
        jdbc.sql("update pre_demande set courriel_recapitulatif = ? where id = ?")
                .params(courriel, id)
                .update();
    }

    boolean numeroPris(NumeroPreDemande numero) {
        return jdbc.sql("select count(*) from pre_demande where numero = ?")
                        .param(numero.valeur())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Expire et efface les données personnelles des pré-demandes non utilisées à échéance ; renvoie leur nombre. Seules
     * celles dont le statut peut devenir « expirée » sont touchées (le cycle de vie dit lesquelles).
     */
    int expirerEtPurger(Instant maintenant) {
        String[] precedents = StatutPreDemande.precedentsDe(StatutPreDemande.EXPIREE).stream()
                .map(Enum::name)
                .toArray(String[]::new);
        return jdbc.sql("""
                        update pre_demande set statut = ?, reponses = '{}'::jsonb, nom = null, prenoms = null,
                          date_naissance = null, courriel_recapitulatif = null, modifie_le = ?, version = version + 1
                        where statut = any (?) and expire_le <= ?""")
                .params(
                        StatutPreDemande.EXPIREE.name(),
                        Timestamp.from(maintenant),
                        precedents,
                        Timestamp.from(maintenant))
                .update();
    }

    private PreDemande lire(ResultSet ligne, int n) throws SQLException {
        String cle = ligne.getString("recapitulatif_cle");
        String numero = ligne.getString("numero");
        String mairie = ligne.getString("rappel_mairie");
        return new PreDemande(
                ligne.getObject("id", UUID.class),
                ligne.getObject("compte_id", UUID.class),
                StatutPreDemande.valueOf(ligne.getString("statut")),
                lireReponses(ligne.getString("reponses")),
                numero == null ? null : new NumeroPreDemande(numero),
                ligne.getTimestamp("cree_le").toInstant(),
                ligne.getTimestamp("modifie_le").toInstant(),
                instant(ligne.getTimestamp("validee_le")),
                ligne.getTimestamp("expire_le").toInstant(),
                cle == null
                        ? null
                        : new DocumentStocke(
                                cle,
                                "application/pdf",
                                ligne.getLong("recapitulatif_taille"),
                                ligne.getString("recapitulatif_sha256")),
                mairie == null ? null : new Rappel(mairie, ligne.getString("rappel_reference")),
                instant(ligne.getTimestamp("rappelee_le")),
                ligne.getLong("version"));
    }

    private Reponses lireReponses(String texte) {
        Reponses reponses = json.readValue(texte, Reponses.class);
        return reponses == null ? new Reponses() : reponses;
    }

    private static Instant instant(Timestamp horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String tronque(String texte, int max) {
        if (texte == null || texte.isBlank()) {
            return null;
        }
        return texte.length() <= max ? texte : texte.substring(0, max);
    }
}
