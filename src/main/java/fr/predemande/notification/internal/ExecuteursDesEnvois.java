package fr.predemande.notification.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Les courriels et les SMS partent chacun de leurs fils, pas de l'exécuteur commun des écouteurs : un serveur SMTP qui
 * accepte la connexion puis ne répond plus retient un fil jusqu'à son délai (cinq minutes), et la relance de l'outbox
 * en confie d'un coup tous les courriels en attente ; sur un exécuteur commun, les SMS et les récapitulatifs
 * attendraient derrière eux (et inversement). Chaque écouteur reste celui de Spring Modulith : après la validation de
 * la transaction, dans une transaction à lui, sa publication gardée dans l'outbox jusqu'à ce qu'il réussisse.
 */
@Configuration(proxyBeanMethods = false)
class ExecuteursDesEnvois {

    static final String COURRIELS = "executeurDesCourriels";
    static final String SMS = "executeurDesSms";
    static final int FILS = 4;

    /** Un écouteur d'événement qui envoie un courriel (comme {@code @ApplicationModuleListener}, sur ses fils). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Async(COURRIELS)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    @interface EcouteurQuiEnvoieUnCourriel {}

    /** Un écouteur d'événement qui envoie un SMS (comme {@code @ApplicationModuleListener}, sur ses fils). */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Async(SMS)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @TransactionalEventListener
    @interface EcouteurQuiEnvoieUnSms {}

    @Bean(COURRIELS)
    ThreadPoolTaskExecutor executeurDesCourriels(ThreadPoolTaskExecutorBuilder modele) {
        return modele.corePoolSize(FILS)
                .maxPoolSize(FILS)
                .threadNamePrefix("courriel-")
                .build();
    }

    @Bean(SMS)
    ThreadPoolTaskExecutor executeurDesSms(ThreadPoolTaskExecutorBuilder modele) {
        return modele.corePoolSize(FILS)
                .maxPoolSize(FILS)
                .threadNamePrefix("sms-")
                .build();
    }
}
