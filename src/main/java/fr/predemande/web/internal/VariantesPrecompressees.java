package fr.predemande.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Sert la variante précompressée à la construction ({@code scripts/ressources.mjs}) que le navigateur accepte, dans
 * l'ordre de préférence du serveur : brotli d'abord (un tiers plus petit que gzip pour la feuille DSFR), puis gzip.
 * L'{@code EncodedResourceResolver} de Spring suit l'ordre de l'en-tête du navigateur, or Chromium envoie « gzip,
 * deflate, br, zstd » : il ne servirait jamais brotli. Les liens d'une feuille de style compressée ont été réécrits à
 * la construction ; le serveur ne réécrit que ceux d'une feuille servie telle quelle ({@link LiensDesFeuillesDeStyle}).
 */
final class VariantesPrecompressees extends AbstractResourceResolver {

    private static final List<String[]> CODAGES = List.of(new String[] {"br", ".br"}, new String[] {"gzip", ".gz"});

    @Override
    protected @Nullable Resource resolveResourceInternal(
            @Nullable HttpServletRequest requete,
            String chemin,
            List<? extends Resource> emplacements,
            ResourceResolverChain chaine) {
        Resource ressource = chaine.resolveResource(requete, chemin, emplacements);
        if (ressource == null || requete == null) {
            return ressource;
        }
        String accepte = requete.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (accepte == null) {
            return ressource;
        }
        List<String> acceptes = Arrays.stream(accepte.toLowerCase(Locale.ROOT).split(","))
                .map(codage -> codage.split(";")[0].trim())
                .toList();
        for (String[] codage : CODAGES) {
            if (acceptes.contains(codage[0])) {
                try {
                    Resource variante = ressource.createRelative(ressource.getFilename() + codage[1]);
                    if (variante.exists()) {
                        return new Variante(ressource, variante, codage[0]);
                    }
                } catch (IOException absente) {
                    // pas de variante : la ressource telle quelle (le serveur la compresse s'il le faut)
                }
            }
        }
        return ressource;
    }

    @Override
    protected @Nullable String resolveUrlPathInternal(
            String chemin, List<? extends Resource> emplacements, ResourceResolverChain chaine) {
        return chaine.resolveUrlPath(chemin, emplacements);
    }

    /** La variante compressée, qui garde le nom (donc le type de contenu) de l'originale. */
    static final class Variante extends AbstractResource implements HttpResource {

        private final Resource originale;
        private final Resource compressee;
        private final String codage;

        Variante(Resource originale, Resource compressee, String codage) {
            this.originale = originale;
            this.compressee = compressee;
            this.codage = codage;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return compressee.getInputStream();
        }

        @Override
        public boolean exists() {
            return compressee.exists();
        }

        @Override
        public boolean isReadable() {
            return compressee.isReadable();
        }

        @Override
        public URL getURL() throws IOException {
            return compressee.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return compressee.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return compressee.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return compressee.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return compressee.lastModified();
        }

        @Override
        public @Nullable String getFilename() {
            return originale.getFilename();
        }

        @Override
        public String getDescription() {
            return compressee.getDescription();
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders entetes =
                    originale instanceof HttpResource http ? http.getResponseHeaders() : new HttpHeaders();
            entetes.add(HttpHeaders.CONTENT_ENCODING, codage);
            entetes.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            return entetes;
        }

        @Override
        public boolean equals(Object autre) {
            return autre instanceof Variante variante && variante.compressee.equals(compressee);
        }

        @Override
        public int hashCode() {
            return compressee.hashCode();
        }
    }
}
