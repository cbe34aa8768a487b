package fr.predemande.compte.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class ComptesConfig {

    /** Argon2id (paramètres recommandés par Spring Security 5.8+) pour les mots de passe et les réponses secrètes. */
    @Bean
    PasswordEncoder empreintes() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
