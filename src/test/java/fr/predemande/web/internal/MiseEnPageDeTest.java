package fr.predemande.web.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Ce que la mise en page commune apporte à une tranche {@code @WebMvcTest} et qu'elle ne charge pas seule : les textes
 * ({@link MessagesConfig} : messages_fr.properties, sans fichier par défaut, que l'autoconfiguration de Spring Boot ne
 * trouverait pas). {@link ModeleCommun}, un {@code @ControllerAdvice}, est déjà chargé par la tranche.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(MessagesConfig.class)
public class MiseEnPageDeTest {}
