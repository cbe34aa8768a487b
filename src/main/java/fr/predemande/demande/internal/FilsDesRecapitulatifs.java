package fr.predemande.demande.internal;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Les récapitulatifs PDF se font sur leurs fils, autant que de cœurs : c'est du calcul (une vingtaine de millisecondes
 * chacun), qui n'a rien à gagner à plus de fils que de cœurs, et qui ne doit ni attendre derrière des envois bloqués
 * (un serveur SMTP muet) ni les retarder quand des validations arrivent en rafale.
 */
@Configuration(proxyBeanMethods = false)
class FilsDesRecapitulatifs {

    static final String NOM = "executeurDesRecapitulatifs";

    @Bean(NOM)
    ThreadPoolTaskExecutor executeurDesRecapitulatifs(ThreadPoolTaskExecutorBuilder modele) {
        int coeurs = Runtime.getRuntime().availableProcessors();
        return modele.corePoolSize(coeurs)
                .maxPoolSize(coeurs)
                .threadNamePrefix("recapitulatif-")
                .build();
    }
}
