package fr.predemande.habilitation.internal;

import static fr.predemande.audit.ActionAuditee.CONSULTATION_JOURNAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.predemande.audit.Acteur;
import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairie;
import fr.predemande.support.Balisage;
import jakarta.servlet.http.Cookie;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Le journal d'audit vu par l'administrateur d'une mairie : les entrées de sa mairie seule, cherchées par agent, numéro
 * et période ; sa lecture consignée ; la vérification de la chaîne, qui voit une ligne changée dans la base.
 */
class JournalDeLaMairieHttpTest extends EspaceMairieEnTest {

    private static final String JOURNAL = "/mairie/administration/journal";
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom HASARD = new SecureRandom();

    @Autowired
    JournalDAudit journal;

    @Test
    void lAdministrateurDeAVoitLesEntreesDeAEtJamaisCellesDeB() throws Exception {
        var andrezieux = mairie("Mairie d’Andrézieux-Bouthéon", "Poste 1");
        var bonson = mairie("Mairie de Bonson", "Poste 1");
        var administrateur = agentEnrole(andrezieux, RoleAgent.ADMINISTRATEUR);
        String dossierDeA = numero();
        String dossierDeB = numero();
        String agentDeA = unique("agent.a");
        String agentDeB = unique("agent.b");
        consigner(andrezieux, agentDeA, ActionAuditee.CORRECTION, dossierDeA, "ETAT_CIVIL.taille");
        consigner(bonson, agentDeB, ActionAuditee.CORRECTION, dossierDeB, "ETAT_CIVIL.taille");
        Cookie session = sessionDe(administrateur);

        String page = page(get(JOURNAL).cookie(session));

        assertThat(page)
                .contains(
                        dossierDeA,
                        agentDeA,
                        "ETAT_CIVIL.taille",
                        "Correction d’une réponse",
                        "Poste 1",
                        "10.1.2.3",
                        administrateur.identifiant(),
                        "Connexion")
                .doesNotContain(dossierDeB, agentDeB);
        // la mairie n'est jamais un paramètre : chercher l'agent ou le dossier de B ne rend rien
        // (la seule entrée sous ce numéro dans A : la consultation elle-même, consignée avant la lecture)
        String parNumero = page(get(JOURNAL).cookie(session).param("objet", dossierDeB));
        assertThat(parNumero)
                .doesNotContain(agentDeB, "Correction d’une réponse")
                .contains("Consultation du journal d’audit");
        assertThat(Pattern.compile("<tr id=\"entree-")
                        .matcher(parNumero)
                        .results()
                        .count())
                .isEqualTo(1);
        assertThat(page(get(JOURNAL)
                        .cookie(session)
                        .param("acteur", agentDeB)
                        .param("mairie", bonson.id().toString())))
                .doesNotContain(dossierDeB)
                .contains("Aucune entrée ne correspond");
        // chaque lecture est consignée, au nom de l'administrateur, sous le numéro cherché
        assertThat(actionsAuditees(administrateur.identifiant()).stream().filter(a -> a == CONSULTATION_JOURNAL))
                .hasSize(3);
        assertThat(journal.rechercher(andrezieux.id(), administrateur.identifiant(), dossierDeB, null, null, 10))
                .extracting(e -> e.entree().action())
                .containsExactly(CONSULTATION_JOURNAL);
    }

