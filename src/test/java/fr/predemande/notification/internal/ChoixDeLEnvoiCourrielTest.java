package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.notification.EnvoiCourriel;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Quel envoi de courriels selon {@code spring.mail.host} : SMTP dès que l'hôte est là (comme le {@link JavaMailSender}
 * de Spring Boot), la boîte de développement quand il manque ou vaut {@code false}, jamais les deux ni aucun hors prod.
 */
class ChoixDeLEnvoiCourrielTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReglagesDesNotifications.class)
    @Import({EnvoiSmtp.class, CourrielsDeDeveloppement.class, CourrielsDeDeveloppementController.class})
    static class Composants {}

    private final ApplicationContextRunner contexte = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(Composants.class)
            .withBean(JdbcClient.class, () -> JdbcClient.create(new SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void sansServeurSmtpLesCourrielsSontGardesEnBase() {
        contexte.run(application -> {
            assertThat(application)
                    .hasSingleBean(EnvoiCourriel.class)
                    .getBean(EnvoiCourriel.class)
                    .isInstanceOf(CourrielsDeDeveloppement.class);
            assertThat(application).hasSingleBean(CourrielsDeDeveloppementController.class);
            assertThat(application).doesNotHaveBean(JavaMailSender.class);
        });
    }

    @Test
    void falseVautAbsenceDeServeur() {
        contexte.withPropertyValues("spring.mail.host=false").run(application -> {
            assertThat(application)
                    .hasSingleBean(EnvoiCourriel.class)
                    .getBean(EnvoiCourriel.class)
                    .isInstanceOf(CourrielsDeDeveloppement.class);
            assertThat(application).doesNotHaveBean(JavaMailSender.class);
        });
    }

    @Test
    void avecUnServeurLesCourrielsPartentEnSmtpEtLaBoiteDeDeveloppementDisparait() {
        contexte.withPropertyValues("spring.mail.host=smtp.exemple.fr").run(application -> {
            assertThat(application)
                    .hasSingleBean(EnvoiCourriel.class)
                    .getBean(EnvoiCourriel.class)
                    .isInstanceOf(EnvoiSmtp.class);
            assertThat(application).doesNotHaveBean(CourrielsDeDeveloppement.class);
            assertThat(application).doesNotHaveBean(CourrielsDeDeveloppementController.class);
        });
    }

    @Test
    void lExpediteurParDefautEstCeluiDuService() {
        contexte.run(application -> assertThat(application
                        .getBean(ReglagesDesNotifications.class)
                        .courriel()
                        .expediteur())
                .isEqualTo("Prédemande <ne-pas-repondre@predemande.example>"));
    }

    @Test
    void unExpediteurVideEmpecheLeDemarrage() {
        contexte.withPropertyValues("spring.mail.host=smtp.exemple.fr", "predemande.courriel.expediteur= ")
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("expediteur"));
    }

    @Test
    void unHoteVideEmpecheLeDemarrageAuLieuDEcrireALocalhost() {
        contexte.withPropertyValues("spring.mail.host=")
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("SPRING_MAIL_HOST"));
    }

    @Test
    void enProductionSansServeurAucunEnvoiNeGardeLesCourrielsEnBase() {
        contexte.withPropertyValues("spring.profiles.active=prod")
                .run(application -> assertThat(application).doesNotHaveBean(EnvoiCourriel.class));
    }
}
