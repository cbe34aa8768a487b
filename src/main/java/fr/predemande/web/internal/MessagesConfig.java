package fr.predemande.web.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Les textes sont dans {@code messages_fr.properties} seul (pas de fichier par défaut, que Spring Boot attendrait pour se
 * configurer) : le français est la langue par défaut, quelle que soit celle du serveur.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    MessageSource messageSource() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setDefaultLocale(Locale.FRANCE);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