    @Test
    void laRechercheFiltreParAgentParNumeroEtParPeriode() throws Exception {
        var mairie = mairie("Mairie de Firminy", "Poste 1");
        var administrateur = agentEnrole(mairie, RoleAgent.AGENT, RoleAgent.ADMINISTRATEUR);
        String claire = unique("claire");
        String noemie = unique("noemie");
        String premier = numero();
        String second = numero();
        consigner(mairie, claire, ActionAuditee.CONSULTATION_DOSSIER, premier, null);
        consigner(mairie, noemie, ActionAuditee.TRANSMISSION, second, null);
        Cookie session = sessionDe(administrateur);

        assertThat(page(get(JOURNAL).cookie(session).param("acteur", claire.toUpperCase())))
                .contains(premier, "Consultation d’un dossier")
                .doesNotContain(second, "Transmission à l’instruction");
        // le numéro tapé comme il est imprimé, en minuscules et avec ses espaces
        String imprime =
                (second.substring(0, 4) + " " + second.substring(4, 8) + " " + second.substring(8)).toLowerCase();
        assertThat(page(get(JOURNAL).cookie(session).param("objet", imprime)))
                .contains(second, noemie, "Transmission à l’instruction")
                .doesNotContain(premier, claire);

        LocalDate aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris"));
        assertThat(page(get(JOURNAL)
                        .cookie(session)
                        .param("acteur", claire)
                        .param("du", JJ_MM_AAAA.format(aujourdhui))
                        .param("au", JJ_MM_AAAA.format(aujourdhui))))
                .contains(premier);
        assertThat(page(get(JOURNAL)
                        .cookie(session)
                        .param("acteur", claire)
                        .param("du", JJ_MM_AAAA.format(aujourdhui.plusDays(1)))))
                .doesNotContain(premier)
                .contains("Aucune entrée ne correspond");
        assertThat(page(get(JOURNAL)
                        .cookie(session)
                        .param("acteur", claire)
                        .param("au", JJ_MM_AAAA.format(aujourdhui.minusDays(1)))))
                .doesNotContain(premier)
                .contains("Aucune entrée ne correspond");
        // jour et mois sur un chiffre, points : la même date
        assertThat(page(get(JOURNAL)
                        .cookie(session)
                        .param("acteur", claire)
                        .param(
                                "du",
                                aujourdhui.getDayOfMonth() + "." + aujourdhui.getMonthValue() + "."
                                        + aujourdhui.getYear())))
                .contains(premier);
    }

    @Test
    void uneDateIllisibleEstSignaleeASonChampEtRienNEstLu() throws Exception {
        var mairie = mairie("Mairie de Roche-la-Molière", "Poste 1");
        var administrateur = agentEnrole(mairie, RoleAgent.ADMINISTRATEUR);
        Cookie session = sessionDe(administrateur);

        String page =
                page(get(JOURNAL).cookie(session).param("du", "31/02/2025").param("au", "12/03"));
        assertThat(Balisage.titre(page)).startsWith("Erreur : Journal d’audit");
        assertThat(page)
                .contains(
                        "id=\"resume-erreurs\"",
                        "href=\"#du\"",
                        "href=\"#au\"",
                        "fr-input-group--error",
                        "La date de début n’existe pas ou n’est pas au format JJ/MM/AAAA",
                        "La date de fin n’existe pas ou n’est pas au format JJ/MM/AAAA",
                        "value=\"31/02/2025\"")
                .doesNotContain("id=\"entrees\"");

        assertThat(page(get(JOURNAL).cookie(session).param("du", "12/03/2025").param("au", "11/03/2025")))
                .contains("href=\"#au\"", "La date de fin doit être le même jour que la date de début ou après");
        assertThat(actionsAuditees(administrateur.identifiant())).doesNotContain(CONSULTATION_JOURNAL);
    }

    @Test
    void auDelaDe200EntreesLaPageLeDit() throws Exception {
        var mairie = mairie("Mairie de Saint-Chamond", "Poste 1");
        var administrateur = agentEnrole(mairie, RoleAgent.ADMINISTRATEUR);
        String bavard = unique("bavard");
        for (int i = 0; i < 201; i++) {
            consigner(mairie, bavard, ActionAuditee.RECHERCHE_SANS_RESULTAT, null, "numéro mal saisi");
        }
        Cookie session = sessionDe(administrateur);

        String page = page(get(JOURNAL).cookie(session).param("acteur", bavard));
        assertThat(page).contains("id=\"tronque\"", "Seules les 200 entrées les plus récentes sont affichées");
        assertThat(Pattern.compile("<tr id=\"entree-").matcher(page).results().count())
                .isEqualTo(200);

        String complete = page(get(JOURNAL).cookie(session).param("acteur", administrateur.identifiant()));
        assertThat(complete).doesNotContain("id=\"tronque\"");
    }

