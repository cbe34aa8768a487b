package fr.predemande.referentiel.internal;

import fr.predemande.web.CheminsPublics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Les données officielles (communes, pays) sont publiques : l'autocomplétion et la recherche sans JavaScript. */
@Configuration(proxyBeanMethods = false)
class CheminsDuReferentiel {

    @Bean
    CheminsPublics recherchesDuReferentiel() {
        return CheminsPublics.de("/referentiel/**");
    }
}
