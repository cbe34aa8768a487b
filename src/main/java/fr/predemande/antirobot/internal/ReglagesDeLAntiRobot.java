package fr.predemande.antirobot.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Les réglages du contrôle anti-robot ({@code predemande.antirobot.*}).
 *
 * @param cleHmac la clé qui signe les défis, la même sur tous les nœuds ; vide = une clé tirée au hasard à chaque
 *     démarrage (un seul nœud, hors production : le profil prod l'exige)
 * @param difficulte le plus grand nombre que le navigateur peut avoir à retrouver ({@code maxnumber}) ; il en essaie la
 *     moitié en moyenne
 * @param validite le temps laissé pour résoudre un défi et envoyer le formulaire
 */
@ConfigurationProperties("predemande.antirobot")
@Validated
record ReglagesDeLAntiRobot(
        @DefaultValue("") String cleHmac,
        @DefaultValue("50000") @Positive int difficulte,
        @DefaultValue("10m") @NotNull Duration validite) {

    ReglagesDeLAntiRobot {
        cleHmac = cleHmac == null ? "" : cleHmac;
    }
}
