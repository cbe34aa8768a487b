package fr.predemande.web.internal;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Les ressources statiques sont servies à une adresse marquée de l'empreinte de leur contenu
 * ({@code /dsfr/dsfr.min-<md5>.css}, réécrite dans les pages par le filtre de la chaîne des ressources) : une nouvelle
 * version change d'adresse, le navigateur garde donc chacune un an sans jamais la redemander ({@code immutable}). Une
 * variante précompressée à la construction est servie au navigateur qui l'accepte ({@link VariantesPrecompressees}).
 */
@Configuration(proxyBeanMethods = false)
class ServiceDesRessources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registre) {
        // un gestionnaire par dossier des ressources, pas un seul sous « /** » : chaque lien d'une page (@{/compte}…)
        // passe par la chaîne des ressources pour y prendre une adresse marquée, et sous « /** » il y était cherché en
        // vain dans le jar à chaque rendu (un sixième du calcul d'une page au banc des pré-demandes complètes)
        for (String dossier : LiensDesPages.dossiersDesRessources()) {
            registre.addResourceHandler(dossier + "**")
                    .addResourceLocations("classpath:/static" + dossier)
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365))
                            .cachePublic()
                            .immutable())
                    .setUseLastModified(false)
                    .resourceChain(true)
                    .addResolver(new VariantesPrecompressees())
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                    .addTransformer(new LiensDesFeuillesDeStyle());
        }
    }
}
