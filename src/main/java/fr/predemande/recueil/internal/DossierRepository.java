package fr.predemande.recueil.internal;

import fr.predemande.demande.Declaration;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.demande.Section;
import fr.predemande.justificatifs.Montant;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.recueil.DossierRecueilli;
import fr.predemande.recueil.DossierRecueilli.ControleDePiece;
import fr.predemande.recueil.DossierRecueilli.Correction;
import fr.predemande.recueil.DossierRecueilli.Empreintes;
import fr.predemande.recueil.DossierRecueilli.Numerisation;
import fr.predemande.recueil.DossierRecueilli.ObjetNumerise;
import fr.predemande.recueil.DossierRecueilli.Origine;
import fr.predemande.recueil.DossierRecueilli.ReleveDesEmpreintes;
import fr.predemande.recueil.DossierRecueilli.TimbreFiscal;
import fr.predemande.recueil.NumeroDeDemande;
import fr.predemande.recueil.StatutDossier;
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
 * Les dossiers en base. Toute modification d'un dossier porte la version que l'agent avait sous les yeux : si un
 * autre l'a modifié entre-temps, rien n'est écrit ({@link OptimisticLockingFailureException}).
 */
@Repository
class DossierRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DossierRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** La suivante de la séquence d'un département pour une année : unique même sous des créations simultanées. */
    long prochaineSequence(String codeDepartement, int annee) {
        return jdbc.sql("""
                        insert into sequence_numero_de_demande (code_departement, annee, dernier) values (?, ?, 1)
                        on conflict (code_departement, annee)
                        do update set dernier = sequence_numero_de_demande.dernier + 1
                        returning dernier""").params(codeDepartement, annee).query(Long.class).single();
    }

    void creer(Dossier d) {
        jdbc.sql("""
                        insert into dossier (id, numero, mairie, code_departement, statut, origine, numero_pre_demande,
                          declaration_declaree, declaration_retenue, nom, prenoms, cree_le, cree_par, modifie_le,
                          tenu_par, tenu_depuis)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.id(),
                        d.numero().valeur(),
                        d.mairie(),
                        d.codeDepartement(),
                        d.statut().name(),
                        d.origine().name(),
                        d.numeroPreDemande() == null
                                ? null
                                : d.numeroPreDemande().valeur(),
                        json.writeValueAsString(d.declaree()),
                        json.writeValueAsString(d.retenue()),
                        nom(d.retenue()),
                        prenoms(d.retenue()),
                        Timestamp.from(d.creeLe()),
                        d.creePar(),
                        Timestamp.from(d.modifieLe()),
                        d.tenuPar(),
                        timestamp(d.tenuDepuis()))
                .update();
    }

    Optional<Dossier> parNumero(NumeroDeDemande numero) {
        return jdbc.sql("select * from dossier where numero = ?")
                .param(numero.valeur())
                .query(this::lire)
                .optional();
    }

    Optional<Dossier> parPreDemande(NumeroPreDemande numero) {
        return jdbc.sql("select * from dossier where numero_pre_demande = ?")
                .param(numero.valeur())
                .query(this::lire)
                .optional();
    }

    /** Les dossiers d'une mairie encore au poste, les plus récents d'abord. */
    List<Dossier> enCours(UUID mairie, int max) {
        return jdbc.sql("select * from dossier where mairie = ? and statut = ? order by modifie_le desc limit ?")
                .params(mairie, StatutDossier.EN_COURS_DE_RECUEIL.name(), max)
                .query(this::lire)
                .list();
    }

    /** L'agent ouvre le dossier : les autres le verront (sans changer la version : ce n'est pas une modification). */
    void tenir(UUID id, String agent, Instant le) {
        jdbc.sql("update dossier set tenu_par = ?, tenu_depuis = ? where id = ?")
                .params(agent, Timestamp.from(le), id)
                .update();
    }

    /** La déclaration retenue change (une correction) ; les corrections sont ajoutées. */
    void corriger(UUID id, long version, Declaration retenue, List<Correction> corrections, Instant le) {
        modifier(
                id,
                version,
                le,
                "declaration_retenue = ?::jsonb, nom = ?, prenoms = ?",
                json.writeValueAsString(retenue),
                nom(retenue),
                prenoms(retenue));
        for (Correction c : corrections) {
            jdbc.sql("""
                            insert into correction_de_dossier (id, dossier, section, champ, libelle, valeur_declaree,
                              valeur_corrigee, par, le) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            UUID.randomUUID(),
                            id,
                            c.section().name(),
                            c.champ(),
                            coupe(c.libelle(), 200),
                            coupe(c.valeurDeclaree(), 1000),
                            coupe(c.valeurCorrigee(), 1000),
                            c.par(),
                            Timestamp.from(c.le()))
                    .update();
        }
    }

    /** Un formulaire papier tapé : ce que la personne a déclaré sur papier, donc les deux déclarations. */
    void saisirFormulairePapier(UUID id, long version, Declaration declaration, Instant le) {
        String texte = json.writeValueAsString(declaration);
        modifier(
                id,
                version,
                le,
                "declaration_declaree = ?::jsonb, declaration_retenue = ?::jsonb, nom = ?, prenoms = ?",
                texte,
                texte,
                nom(declaration),
                prenoms(declaration));
    }

    void controler(UUID id, long version, ControleDePiece controle) {
        modifier(id, version, controle.le(), null);
        jdbc.sql("""
                        insert into controle_de_piece (dossier, piece, conforme, motif, par, le) values (?, ?, ?, ?, ?, ?)
                        on conflict (dossier, piece) do update set conforme = excluded.conforme, motif = excluded.motif,
                          par = excluded.par, le = excluded.le""")
                .params(
                        id,
                        controle.piece().name(),
                        controle.conforme(),
                        controle.motif(),
                        controle.par(),
                        Timestamp.from(controle.le()))
                .update();
    }

    void numeriser(UUID id, long version, Numerisation n) {
        modifier(id, version, n.le(), null);
        jdbc.sql("""
                        insert into piece_numerisee (id, dossier, piece, nom_fichier, cle, type_media, taille, sha256, pages,
                          deposee_par, deposee_le) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        n.id(),
                        id,
                        n.objet().code(),
                        coupe(n.nomFichier(), 200),
                        n.document().cle(),
                        n.document().typeMedia(),
                        n.document().taille(),
                        n.document().sha256(),
                        n.pages(),
                        n.par(),
                        Timestamp.from(n.le()))
                .update();
    }

    void releverEmpreintes(UUID id, long version, Empreintes empreintes) {
        modifier(
                id,
                version,
                empreintes.le(),
                "empreintes = ?, empreintes_motif = ?",
                empreintes.releve().name(),
                empreintes.motif());
    }

    void verifierPhoto(UUID id, long version, boolean verifiee, Instant le) {
        modifier(id, version, le, "photo_verifiee = ?", verifiee);
    }

    /** Faux si ce timbre est déjà enregistré (dans ce dossier ou un autre) : un timbre ne sert qu'une fois. */
    boolean ajouterTimbre(UUID id, long version, TimbreFiscal timbre) {
        modifier(id, version, timbre.le(), null);
        return jdbc.sql("""
                        insert into timbre_fiscal (numero, dossier, centimes, par, le) values (?, ?, ?, ?, ?)
                        on conflict (numero) do nothing""")
                        .params(
                                timbre.numero(),
                                id,
                                timbre.montant().centimes(),
                                timbre.par(),
                                Timestamp.from(timbre.le()))
                        .update()
                == 1;
    }

    void transmettre(Dossier avant, Dossier apres) {
        int lignes = jdbc.sql("""
                        update dossier set statut = ?, transmis_le = ?, transmis_par = ?, modifie_le = ?,
                          version = version + 1
                        where id = ? and statut = ? and version = ?""")
                .params(
                        apres.statut().name(),
                        Timestamp.from(apres.transmisLe()),
                        apres.transmisPar(),
                        Timestamp.from(apres.modifieLe()),
                        avant.id(),
                        avant.statut().name(),
                        avant.version())
                .update();
        if (lignes != 1) {
            throw new OptimisticLockingFailureException("Le dossier a changé entre-temps");
        }
    }

    List<Correction> corrections(UUID id) {
        return jdbc.sql("select * from correction_de_dossier where dossier = ? order by le, id")
                .param(id)
                .query((l, n) -> new Correction(
                        Section.valueOf(l.getString("section")),
                        l.getString("champ"),
                        l.getString("libelle"),
                        l.getString("valeur_declaree"),
                        l.getString("valeur_corrigee"),
                        l.getString("par"),
                        l.getTimestamp("le").toInstant()))
                .list();
    }

    List<ControleDePiece> controles(UUID id) {
        return jdbc.sql("select * from controle_de_piece where dossier = ? order by piece")
                .param(id)
                .query((l, n) -> new ControleDePiece(
                        PieceJustificative.valueOf(l.getString("piece")),
                        l.getBoolean("conforme"),
                        l.getString("motif"),
                        l.getString("par"),
                        l.getTimestamp("le").toInstant()))
                .list();
    }

    List<Numerisation> numerisations(UUID id) {
        return jdbc.sql("select * from piece_numerisee where dossier = ? order by deposee_le, id")
                .param(id)
                .query((l, n) -> new Numerisation(
                        l.getObject("id", UUID.class),
                        ObjetNumerise.lire(l.getString("piece")),
                        l.getString("nom_fichier"),
                        new DocumentStocke(
                                l.getString("cle"),
                                l.getString("type_media"),
                                l.getLong("taille"),
                                l.getString("sha256")),
                        l.getInt("pages"),
                        l.getString("deposee_par"),
                        l.getTimestamp("deposee_le").toInstant()))
                .list();
    }

    List<TimbreFiscal> timbres(UUID id) {
        return jdbc.sql("select * from timbre_fiscal where dossier = ? order by le, numero")
                .param(id)
                .query((l, n) -> new TimbreFiscal(
                        l.getString("numero"),
                        new Montant(l.getLong("centimes")),
                        l.getString("par"),
                        l.getTimestamp("le").toInstant()))
                .list();
    }

    /** Le dossier et ses listes, tel que l'instruction le lit. */
    DossierRecueilli complet(Dossier d) {
        return new DossierRecueilli(
                d.id(),
                d.numero(),
                d.mairie(),
                d.codeDepartement(),
                d.statut(),
                d.origine(),
                d.numeroPreDemande(),
                d.declaree(),
                d.retenue(),
                corrections(d.id()),
                controles(d.id()),
                numerisations(d.id()),
                d.empreintes(),
                d.photoVerifiee(),
                timbres(d.id()),
                d.creeLe(),
                d.transmisLe());
    }

    /** Une modification : version attendue, nouvelle version, date ; plus les colonnes données. */
    private void modifier(UUID id, long version, Instant le, String colonnes, Object... valeurs) {
        String sql = "update dossier set " + (colonnes == null ? "" : colonnes + ", ")
                + "modifie_le = ?, version = version + 1 where id = ? and version = ? and statut = ?";
        var parametres = new java.util.ArrayList<Object>(java.util.Arrays.asList(valeurs));
        parametres.add(Timestamp.from(le));
        parametres.add(id);
        parametres.add(version);
        parametres.add(StatutDossier.EN_COURS_DE_RECUEIL.name());
        if (jdbc.sql(sql).params(parametres).update() != 1) {
            throw new OptimisticLockingFailureException("Le dossier a changé entre-temps");
        }
    }

    private Dossier lire(ResultSet l, int n) throws SQLException {
        String empreintes = l.getString("empreintes");
        String preDemande = l.getString("numero_pre_demande");
        return new Dossier(
                l.getObject("id", UUID.class),
                new NumeroDeDemande(l.getString("numero")),
                l.getObject("mairie", UUID.class),
                l.getString("code_departement"),
                StatutDossier.valueOf(l.getString("statut")),
                Origine.valueOf(l.getString("origine")),
                preDemande == null ? null : new NumeroPreDemande(preDemande),
                json.readValue(l.getString("declaration_declaree"), Declaration.class),
                json.readValue(l.getString("declaration_retenue"), Declaration.class),
                l.getTimestamp("cree_le").toInstant(),
                l.getString("cree_par"),
                l.getTimestamp("modifie_le").toInstant(),
                l.getString("tenu_par"),
                instant(l.getTimestamp("tenu_depuis")),
                empreintes == null
                        ? null
                        : new Empreintes(
                                ReleveDesEmpreintes.valueOf(empreintes), l.getString("empreintes_motif"), null, null),
                l.getBoolean("photo_verifiee"),
                instant(l.getTimestamp("transmis_le")),
                l.getString("transmis_par"),
                l.getLong("version"));
    }

    private static String nom(Declaration d) {
        return coupe(d.etatCivil().nomNaissance(), 80);
    }

    private static String prenoms(Declaration d) {
        return coupe(String.join(", ", d.etatCivil().prenoms()), 450);
    }

    private static String coupe(String texte, int max) {
        return texte == null || texte.length() <= max ? texte : texte.substring(0, max);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
