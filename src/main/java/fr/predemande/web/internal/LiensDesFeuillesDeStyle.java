package fr.predemande.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

/**
 * Réécrit les liens d'une feuille de style servie telle quelle vers leur adresse marquée de l'empreinte du contenu ;
 * laisse intacte une variante compressée, dont les liens ont été réécrits à la construction (ses octets ne sont pas du
 * texte).
 */
final class LiensDesFeuillesDeStyle extends CssLinkResourceTransformer {

    @Override
    public Resource transform(HttpServletRequest requete, Resource ressource, ResourceTransformerChain chaine)
            throws IOException {
        if (ressource instanceof VariantesPrecompressees.Variante) {
            return ressource;
        }
        return super.transform(requete, ressource, chaine);
    }
}
