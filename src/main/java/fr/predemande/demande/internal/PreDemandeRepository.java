package fr.predemande.demande.internal;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.stockage.DocumentStocke;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

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
                        values (?, ?, 'BROUILLON', ?::jsonb, ?, ?, ?, ?) on conflict (id) do nothing""")
                .params(id, compteId, json.writeValueAsString(reponses), Reponses.VERSION, Timestamp.from(maintenant),
                        Timestamp.from(maintenant), Timestamp.from(expireLe))
                .update() == 1;
    }

    Optional<PreDemande> parId(UUID id) {
        return jdbc.sql("select * from pre_demande where id = ?").param(id).query(this::lire).optional();
    }

    /** Verrouille la ligne jusqu'à la fin de la transaction : deux validations simultanées se suivent. */
    Optional<PreDemande> parIdPourModification(UUID id) {
        return jdbc.sql("select * from pre_demande where id = ? for update").param(id).query(this::lire).optional();
    }

    Optional<PreDemande> parNumero(NumeroPreDemande numero) {
        return jdbc.sql("select * from pre_demande where numero = ?").param(numero.valeur()).query(this::lire).optional();
    }

    List<PreDemande> duCompte(UUID compteId) {
        return jdbc.sql("select * from pre_demande where compte_id = ? and statut <> 'EXPIREE' order by modifie_le desc")
                .param(compteId)
                .query(this::lire)
                .list();
    }

    /** Enregistre les réponses d'un brouillon ; faux si ce n'est plus un brouillon. */
    boolean enregistrerReponses(UUID id, Reponses reponses, Instant maintenant) {
        var etatCivil = reponses.getEtatCivil();
        return jdbc.sql("""
                        update pre_demande set reponses = ?::jsonb, titre = ?, motif = ?, nom = ?, prenoms = ?,
                          date_naissance = ?, modifie_le = ?, version = version + 1
                        where id = ? and statut = 'BROUILLON'""")
                .params(json.writeValueAsString(reponses), vide(reponses.getMotif().getTitre()),
                        vide(reponses.getMotif().getMotif()), tronque(etatCivil.getNomNaissance(), 80),
                        tronque(etatCivil.getPrenoms(), 450), Dates.lire(etatCivil.getDateNaissance()).orElse(null),
                        Timestamp.from(maintenant), id)
                .update() == 1;
    }

    void valider(PreDemande demande, NumeroPreDemande numero, String courriel, DocumentStocke recapitulatif,
            Instant maintenant, Instant expireLe) {
        int lignes = jdbc.sql("""
                        update pre_demande set statut = 'VALIDEE', numero = ?, courriel_recapitulatif = ?, validee_le = ?,
                          expire_le = ?, recapitulatif_cle = ?, recapitulatif_sha256 = ?, recapitulatif_taille = ?,
                          modifie_le = ?, version = version + 1
                        where id = ? and statut = 'BROUILLON' and version = ?""")
                .params(numero.valeur(), courriel, Timestamp.from(maintenant), Timestamp.from(expireLe),
                        recapitulatif.cle(), recapitulatif.sha256(), recapitulatif.taille(), Timestamp.from(maintenant),
                        demande.id(), demande.version())
                .update();
        if (lignes != 1) {
            throw new OptimisticLockingFailureException("La pré-demande a changé entre-temps");
        }
    }

    boolean numeroPris(NumeroPreDemande numero) {
        return jdbc.sql("select count(*) from pre_demande where numero = ?").param(numero.valeur()).query(Integer.class).single() > 0;
    }

    void annuler(UUID id, Instant maintenant) {
        jdbc.sql("update pre_demande set statut = 'ANNULEE', modifie_le = ?, version = version + 1 where id = ? and statut in ('BROUILLON', 'VALIDEE')")
                .params(Timestamp.from(maintenant), id)
                .update();
    }

    /** Expire et efface les données personnelles des pré-demandes non utilisées à échéance ; renvoie leur nombre. */
    int expirerEtPurger(Instant maintenant) {
        return jdbc.sql("""
                        update pre_demande set statut = 'EXPIREE', reponses = '{}'::jsonb, nom = null, prenoms = null,
                          date_naissance = null, courriel_recapitulatif = null, modifie_le = ?, version = version + 1
                        where statut in ('BROUILLON', 'VALIDEE') and expire_le < ?""")
                .params(Timestamp.from(maintenant), Timestamp.from(maintenant))
                .update();
    }

    private PreDemande lire(ResultSet ligne, int n) throws SQLException {
        String cle = ligne.getString("recapitulatif_cle");
        String numero = ligne.getString("numero");
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
                cle == null ? null : new DocumentStocke(cle, "application/pdf", ligne.getLong("recapitulatif_taille"),
                        ligne.getString("recapitulatif_sha256")),
                ligne.getLong("version"));
    }

    private Reponses lireReponses(String texte) {
        Reponses reponses = json.readValue(texte, Reponses.class);
        return reponses == null ? new Reponses() : reponses;
    }

    private static Instant instant(Timestamp horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte;
    }

    private static String tronque(String texte, int max) {
        String v = vide(texte);
        return v == null || v.length() <= max ? v : v.substring(0, max);
    }

    static LocalDate dateOuNull(String texte) {
        return Dates.lire(texte).orElse(null);
    }
}
