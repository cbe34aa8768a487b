package fr.predemande.web.internal;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Les liens des gabarits ({@code @{...}}) : seuls ceux des ressources statiques passent par la chaîne des ressources,
 * qui leur donne leur adresse marquée de l'empreinte du contenu ({@link ServiceDesRessources}). Les autres (une page
 * en compte des dizaines) restent tels quels : la chaîne ne leur trouverait rien, et les identifiants de session ne
 * vont jamais dans les adresses.
 */
@Configuration(proxyBeanMethods = false)
class LiensDesPages {

    @Bean
    static BeanPostProcessor liensDesGabarits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String nom) {
                if (bean instanceof SpringTemplateEngine moteur) {
                    moteur.setLinkBuilder(new Liens(dossiersDesRessources()));
                }
                return bean;
            }
        };
    }

    /** {@code /dsfr/}, {@code /css/}… : les dossiers servis par la chaîne des ressources. */
    static List<String> dossiersDesRessources() {
        return Arrays.stream(SecuriteDesRessources.RESSOURCES)
                .filter(chemins -> chemins.endsWith("/**"))
                .map(chemins -> chemins.substring(0, chemins.length() - "**".length()))
                .toList();
    }

    static final class Liens extends StandardLinkBuilder {

        private final List<String> dossiers;

        Liens(List<String> dossiers) {
            this.dossiers = dossiers;
        }

        @Override
        protected String processLink(IExpressionContext contexte, String lien) {
            return dossiers.stream().anyMatch(lien::startsWith) ? super.processLink(contexte, lien) : lien;
        }
    }
}
