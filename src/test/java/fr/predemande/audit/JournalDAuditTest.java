package fr.predemande.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.predemande.support.ApplicationEnTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Le journal d'audit : chaque entrée chaînée à la précédente ; une ligne changée ou supprimée se voit. */
class JournalDAuditTest extends ApplicationEnTest {

    @Autowired
    JournalDAudit journal;

    @Autowired
    JdbcClient jdbc;

    private final UUID mairie = UUID.randomUUID();

    @Test
    void lesEntreesSeRetrouventParMairieEtLaChaineEstIntacte() {
        consigner("agent.a", ActionAuditee.RECHERCHE_TROUVEE, "7K3M9Q2XTB");
        consigner("agent.b", ActionAuditee.RECHERCHE_SANS_RESULTAT, "0000000000");
        journal.consigner(new EntreeDAudit(
                Acteur.agent("agent.c", UUID.randomUUID(), null),
                ActionAuditee.CONSULTATION_DOSSIER,
                "autre mairie",
                null,
                null));

        var entrees = journal.rechercher(mairie, null, null, null, null, 10);

        assertThat(entrees).extracting(e -> e.entree().acteur().identifiant()).containsExactly("agent.b", "agent.a");
        assertThat(entrees.get(0).le()).isBeforeOrEqualTo(Instant.now());
        assertThat(journal.rechercher(mairie, "agent.a", null, null, null, 10)).hasSize(1);
        assertThat(journal.rechercher(mairie, null, "7K3M9Q2XTB", null, null, 10))
                .hasSize(1);
        assertThat(journal.verifier().intact()).isTrue();
    }

    @Test
    void laBaseRefuseDeModifierOuDeSupprimerUneEntree() {
        consigner("agent.a", ActionAuditee.CORRECTION, "dossier");
        long numero = dernier();

        assertThatThrownBy(() -> jdbc.sql("update journal_audit set detail = 'rien' where numero = ?")
                        .param(numero)
                        .update())
                .hasMessageContaining("Le journal d'audit ne se modifie pas");
        assertThatThrownBy(() -> jdbc.sql("delete from journal_audit where numero = ?")
                        .param(numero)
                        .update())
                .hasMessageContaining("Le journal d'audit ne se modifie pas");
    }

    /** Un administrateur de la base qui passe outre le déclencheur et change une ligne est trahi par la chaîne. */
    @Test
    void uneEntreeModifieeEstDetectee() {
        consigner("agent.a", ActionAuditee.CORRECTION, "dossier-1");
        long numero = dernier();
        consigner("agent.a", ActionAuditee.CORRECTION, "dossier-2");
        String detail = jdbc.sql("select detail from journal_audit where numero = ?")
                .param(numero)
                .query(String.class)
                .single();
        try {
            sansDeclencheur("update journal_audit set acteur = 'quelqu-un.d-autre' where numero = " + numero);

            assertThat(journal.verifier().premiereEntreeAlteree()).isEqualTo(numero);
        } finally {
            sansDeclencheur("update journal_audit set acteur = 'agent.a' where numero = " + numero);
        }
        assertThat(detail).isEqualTo("détail");
        assertThat(journal.verifier().intact()).isTrue();
    }

    @Test
    void uneEntreeSupprimeeEstDetectee() {
        consigner("agent.a", ActionAuditee.TELECHARGEMENT_PIECE, "piece-1");
        long numero = dernier();
        consigner("agent.a", ActionAuditee.TELECHARGEMENT_PIECE, "piece-2");
        Map<String, Object> ligne = jdbc.sql("select * from journal_audit where numero = ?")
                .param(numero)
                .query()
                .singleRow();
        try {
            sansDeclencheur("delete from journal_audit where numero = " + numero);

            assertThat(journal.verifier().premiereEntreeAlteree())
                    .as("l'entrée qui suit la supprimée")
                    .isEqualTo(numero + 1);
        } finally {
            jdbc.sql("""
                            insert into journal_audit (numero, le, type_acteur, acteur, mairie, poste, action, objet, detail,
                              adresse, empreinte_precedente, empreinte)
                            overriding system value values (:numero, :le, :type_acteur, :acteur, :mairie, :poste, :action,
                              :objet, :detail, :adresse, :empreinte_precedente, :empreinte)""").params(ligne).update();
        }
        assertThat(journal.verifier().intact()).isTrue();
    }

    @Test
    void desEcrituresSimultaneesFormentUneSeuleChaine() throws Exception {
        long avant = dernier();
        var executeur = Executors.newFixedThreadPool(8);
        var depart = new CountDownLatch(1);
        var taches = new ArrayList<Future<?>>();
        try {
            for (int i = 0; i < 40; i++) {
                int n = i;
                taches.add(executeur.submit(() -> {
                    depart.await();
                    consigner("agent." + n % 4, ActionAuditee.RECHERCHE_TROUVEE, "numero-" + n);
                    return null;
                }));
            }
            depart.countDown();
            for (var tache : taches) {
                tache.get();
            }
        } finally {
            executeur.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from journal_audit where numero > ?")
                        .param(avant)
                        .query(Long.class)
                        .single())
                .isEqualTo(40);
        assertThat(journal.verifier().intact()).isTrue();
    }

    private void consigner(String agent, ActionAuditee action, String objet) {
        journal.consigner(
                new EntreeDAudit(Acteur.agent(agent, mairie, "Poste 1"), action, objet, "détail", "127.0.0.1"));
    }

    private long dernier() {
        return jdbc.sql("select coalesce(max(numero), 0) from journal_audit")
                .query(Long.class)
                .single();
    }

    private void sansDeclencheur(String sql) {
        jdbc.sql("alter table journal_audit disable trigger journal_audit_ajout_seulement")
                .update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table journal_audit enable trigger journal_audit_ajout_seulement")
                    .update();
        }
    }
}
