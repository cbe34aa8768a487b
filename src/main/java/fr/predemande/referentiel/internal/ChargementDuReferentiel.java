package fr.predemande.referentiel.internal;

import fr.predemande.plateforme.TraitementsLongs;
import fr.predemande.referentiel.internal.DonneesOfficielles.CommuneOfficielle;
import fr.predemande.referentiel.internal.DonneesOfficielles.DepartementOfficiel;
import fr.predemande.referentiel.internal.DonneesOfficielles.Fichiers;
import fr.predemande.referentiel.internal.DonneesOfficielles.PaysOfficiel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Charge les données officielles dans les tables au démarrage, avant que l'application ne se déclare prête, et
 * seulement quand leur empreinte a changé (première mise en service, nouvelle version du paquet de données).
 *
 * <p>Plusieurs nœuds peuvent démarrer ensemble : le chargement se fait dans une transaction qui prend d'abord un verrou
 * consultatif de PostgreSQL ; le nœud qui attendait relit l'empreinte une fois le verrou obtenu et n'a plus rien à
 * faire. Les lignes sont insérées ou mises à jour en bloc ({@code unnest} de tableaux : une requête par table) : la
 * marque COMEDEC, tenue par les exploitants, n'est jamais écrasée ; ce qui a disparu des données est supprimé. Les
 * lecteurs voient l'ancien référentiel jusqu'à la validation.
 */
@Component
@Order(0)
class ChargementDuReferentiel implements ApplicationRunner {

    /** Clé du verrou consultatif (« PREDREF1 ») : unique dans la base de l'application. */
    static final long VERROU = 0x5052_4544_5245_4631L;

    static final String JEU_COMMUNES = "communes";
    static final String JEU_PAYS = "pays";
    /**
     * Le temps laissé à un chargement : quelques secondes d'ordinaire, davantage sur une machine lente ou chargée, et
     * l'attente du verrou pendant qu'un autre nœud charge.
     */
    static final Duration DUREE_MAX = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(ChargementDuReferentiel.class);

    /** Ce qu'a fait un chargement : rien (à jour) ou tant de lignes, en tant de temps (lecture des fichiers comprise). */
    record Bilan(String jeu, boolean charge, int lignes, Duration duree) {}

    private final JdbcClient jdbc;
    private final ReferentielJdbc referentiel;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final TraitementsLongs traitementsLongs;

    ChargementDuReferentiel(
            JdbcClient jdbc,
            ReferentielJdbc referentiel,
            PlatformTransactionManager transactions,
            Clock horloge,
            TraitementsLongs traitementsLongs) {
        this.jdbc = jdbc;
        this.referentiel = referentiel;
        this.transaction = new TransactionTemplate(transactions);
        this.horloge = horloge;
        this.traitementsLongs = traitementsLongs;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        for (Bilan bilan : charger()) {
            if (bilan.charge()) {
                LOG.info(
                        "Référentiel « {} » chargé : {} lignes en {} ms",
                        bilan.jeu(),
                        bilan.lignes(),
                        bilan.duree().toMillis());
            } else {
                LOG.debug(
                        "Référentiel « {} » à jour ({} ms)",
                        bilan.jeu(),
                        bilan.duree().toMillis());
            }
        }
    }

    List<Bilan> charger() {
        List<Bilan> bilans = List.of(chargerLesCommunes(), chargerLesPays());
        referentiel.oublierLesResolutions();
        return bilans;
    }

    Bilan chargerLesCommunes() {
        return chargerSiNecessaire(JEU_COMMUNES, DonneesOfficielles.fichiersDesCommunes(), fichiers -> {
            List<DepartementOfficiel> departements =
                    DonneesOfficielles.departements(fichiers.contenus().get(0));
            Set<String> codes =
                    departements.stream().map(DepartementOfficiel::code).collect(Collectors.toSet());
            List<CommuneOfficielle> communes =
                    DonneesOfficielles.communes(fichiers.contenus().get(1), codes);
            ecrireLesDepartements(departements);
            ecrireLesCommunes(communes);
            supprimerLesDepartementsDisparus(departements);
            // des statistiques à jour tout de suite, pour les plans des recherches (sans attendre l'autovacuum)
            jdbc.sql("analyze departement, commune, commune_code_postal").update();
            return departements.size() + communes.size();
        });
    }

    Bilan chargerLesPays() {
        return chargerSiNecessaire(JEU_PAYS, DonneesOfficielles.fichiersDesPays(), fichiers -> {
            List<PaysOfficiel> pays = DonneesOfficielles.pays(
                    fichiers.contenus().get(0), fichiers.contenus().get(1));
            ecrireLesPays(pays);
            jdbc.sql("analyze pays").update();
            return pays.size();
        });
    }

    private Bilan chargerSiNecessaire(String jeu, Fichiers fichiers, Function<Fichiers, Integer> chargement) {
        long debut = System.nanoTime();
        if (empreinteEnBase(jeu).filter(fichiers.empreinte()::equals).isPresent()) {
            return new Bilan(jeu, false, 0, Duration.ofNanos(System.nanoTime() - debut));
        }
        return transaction.execute(statut -> {
            // au-delà des délais des pages (plateforme.TraitementsLongs)
            traitementsLongs.prolongerLaTransaction(DUREE_MAX);
            jdbc.sql("select pg_advisory_xact_lock(?)").param(VERROU).query().listOfRows();
            if (empreinteEnBase(jeu).filter(fichiers.empreinte()::equals).isPresent()) {
                // un autre nœud vient de charger ces mêmes données pendant qu'on attendait le verrou
                return new Bilan(jeu, false, 0, Duration.ofNanos(System.nanoTime() - debut));
            }
            int lignes = chargement.apply(fichiers);
            var duree = Duration.ofNanos(System.nanoTime() - debut);
            jdbc.sql("""
                            insert into referentiel_chargement (jeu, empreinte, lignes, duree_ms, charge_le)
                            values (?, ?, ?, ?, ?)
                            on conflict (jeu) do update set empreinte = excluded.empreinte, lignes = excluded.lignes,
                              duree_ms = excluded.duree_ms, charge_le = excluded.charge_le""")
                    .params(jeu, fichiers.empreinte(), lignes, duree.toMillis(), Timestamp.from(horloge.instant()))
                    .update();
            return new Bilan(jeu, true, lignes, duree);
        });
    }

