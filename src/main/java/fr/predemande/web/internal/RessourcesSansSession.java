package fr.predemande.web.internal;

import fr.predemande.plateforme.CheminsSansSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Les ressources statiques sont demandées à chaque page, cookie de session compris : aucune session n'est lue pour
 * elles (la chaîne de sécurité {@link SecuriteDesRessources} n'en a pas besoin).
 */
@Configuration(proxyBeanMethods = false)
class RessourcesSansSession {

    @Bean
    CheminsSansSession ressourcesStatiquesSansSession() {
        return CheminsSansSession.de(SecuriteDesRessources.RESSOURCES);
    }
}
