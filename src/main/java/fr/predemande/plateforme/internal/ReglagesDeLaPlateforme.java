package fr.predemande.plateforme.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Les réglages de la plateforme : le PostgreSQL embarqué ({@code predemande.base-embarquee.*}), lu avant la création des
 * beans par {@link DemarrageDeLaBase}, la relance de l'outbox ({@code predemande.outbox.*}) et l'écriture des sessions ({@code predemande.sessions.*}).
 *
 * @param baseEmbarquee le PostgreSQL démarré quand aucune base n'est configurée
 * @param outbox la relance des événements non traités
 * @param sessions l'écriture des sessions HTTP en base
 */
@ConfigurationProperties("predemande")
@Validated
record ReglagesDeLaPlateforme(
        @DefaultValue @Valid PostgresEmbarque baseEmbarquee,
        @DefaultValue @Valid Outbox outbox,
        @DefaultValue @Valid Sessions sessions) {

    /**
     * @param dossier les données, qui survivent aux redémarrages
     * @param durable {@code fsync} et {@code synchronous_commit} ; les tests s'en passent (données jetables)
     * @param jetable une base propre à chaque JVM, dans un sous-dossier effacé à l'arrêt (tests)
     * @param veille l'intervalle auquel on vérifie que le serveur vit : mort (tué, planté), il est redémarré sur le même
     *     dossier et le même port, sans redémarrer l'application ; 0 : pas de veille
     */
    record PostgresEmbarque(
            @DefaultValue("var/postgres") @NotNull Path dossier,
            @DefaultValue("true") boolean durable,
            boolean jetable,
            @DefaultValue("2s") @NotNull Duration veille) {}

    /**
     * L'intervalle entre deux relances ({@code predemande.outbox.intervalle}) est lu par {@code @Scheduled}, qui ne
     * connaît que l'environnement : sa valeur par défaut est dans application.yml.
     *
     * @param ageAvantRelance l'âge à partir duquel un événement non traité est relancé (laisse finir un envoi en cours)
     */
    record Outbox(@DefaultValue("1m") @NotNull Duration ageAvantRelance) {}

    /**
     * @param intervalleDEcriture l'heure du dernier accès d'une session n'est récrite en base qu'une fois cet intervalle
     *     écoulé : une session inactive expire au plus cet intervalle avant la durée réglée ({@code spring.session.timeout}),
     *     jamais après ; au plus la moitié de cette durée
     */
    record Sessions(@DefaultValue("1m") @NotNull Duration intervalleDEcriture) {}
}