    private Optional<String> empreinteEnBase(String jeu) {
        return jdbc.sql("select empreinte from referentiel_chargement where jeu = ?")
                .param(jeu)
                .query(String.class)
                .optional();
    }

    private void ecrireLesDepartements(List<DepartementOfficiel> departements) {
        jdbc.sql("""
                        insert into departement (code, nom, zone)
                        select * from unnest(?::varchar[], ?::varchar[], ?::varchar[])
                        on conflict (code) do update set nom = excluded.nom, zone = excluded.zone
                        where (departement.nom, departement.zone) is distinct from (excluded.nom, excluded.zone)""")
                .params(
                        colonne(departements, DepartementOfficiel::code),
                        colonne(departements, DepartementOfficiel::nom),
                        colonne(departements, DepartementOfficiel::zone))
                .update();
    }

    private void ecrireLesCommunes(List<CommuneOfficielle> communes) {
        String[] codes = colonne(communes, CommuneOfficielle::code);
        // Seulement les lignes nouvelles ou changées, et toujours par opérations ensemblistes (EXCEPT : hachage ou
        // tri) : juste après le premier chargement, les tables n'ont pas encore de statistiques et une anti-jointure
        // pourrait être planifiée en boucles imbriquées, 35 000 × 35 000 comparaisons.
        jdbc.sql("""
                        insert into commune (code_insee, nom, nom_normalise, code_departement, population)
                        select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[])
                        except
                        select code_insee, nom, nom_normalise, code_departement, population from commune
                        on conflict (code_insee) do update set nom = excluded.nom, nom_normalise = excluded.nom_normalise,
                          code_departement = excluded.code_departement, population = excluded.population""")
                .params(
                        codes,
                        colonne(communes, CommuneOfficielle::nom),
                        colonne(communes, c -> FormeNormalisee.de(c.nom())),
                        colonne(communes, CommuneOfficielle::departement),
                        communes.stream().map(CommuneOfficielle::population).toArray(Integer[]::new))
                .update();
        // les codes postaux des communes disparues partent avec elles (cascade)
        jdbc.sql("""
                        delete from commune where code_insee in (
                          select code_insee from commune except select unnest(?::varchar[]))""").param(codes).update();
        var codesPostaux = new ArrayList<String>();
        var communesDesCodes = new ArrayList<String>();
        for (CommuneOfficielle commune : communes) {
            for (String codePostal : commune.codesPostaux()) {
                codesPostaux.add(codePostal);
                communesDesCodes.add(commune.code());
            }
        }
        String[] colonneCodesPostaux = codesPostaux.toArray(String[]::new);
        String[] colonneCommunes = communesDesCodes.toArray(String[]::new);
        jdbc.sql("""
                        delete from commune_code_postal where (code_postal, code_insee) in (
                          select code_postal, code_insee from commune_code_postal
                          except
                          select * from unnest(?::varchar[], ?::varchar[]))""").params(colonneCodesPostaux, colonneCommunes).update();
        jdbc.sql("""
                        insert into commune_code_postal (code_postal, code_insee)
                        select * from unnest(?::varchar[], ?::varchar[])
                        except
                        select code_postal, code_insee from commune_code_postal""").params(colonneCodesPostaux, colonneCommunes).update();
    }

    private void supprimerLesDepartementsDisparus(List<DepartementOfficiel> departements) {
        jdbc.sql("""
                        delete from departement where code in (select code from departement except select unnest(?::varchar[]))""").param(colonne(departements, DepartementOfficiel::code)).update();
    }

    private void ecrireLesPays(List<PaysOfficiel> pays) {
        String[] codes = colonne(pays, PaysOfficiel::codeIso);
        jdbc.sql("""
                        insert into pays (code_iso, code_iso3, code_numerique, nom, nom_normalise)
                        select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                        on conflict (code_iso) do update set code_iso3 = excluded.code_iso3,
                          code_numerique = excluded.code_numerique, nom = excluded.nom, nom_normalise = excluded.nom_normalise
                        where (pays.code_iso3, pays.code_numerique, pays.nom, pays.nom_normalise)
                          is distinct from (excluded.code_iso3, excluded.code_numerique, excluded.nom, excluded.nom_normalise)""")
                .params(
                        codes,
                        colonne(pays, PaysOfficiel::codeIso3),
                        colonne(pays, PaysOfficiel::codeNumerique),
                        colonne(pays, PaysOfficiel::nom),
                        colonne(pays, p -> FormeNormalisee.de(p.nom())))
                .update();
        jdbc.sql("""
                        delete from pays where code_iso in (select code_iso from pays except select unnest(?::varchar[]))""").param(codes).update();
    }

    private static <T> String[] colonne(List<T> lignes, Function<T, String> valeur) {
        return lignes.stream().map(valeur).toArray(String[]::new);
    }
}
