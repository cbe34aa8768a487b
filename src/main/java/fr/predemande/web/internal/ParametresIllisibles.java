package fr.predemande.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Une requête dont les paramètres ne sont pas de l'UTF-8 valide ({@code ?erreur=%C3%28}) est une requête mal formée :
 * 400, avant que la sécurité ou une page ne tente de les lire (le conteneur lèverait alors une erreur, vue comme une
 * panne). Le corps d'un envoi de fichiers n'est pas lu ici : il a ses propres limites.
 */
@Configuration(proxyBeanMethods = false)
class ParametresIllisibles {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> filtreDesParametresIllisibles() {
        var inscription = new FilterRegistrationBean<OncePerRequestFilter>(new Filtre());
        inscription.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return inscription;
    }

    static final class Filtre extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
                throws ServletException, IOException {
            if (!lisible(requete.getQueryString()) || !parametresLisibles(requete)) {
                reponse.sendError(HttpStatus.BAD_REQUEST.value());
                return;
            }
            suite.doFilter(requete, reponse);
        }

        private static boolean parametresLisibles(HttpServletRequest requete) {
            String type = requete.getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                return true;
            }
            try {
                requete.getParameterMap();
                return true;
            } catch (RuntimeException illisible) {
                return false;
            }
        }

        /** La chaîne d'interrogation se décode-t-elle en UTF-8 valide ? */
        static boolean lisible(String requete) {
            if (requete == null) {
                return true;
            }
            var octets = new java.io.ByteArrayOutputStream(requete.length());
            for (int i = 0; i < requete.length(); i++) {
                char c = requete.charAt(i);
                if (c == '%' && i + 2 < requete.length()) {
                    int fort = Character.digit(requete.charAt(i + 1), 16);
                    int faible = Character.digit(requete.charAt(i + 2), 16);
                    if (fort < 0 || faible < 0) {
                        return false;
                    }
                    octets.write(fort * 16 + faible);
                    i += 2;
                } else if (c == '%') {
                    return false;
                } else {
                    octets.write(c);
                }
            }
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(octets.toByteArray()));
                return true;
            } catch (CharacterCodingException illisible) {
                return false;
            }
        }
    }
}
