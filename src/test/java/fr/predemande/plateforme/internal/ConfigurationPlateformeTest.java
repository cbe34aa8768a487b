package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** L'horloge de l'application est à l'heure de Paris, même sur une machine réglée en UTC (conteneurs). */
class ConfigurationPlateformeTest {

    @Test
    void lHorlogeEstALHeureDeParis() {
        assertThat(new ConfigurationPlateforme().horloge().getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
