package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.notification.EnvoiSms;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Quel envoi de SMS selon la configuration : SMPP si un SMSC est configuré, la base en développement, rien en prod. */
class ChoixDeLEnvoiSmsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReglagesDesNotifications.class)
    @Import({EnvoiSmpp.class, SmsDeDeveloppement.class, SmsDeDeveloppementController.class})
    static class Composants {}

    private final ApplicationContextRunner contexte = new ApplicationContextRunner()
            .withUserConfiguration(Composants.class)
            .withBean(JdbcClient.class, () -> JdbcClient.create(new SimpleDriverDataSource()))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void sansSmscLesSmsSontGardesEnBase() {
        contexte.run(application -> {
            assertThat(application)
                    .hasSingleBean(EnvoiSms.class)
                    .getBean(EnvoiSms.class)
                    .isInstanceOf(SmsDeDeveloppement.class);
            assertThat(application).hasSingleBean(SmsDeDeveloppementController.class);
        });
    }

    @Test
    void avecUnSmscLesSmsPartentEnSmppEtLaPageDeDeveloppementDisparait() {
        contexte.withPropertyValues(
                        "predemande.sms.smpp.hote=smsc.exemple.fr",
                        "predemande.sms.smpp.port=2776",
                        "predemande.sms.smpp.identifiant=predemande",
                        "predemande.sms.smpp.mot-de-passe=secret",
                        "predemande.sms.smpp.type-systeme=VMA",
                        "predemande.sms.smpp.expediteur=PREDEMANDE")
                .run(application -> {
                    // aucune connexion au démarrage : la liaison s'ouvre au premier envoi
                    assertThat(application).hasNotFailed();
                    assertThat(application)
                            .hasSingleBean(EnvoiSms.class)
                            .getBean(EnvoiSms.class)
                            .isInstanceOf(EnvoiSmpp.class);
                    assertThat(application).doesNotHaveBean(SmsDeDeveloppementController.class);
                    var proprietes = application
                            .getBean(ReglagesDesNotifications.class)
                            .sms()
                            .smpp();
                    assertThat(proprietes.port()).isEqualTo(2776);
                    assertThat(proprietes.motDePasse()).isEqualTo("secret");
                    assertThat(proprietes.typeSysteme()).isEqualTo("VMA");
                    assertThat(proprietes.enquireLink()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void falseVautAbsenceDeSmsc() {
        contexte.withPropertyValues("predemande.sms.smpp.hote=false").run(application -> {
            assertThat(application)
                    .hasSingleBean(EnvoiSms.class)
                    .getBean(EnvoiSms.class)
                    .isInstanceOf(SmsDeDeveloppement.class);
            assertThat(application).hasSingleBean(SmsDeDeveloppementController.class);
        });
    }

    @Test
    void unHoteVideEmpecheLeDemarrage() {
        contexte.withPropertyValues("predemande.sms.smpp.hote=", "predemande.sms.smpp.identifiant=predemande")
                .run(application -> assertThat(application)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("PREDEMANDE_SMS_SMPP_HOTE"));
    }

    @Test
    void enProductionSansSmscAucunEnvoiNeGardeLesSmsEnBase() {
        contexte.withPropertyValues("spring.profiles.active=prod")
                .run(application -> assertThat(application).doesNotHaveBean(EnvoiSms.class));
    }

    @Test
    void unSmscSansIdentifiantEmpecheLeDemarrage() {
        contexte.withPropertyValues("predemande.sms.smpp.hote=smsc.exemple.fr")
                .run(application -> assertThat(application).hasFailed());
    }

    @Test
    void unNomDExpediteurTropLongEmpecheLeDemarrage() {
        contexte.withPropertyValues(
                        "predemande.sms.smpp.hote=smsc.exemple.fr",
                        "predemande.sms.smpp.identifiant=x",
                        "predemande.sms.smpp.expediteur=PREDEMANDE-FRANCE")
                .run(application -> assertThat(application).hasFailed());
    }
}