    @Test
    void unAgentSansLeRoleNiLitNiVerifieLeJournal() throws Exception {
        var agent = agentEnrole(mairie("Mairie de Veauche", "Poste 1"), RoleAgent.AGENT);
        Cookie session = sessionDe(agent);
        mvc.perform(get(JOURNAL).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post(JOURNAL + "/verification").cookie(session).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(actionsAuditees(agent.identifiant())).doesNotContain(CONSULTATION_JOURNAL);
    }

    @Test
    void laVerificationDitLeJournalIntactPuisRompuALEntreeModifiee() throws Exception {
        var mairie = mairie("Mairie de Montbrison", "Poste 1");
        var administrateur = agentEnrole(mairie, RoleAgent.ADMINISTRATEUR);
        Cookie session = sessionDe(administrateur);

        long avant = entrees();
        String intact = verifier(session);
        long apres = entrees();
        var nombre = Pattern.compile("Journal intact \\(([\\d\\s\u202f\u00a0]+) entrées vérifiées\\)")
                .matcher(intact);
        assertThat(nombre.find()).as("le résultat de la vérification").isTrue();
        assertThat(Long.parseLong(nombre.group(1).replaceAll("\\D", ""))).isBetween(avant, apres);
        assertThat(intact).contains("Le journal est commun à toutes les mairies");

        String dossier = numero();
        consigner(mairie, unique("agent"), ActionAuditee.CORRECTION, dossier, "ETAT_CIVIL.taille");
        long numero = jdbc.sql("select numero from journal_audit where objet = ?")
                .param(dossier)
                .query(Long.class)
                .single();
        consigner(mairie, unique("agent"), ActionAuditee.CORRECTION, numero(), "ETAT_CIVIL.taille");
        try {
            sansDeclencheur("update journal_audit set detail = 'ETAT_CIVIL.nomNaissance' where numero = " + numero);

            String rompu = verifier(session);
            assertThat(rompu)
                    .contains(
                            "Journal rompu à l’entrée n° " + numero + "<", "Le journal est commun à toutes les mairies")
                    .doesNotContain("Journal intact");
            assertThat(detailsAudites(administrateur.identifiant(), CONSULTATION_JOURNAL))
                    .contains("vérification de la chaîne : rompue à l'entrée " + numero);
        } finally {
            sansDeclencheur("update journal_audit set detail = 'ETAT_CIVIL.taille' where numero = " + numero);
        }
        assertThat(verifier(session)).contains("Journal intact (");
    }

    /** Vérifie le journal (POST), puis affiche la page où l'on revient, avec le résultat passé en attribut flash. */
    private String verifier(Cookie session) throws Exception {
        var verification = mvc.perform(
                        post(JOURNAL + "/verification").cookie(session).with(csrf()))
                .andExpect(redirectedUrl(JOURNAL))
                .andReturn();
        return page(get(JOURNAL).cookie(session).flashAttrs(verification.getFlashMap()));
    }

    private String page(MockHttpServletRequestBuilder requete) throws Exception {
        return mvc.perform(requete)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void consigner(Mairie mairie, String agent, ActionAuditee action, String objet, String detail) {
        journal.consigner(
                new EntreeDAudit(Acteur.agent(agent, mairie.id(), "Poste 1"), action, objet, detail, "10.1.2.3"));
    }

    private long entrees() {
        return jdbc.sql("select count(*) from journal_audit").query(Long.class).single();
    }

    /** Un administrateur de la base passe outre le déclencheur qui interdit de modifier le journal, puis le remet. */
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

    /** Un numéro de pré-demande de forme plausible, propre au test. */
    private static String numero() {
        var numero = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            numero.append(CROCKFORD.charAt(HASARD.nextInt(CROCKFORD.length())));
        }
        return numero.toString();
    }
}
