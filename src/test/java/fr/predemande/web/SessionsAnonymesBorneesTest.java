package fr.predemande.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.predemande.support.ApplicationEnTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Un formulaire envoyé sans session (ni jeton CSRF) est gardé pour après la connexion : ce service ne doit pas devenir
 * un moyen de remplir la base. Seuls les champs connus d'un formulaire connu sont gardés, 16 Ko au plus, 20 fois par
 * heure et par adresse.
 */
class SessionsAnonymesBorneesTest extends ApplicationEnTest {

    /**
     * Ce que 100 envois de 1,8 Mo peuvent ajouter, au plus, aux tables des sessions : 20 saisies gardées de 8 Ko (sans
     * la limite par adresse, les 100 le seraient : 800 Ko ; sans le tri des champs, 180 Mo).
     */
    static final long BORNE = 250 * 1024;

    @Autowired
    JdbcClient jdbc;

    @Test
    void centEnvoisAnonymesDeDonneesAuHasardGrossissentLesSessionsDeMoinsDe250Ko() throws Exception {
        long avant = tailleDesSessions();
        long gardeesAvant = gardees();
        String bloc = "x".repeat(1800);
        for (int i = 0; i < 100; i++) {
            var requete = post("/demandes/" + UUID.randomUUID() + "/motif").with(r -> {
                r.setRemoteAddr("192.0.2.77");
                return r;
            });
            for (int champ = 0; champ < 1000; champ++) {
                requete.param("champ" + champ, bloc);
            }
            // un champ connu : gardé (8 Ko, sous la borne de 16 Ko par saisie)
            requete.param("ancienTitreAutorite", "y".repeat(8000));
            mvc.perform(requete);
        }
        long ajoute = tailleDesSessions() - avant;

        assertThat(ajoute)
                .as("octets ajoutés aux tables des sessions par 100 envois de 1,8 Mo")
                .isLessThan(BORNE);
        assertThat(gardees() - gardeesAvant)
                .as("saisies gardées pour cette adresse")
                .isPositive()
                .isLessThanOrEqualTo(SaisiesInterrompues.GARDEES_PAR_HEURE);
    }

    private long gardees() {
        return jdbc.sql("select count(*) from spring_session_attributes where attribute_name like ?")
                .param(SaisiesInterrompues.ATTRIBUT + "%")
                .query(Long.class)
                .single();
    }

    private long tailleDesSessions() {
        return jdbc.sql("""
                        select coalesce((select sum(octet_length(attribute_bytes)) from spring_session_attributes), 0)
                             + coalesce((select count(*) * 200 from spring_session), 0)""").query(Long.class).single();
    }
}
