package fr.predemande;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pré-demande en ligne de passeport et de carte nationale d'identité. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Prédemande")
@org.springframework.scheduling.annotation.EnableAsync
public class PredemandeApplication {

    public static void main(String[] args) {
        SpringApplication.run(PredemandeApplication.class, args);
    }
}
