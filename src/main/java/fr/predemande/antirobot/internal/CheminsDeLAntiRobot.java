package fr.predemande.antirobot.internal;

import fr.predemande.web.CheminsPublics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Le défi se demande avant toute inscription, donc sans connexion. */
@Configuration(proxyBeanMethods = false)
class CheminsDeLAntiRobot {

    @Bean
    CheminsPublics defiAntiRobot() {
        return CheminsPublics.de("/antirobot/defi");
    }
}
