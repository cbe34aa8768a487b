package fr.predemande.compte.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.compte.UsageDuLien;
import fr.predemande.support.ApplicationEnTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** Les adresses électroniques des liens à usage unique ne restent pas en base au-delà d'une semaine. */
class PurgeDesJetonsTest extends ApplicationEnTest {

    @Autowired
    PurgeDesJetons purge;

    @Autowired
    Jetons jetons;

    @Autowired
    CompteRepository comptes;

    @Autowired
    Clock horloge;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    List<ScheduledTaskHolder> planificateurs;

    @Test
    void lesJetonsExpiresOuUtilisesDepuisPlusDUneSemaineSontEffacesLesAutresGardes() {
        Instant maintenant = horloge.instant();
        // expiré depuis 29 jours
        var ancien = jetons.emettre(
                compte(), UsageDuLien.ACTIVATION, "ancien@exemple.fr", maintenant.minus(Duration.ofDays(30)));
        // utilisé il y a une semaine et une heure, expiré depuis moins d'une semaine : l'usage compte
        Instant ilYAUneSemaine = maintenant.minus(PurgeDesJetons.CONSERVATION);
        var utilise = jetons.emettre(
                compte(), UsageDuLien.ACTIVATION, "utilise@exemple.fr", ilYAUneSemaine.minus(Duration.ofHours(2)));
        assertThat(jetons.consommer(
                        utilise.valeur(), UsageDuLien.ACTIVATION, ilYAUneSemaine.minus(Duration.ofHours(1))))
                .isPresent();
        assertThat(utilise.expireLe()).isAfter(ilYAUneSemaine);
        // expiré depuis un jour : gardé, la page du lien dit encore « expiré »
        var recent = jetons.emettre(
                compte(), UsageDuLien.CHANGEMENT_COURRIEL, "recent@exemple.fr", maintenant.minus(Duration.ofDays(2)));
        // encore valable
        var valable = jetons.emettre(compte(), UsageDuLien.REINITIALISATION, "valable@exemple.fr", maintenant);

        // la purge planifiée de la nuit garde son verrou 5 minutes après avoir tourné : une nouvelle période commence
        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) where name = 'purge-jetons-compte'")
                .update();
        purge.purger();

        assertThat(jetons.etat(ancien.valeur(), UsageDuLien.ACTIVATION, maintenant))
                .isEqualTo(Jetons.Etat.INCONNU);
        assertThat(jetons.etat(utilise.valeur(), UsageDuLien.ACTIVATION, maintenant))
                .isEqualTo(Jetons.Etat.INCONNU);
        assertThat(jetons.etat(recent.valeur(), UsageDuLien.CHANGEMENT_COURRIEL, maintenant))
                .isEqualTo(Jetons.Etat.EXPIRE);
        assertThat(jetons.etat(valable.valeur(), UsageDuLien.REINITIALISATION, maintenant))
                .isEqualTo(Jetons.Etat.VALIDE);
    }

    @Test
    void laPurgeEstPlanifieeEtNeTourneQueSurUnNoeud() throws NoSuchMethodException {
        assertThat(planificateurs.stream().flatMap(planificateur -> planificateur.getScheduledTasks().stream()))
                .as("tâches planifiées")
                .anySatisfy(tache -> {
                    assertThat(tache.getTask()).isInstanceOf(CronTask.class);
                    assertThat(tache.getTask().getRunnable().toString())
                            .contains(PurgeDesJetons.class.getName() + ".purger");
                });
        assertThat(PurgeDesJetons.class.getMethod("purger").getAnnotation(SchedulerLock.class))
                .isNotNull();
    }

    /** Un compte neuf, pour que chaque jeton soit seul de son usage (un nouveau jeton périme les précédents). */
    private UUID compte() {
        Instant maintenant = horloge.instant();
        var compte = new Compte(
                UUID.randomUUID(),
                identifiantUnique(),
                "F",
                "MARTIN",
                "Camille",
                "camille@exemple.fr",
                null,
                "+33612345678",
                QuestionSecrete.PREMIER_ANIMAL,
                "empreinte",
                null,
                null,
                "2026-11",
                maintenant,
                0);
        assertThat(comptes.inserer(compte, maintenant)).isTrue();
        return compte.id();
    }
}
