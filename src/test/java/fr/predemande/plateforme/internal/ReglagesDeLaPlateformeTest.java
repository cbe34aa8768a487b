package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

/**
 * Les réglages de la plateforme se lient aussi avant tout bean, comme le fait {@link DemarrageDeLaBase} : valeurs par
 * défaut du record, ou variables d'environnement.
 */
class ReglagesDeLaPlateformeTest {

    private static ReglagesDeLaPlateforme lier(MockEnvironment environnement) {
        return Binder.get(environnement).bindOrCreate("predemande", ReglagesDeLaPlateforme.class);
    }

    @Test
    void sansRienRegleLaBaseEmbarqueeEstDurableDansVarPostgres() {
        var reglages = lier(new MockEnvironment());
        assertThat(reglages.baseEmbarquee())
                .isEqualTo(new ReglagesDeLaPlateforme.PostgresEmbarque(
                        Path.of("var/postgres"), true, false, Duration.ofSeconds(2)));
        assertThat(reglages.outbox().ageAvantRelance()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void lesReglagesDonnesRemplacentLesValeursParDefaut() {
        var reglages = lier(new MockEnvironment()
                .withProperty("predemande.base-embarquee.dossier", "/tmp/banc-pg")
                .withProperty("predemande.base-embarquee.durable", "false")
                .withProperty("predemande.base-embarquee.jetable", "true")
                .withProperty("predemande.base-embarquee.veille", "0s")
                .withProperty("predemande.outbox.age-avant-relance", "PT5M"));
        assertThat(reglages.baseEmbarquee())
                .isEqualTo(new ReglagesDeLaPlateforme.PostgresEmbarque(
                        Path.of("/tmp/banc-pg"), false, true, Duration.ZERO));
        assertThat(reglages.outbox().ageAvantRelance()).isEqualTo(Duration.ofMinutes(5));
    }
}
