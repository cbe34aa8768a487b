package fr.predemande.plateforme.internal;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.env.MockEnvironment;

/** Le profil prod refuse de démarrer sans base ni SMTP externes, au lieu de retomber sur la base embarquée. */
class DemarrageDeLaBaseTest {

    private final DemarrageDeLaBase demarrage = new DemarrageDeLaBase();

    @Test
    void leProfilProdExigeUneBaseExterne() {
        var environnement = new MockEnvironment().withProperty("spring.mail.host", "smtp.exemple.fr");
        environnement.setActiveProfiles("prod");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrage.postProcessEnvironment(environnement, new SpringApplication()))
                .withMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void leProfilProdExigeUnServeurSmtp() {
        var environnement =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/predemande");
        environnement.setActiveProfiles("prod");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrage.postProcessEnvironment(environnement, new SpringApplication()))
                .withMessageContaining("SPRING_MAIL_HOST");
    }

    @Test
    void leProfilProdExigeUnServeurSmpp() {
        var environnement = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/predemande")
                .withProperty("spring.mail.host", "smtp.exemple.fr");
        environnement.setActiveProfiles("prod");
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrage.postProcessEnvironment(environnement, new SpringApplication()))
                .withMessageContaining("PREDEMANDE_SMS_SMPP_HOTE");
    }

    @Test
    void uneBaseConfigureeEstUtiliseeTelleQuelle() {
        var environnement =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/predemande");
        assertThatNoException()
                .isThrownBy(() -> demarrage.postProcessEnvironment(environnement, new SpringApplication()));
        org.assertj.core.api.Assertions.assertThat(
                        environnement.getPropertySources().contains("base-embarquee"))
                .isFalse();
    }

    @Test
    void sansBaseConfigureeNiPostgresEmbarqueLeJarDeProductionRefuseDeDemarrer() {
        var environnement = new MockEnvironment();
        var jarDeProduction = new SpringApplication(new DefaultResourceLoader(new SansZonky()));
        assertThatIllegalStateException()
                .isThrownBy(() -> demarrage.postProcessEnvironment(environnement, jarDeProduction))
                .withMessageContaining("n'embarque pas PostgreSQL")
                .withMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void leJarDeProductionDemarreSurLaBaseConfiguree() {
        var environnement =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/predemande");
        var jarDeProduction = new SpringApplication(new DefaultResourceLoader(new SansZonky()));
        assertThatNoException().isThrownBy(() -> demarrage.postProcessEnvironment(environnement, jarDeProduction));
    }

    /** Le chargeur de classes du jar de production (profil Maven production) : zonky n'y est pas. */
    private static final class SansZonky extends ClassLoader {

        SansZonky() {
            super(DemarrageDeLaBaseTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String nom, boolean resoudre) throws ClassNotFoundException {
            if (nom.startsWith("io.zonky.")) {
                throw new ClassNotFoundException(nom);
            }
            return super.loadClass(nom, resoudre);
        }
    }
}
