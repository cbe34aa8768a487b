package fr.predemande.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.referentiel.internal.ChargementDuReferentiel.Bilan;
import fr.predemande.support.ApplicationEnTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Le chargement des données officielles : complet au démarrage, rapide, sans doublon quand il est refait, sûr quand
 * deux nœuds démarrent ensemble, et respectueux de la marque COMEDEC tenue par les exploitants.
 */
class ChargementDuReferentielTest extends ApplicationEnTest {

    @Autowired
    ChargementDuReferentiel chargement;

    @Autowired
    JdbcClient jdbc;

    @Test
    void lesTablesSontRempliesAuDemarrage() {
        assertThat(compter("commune")).isGreaterThan(34_000);
        assertThat(compter("departement")).isEqualTo(109);
        assertThat(jdbc.sql("select count(*) from departement where zone in ('metro', 'drom')")
                        .query(Long.class)
                        .single())
                .isEqualTo(101);
        assertThat(compter("commune_code_postal")).isGreaterThan(35_000);
        assertThat(compter("pays")).isBetween(230L, 250L);
        // uniquement les communes actuelles et les arrondissements municipaux (45 à Paris, Lyon et Marseille)
        assertThat(jdbc.sql("select count(*) from commune where code_insee between '75101' and '75120'")
                        .query(Long.class)
                        .single())
                .isEqualTo(20);
        Map<String, Object> bilan = jdbc.sql(
                        "select lignes, duree_ms from referentiel_chargement where jeu = 'communes'")
                .query()
                .singleRow();
        System.out.printf(
                "Dernier chargement enregistré : %s lignes (communes et départements) en %s ms%n",
                bilan.get("lignes"), bilan.get("duree_ms"));
    }

    @Test
    void desDonneesInchangeesNeSontPasRechargees() {
        List<Bilan> bilans = chargement.charger();

        assertThat(bilans).extracting(Bilan::charge).containsOnly(false);
        bilans.forEach(b -> System.out.printf(
                "Référentiel « %s » déjà à jour, vérifié en %d ms%n",
                b.jeu(), b.duree().toMillis()));
    }

    @Test
    void rechargerNeDoublePasLesLignesNiNEffaceLaMarqueComedec() {
        long communes = compter("commune");
        long codesPostaux = compter("commune_code_postal");
        long pays = compter("pays");
        jdbc.sql("update commune set comedec = true where code_insee = '42218'").update();
        oublierLesEmpreintes();

        List<Bilan> bilans = chargement.charger();

        assertThat(bilans).extracting(Bilan::charge).containsOnly(true);
        bilans.forEach(b -> System.out.printf(
                "Rechargement « %s » : %d lignes en %d ms%n",
                b.jeu(), b.lignes(), b.duree().toMillis()));
        assertThat(bilans.get(0).duree()).isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(compter("commune")).isEqualTo(communes);
        assertThat(compter("commune_code_postal")).isEqualTo(codesPostaux);
        assertThat(compter("pays")).isEqualTo(pays);
        assertThat(jdbc.sql("select comedec from commune where code_insee = '42218'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        jdbc.sql("update commune set comedec = false where code_insee = '42218'")
                .update();
    }

    @Test
    void uneCommuneQuiADisparuDesDonneesEstSupprimee() {
        jdbc.sql("""
                        insert into commune (code_insee, nom, nom_normalise, code_departement, population)
                        values ('01999', 'Commune fusionnée', 'commune fusionnee', '01', 10)""").update();
        jdbc.sql("insert into commune_code_postal (code_postal, code_insee) values ('01999', '01999')")
                .update();
        oublierLesEmpreintes();

        chargement.chargerLesCommunes();

        assertThat(jdbc.sql("select count(*) from commune where code_insee = '01999'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from commune_code_postal where code_insee = '01999'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void deuxNoeudsQuiDemarrentEnsembleNeChargentQuUneFois() throws Exception {
        long communes = compter("commune");
        oublierLesEmpreintes();
        var depart = new CountDownLatch(1);
        ExecutorService noeuds = Executors.newFixedThreadPool(2);
        try {
            var premier = CompletableFuture.supplyAsync(() -> attendreEtCharger(depart), noeuds);
            var second = CompletableFuture.supplyAsync(() -> attendreEtCharger(depart), noeuds);
            depart.countDown();

            List<Bilan> bilans = List.of(premier.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));

            assertThat(bilans).filteredOn(Bilan::charge).hasSize(1);
            assertThat(compter("commune")).isEqualTo(communes);
        } finally {
            noeuds.shutdownNow();
        }
    }

    private Bilan attendreEtCharger(CountDownLatch depart) {
        try {
            depart.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return chargement.chargerLesCommunes();
    }

    private void oublierLesEmpreintes() {
        jdbc.sql("delete from referentiel_chargement").update();
    }

    private long compter(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
