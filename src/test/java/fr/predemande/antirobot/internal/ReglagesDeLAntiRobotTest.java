package fr.predemande.antirobot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Les réglages anti-robot ont leurs valeurs par défaut dans le record, et une difficulté nulle empêche le démarrage. */
class ReglagesDeLAntiRobotTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReglagesDeLAntiRobot.class)
    static class Reglages {}

    private final ApplicationContextRunner contexte =
            new ApplicationContextRunner().withUserConfiguration(Reglages.class);

    @Test
    void sansRienRegleLesValeursParDefautSAppliquent() {
        contexte.run(application -> assertThat(application.getBean(ReglagesDeLAntiRobot.class))
                .isEqualTo(new ReglagesDeLAntiRobot("", 50_000, Duration.ofMinutes(10))));
    }

    @Test
    void lesVariablesDEnvironnementSontLues() {
        contexte.withPropertyValues(
                        "predemande.antirobot.cle-hmac=secret",
                        "predemande.antirobot.difficulte=2000",
                        "predemande.antirobot.validite=5m")
                .run(application -> assertThat(application.getBean(ReglagesDeLAntiRobot.class))
                        .isEqualTo(new ReglagesDeLAntiRobot("secret", 2000, Duration.ofMinutes(5))));
    }

    @Test
    void uneDifficulteNulleEmpecheLeDemarrage() {
        contexte.withPropertyValues("predemande.antirobot.difficulte=0")
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("difficulte"));
    }
}
