package fr.predemande.plateforme.internal;

import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Choisit la base avant que Spring ne crée la source de données : l'URL configurée si elle existe, sinon le PostgreSQL
 * embarqué (machine neuve, tests). Le profil {@code prod} refuse de démarrer sans base ni SMTP externes. Le jar de
 * production (profil Maven {@code production}) n'embarque pas PostgreSQL : il démarre sur l'URL configurée sans jamais
 * charger les classes de zonky.
 */
public class DemarrageDeLaBase implements EnvironmentPostProcessor, Ordered {

    private final Log journal;

    /** Spring Boot fournit un journal différé : la journalisation n'est pas encore prête à ce stade. */
    public DemarrageDeLaBase(DeferredLogFactory journaux) {
        this.journal = journaux.getLog(DemarrageDeLaBase.class);
    }

    DemarrageDeLaBase() {
        this.journal = LogFactory.getLog(DemarrageDeLaBase.class);
    }

    static final String DOSSIER = "predemande.base-embarquee.dossier";
    static final String DURABLE = "predemande.base-embarquee.durable";
    static final String JETABLE = "predemande.base-embarquee.jetable";
    /** Absente du jar de production ; vérifiée avant de toucher à {@link BaseEmbarquee}, qui s'en sert. */
    static final String CLASSE_DU_POSTGRESQL_EMBARQUE = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environnement, SpringApplication application) {
        boolean prod = Arrays.asList(environnement.getActiveProfiles()).contains("prod");
        boolean urlConfiguree = StringUtils.hasText(environnement.getProperty("spring.datasource.url"));
        if (prod) {
            exigerEnProduction(environnement, urlConfiguree);
            return;
        }
        if (urlConfiguree) {
            return;
        }
        if (!ClassUtils.isPresent(CLASSE_DU_POSTGRESQL_EMBARQUE, application.getClassLoader())) {
            throw new IllegalStateException("Aucune base PostgreSQL configurée, et ce jar de production n'embarque pas"
                    + " PostgreSQL : définissez SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME et"
                    + " SPRING_DATASOURCE_PASSWORD.");
        }
        Path dossier = Path.of(environnement.getProperty(DOSSIER, "var/postgres"));
        boolean durable = environnement.getProperty(DURABLE, Boolean.class, true);
        boolean jetable = environnement.getProperty(JETABLE, Boolean.class, false);
        String url = BaseEmbarquee.urlJdbc(dossier, durable, jetable, journal);
        environnement.getPropertySources().addFirst(new MapPropertySource("base-embarquee", BaseEmbarquee.proprietes(url)));
    }

    private static void exigerEnProduction(ConfigurableEnvironment environnement, boolean urlConfiguree) {
        if (!urlConfiguree) {
            throw new IllegalStateException(
                    "Le profil prod exige une base PostgreSQL externe : définissez SPRING_DATASOURCE_URL,"
                            + " SPRING_DATASOURCE_USERNAME et SPRING_DATASOURCE_PASSWORD.");
        }
        if (!StringUtils.hasText(environnement.getProperty("spring.mail.host"))) {
            throw new IllegalStateException(
                    "Le profil prod exige un serveur SMTP : définissez SPRING_MAIL_HOST (et SPRING_MAIL_PORT, etc.).");
        }
        if (!StringUtils.hasText(environnement.getProperty("predemande.sms.smpp.hote"))) {
            throw new IllegalStateException("Le profil prod exige un serveur SMPP pour les SMS : définissez"
                    + " PREDEMANDE_SMS_SMPP_HOTE, PREDEMANDE_SMS_SMPP_IDENTIFIANT et PREDEMANDE_SMS_SMPP_MOT_DE_PASSE.");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
