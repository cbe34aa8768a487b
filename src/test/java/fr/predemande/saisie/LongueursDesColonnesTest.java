package fr.predemande.saisie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.support.ApplicationEnTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Les colonnes de la base et les règles de saisie disent la même longueur : une saisie acceptée par la règle tient
 * dans sa colonne (sinon la base refuserait ce que le formulaire a accepté, en erreur serveur).
 */
class LongueursDesColonnesTest extends ApplicationEnTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void chaqueColonneDUneSaisieEstAuMoinsAussiLongueQueSaRegle() {
        // la plus longue saisie de prénoms admise : 10 prénoms de 40 caractères, séparés par « , »
        int prenoms = Noms.NOMBRE_MAX_PRENOMS * Noms.LONGUEUR_MAX_PRENOM + (Noms.NOMBRE_MAX_PRENOMS - 1) * 2;
        var regles = Map.ofEntries(
                Map.entry("compte.identifiant", Identifiants.LONGUEUR_MAX),
                Map.entry("compte.nom", Noms.LONGUEUR_MAX_NOM),
                Map.entry("compte.prenoms", prenoms),
                Map.entry("compte.courriel", Courriels.LONGUEUR_MAX),
                Map.entry("compte.courriel_en_attente", Courriels.LONGUEUR_MAX),
                Map.entry("compte.telephone", 16),
                Map.entry("jeton_compte.courriel", Courriels.LONGUEUR_MAX),
                Map.entry("pre_demande.nom", Noms.LONGUEUR_MAX_NOM),
                Map.entry("pre_demande.prenoms", prenoms),
                Map.entry("pre_demande.courriel_recapitulatif", Courriels.LONGUEUR_MAX),
                Map.entry("dossier.nom", Noms.LONGUEUR_MAX_NOM),
                Map.entry("dossier.prenoms", prenoms),
                Map.entry("journal_audit.detail", 1000));
        regles.forEach((colonne, regle) -> {
            String[] morceaux = colonne.split("\\.");
            Integer longueur = jdbc.sql("""
                            select character_maximum_length from information_schema.columns
                            where table_schema = current_schema() and table_name = ? and column_name = ?""")
                    .params(morceaux[0], morceaux[1])
                    .query(Integer.class)
                    .optional()
                    .orElse(null);
            assertThat(longueur).as("colonne %s", colonne).isNotNull().isGreaterThanOrEqualTo(regle);
        });
    }
}
