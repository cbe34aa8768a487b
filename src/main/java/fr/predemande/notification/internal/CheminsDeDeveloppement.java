package fr.predemande.notification.internal;

import fr.predemande.web.CheminsPublics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Hors production, les courriels et SMS gardés se lisent sans connexion (le développeur n'a pas de compte). */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class CheminsDeDeveloppement {

    @Bean
    CheminsPublics boitesDeDeveloppement() {
        return CheminsPublics.de("/dev/**");
    }
}
