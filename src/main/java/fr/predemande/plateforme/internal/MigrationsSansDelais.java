package fr.predemande.plateforme.internal;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Les migrations Flyway, au démarrage, ouvrent leurs propres connexions à la même base, hors du pool : les délais des
 * connexions du pool (application.yml, {@code spring.datasource.hikari.*} : requête SQL annulée au-delà de 4 s,
 * réponse attendue 5 s au plus) sont faits pour les pages, et couperaient une migration qui crée un index ou réécrit
 * une grande table. Une migration n'a donc pas de délai ; l'application n'est prête qu'une fois les migrations finies.
 */
@Configuration(proxyBeanMethods = false)
class MigrationsSansDelais {

    @Bean
    FlywayConfigurationCustomizer migrationsHorsDuPool(DataSourceProperties base) {
        // appliqué après la source de données que Spring Boot donne à Flyway (le pool), qu'il remplace
        return configuration ->
                configuration.dataSource(base.determineUrl(), base.determineUsername(), base.determinePassword());
    }
}
