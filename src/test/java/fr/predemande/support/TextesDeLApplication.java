package fr.predemande.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Pour les tests en tranche ({@code @WebMvcTest}) : la vraie source des textes de l'application, que la tranche
 * n'apporte pas (elle écarte les classes {@code @Configuration} des modules, et Spring Boot ne configure rien seul :
 * il n'y a pas de messages.properties, seulement messages_fr). Désignée par son nom, car elle est interne au module
 * web : les pages en tranche affichent exactement les textes de l'application.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "fr.predemande.web.internal",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "fr\\.predemande\\.web\\.internal\\.MessagesConfig"))
public class TextesDeLApplication {}
