package fr.predemande.plateforme.internal;

import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ConfigurationPlateforme {

    /** L'heure légale du service, quel que soit le fuseau de la machine (souvent UTC en conteneur). */
    static final ZoneId HEURE_DE_PARIS = ZoneId.of("Europe/Paris");

    /**
     * La seule horloge de l'application, à l'heure de Paris : {@code LocalDate.now(horloge)} donne la date qu'a
     * l'usager, et {@code horloge.getZone()} le fuseau où écrire un instant (échéance d'un lien…).
     */
    @Bean
    Clock horloge() {
        return Clock.system(HEURE_DE_PARIS);
    }

    /**
     * Un seul nœud exécute chaque tâche planifiée ; l'heure de la base fait foi entre nœuds. Chaque tâche garde son
     * verrou un peu moins que sa période ({@code lockAtLeastFor}) : sinon une tâche courte, finie avant que l'autre nœud
     * ne s'y présente (même déclenchement à la même seconde, horloges un peu décalées, ou périodes décalées d'un nœud à
     * l'autre), tournerait une fois par nœud et par période.
     */
    @Bean
    LockProvider verrouDesTaches(DataSource source) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(source))
                .usingDbTime()
                .build());
    }
}
