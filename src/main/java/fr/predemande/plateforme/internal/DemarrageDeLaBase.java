package fr.predemande.plateforme.internal;

import java.util.Arrays;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Choisit la base avant que Spring ne crée la source de données : l'URL configurée si elle existe, sinon le PostgreSQL
 * embarqué (machine neuve, tests). Le profil {@code prod} vérifie d'abord tout ce qu'il exige ({@link
 * ControlesDeProduction}) : base et serveurs externes, clé anti-robot, adresse publique en https. Le jar de
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

    /** Absente du jar de production ; vérifiée avant de toucher à {@link BaseEmbarquee}, qui s'en sert. */
    static final String CLASSE_DU_POSTGRESQL_EMBARQUE = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environnement, SpringApplication application) {
        boolean prod = Arrays.asList(environnement.getActiveProfiles()).contains("prod");
        boolean urlConfiguree = StringUtils.hasText(environnement.getProperty("spring.datasource.url"));
        if (prod) {
            // jamais de base embarquée en production : l'URL fait partie de ce que ControlesDeProduction exige
            ControlesDeProduction.verifier(environnement);
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
        // aucun bean n'existe encore : le record des réglages est lié directement, avec ses valeurs par défaut
        var base = Binder.get(environnement)
                .bindOrCreate("predemande", ReglagesDeLaPlateforme.class)
                .baseEmbarquee();
        String url = BaseEmbarquee.urlJdbc(base.dossier(), base.durable(), base.jetable(), base.veille(), journal);
        environnement
                .getPropertySources()
                .addFirst(new MapPropertySource("base-embarquee", BaseEmbarquee.proprietes(url)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
