package fr.predemande.plateforme.internal;

import fr.predemande.plateforme.CheminsSansSession;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Le lecteur du cookie de session, sauf sur les {@link CheminsSansSession} : là, aucun identifiant n'est lu, donc
 * aucune session chargée, quoi qu'appelle un filtre ou une page ({@code getSession(false)} rend {@code null},
 * {@code getRequestedSessionId()} aussi) ; et le cookie du visiteur n'y est jamais écrit ni effacé, si bien qu'une
 * session créée là par erreur ne remplacerait pas la sienne. La page d'erreur d'un tel chemin (une ressource absente,
 * {@code /favicon.ico}…) est servie sans session elle aussi.
 */
final class CheminsServisSansSession implements HttpSessionIdResolver {

    private final HttpSessionIdResolver cookies;
    private final List<PathPattern> sansSession;

    CheminsServisSansSession(HttpSessionIdResolver cookies, List<CheminsSansSession> chemins) {
        this.cookies = cookies;
        this.sansSession = chemins.stream()
                .flatMap(declares -> declares.motifs().stream())
                .distinct()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    private boolean sansSession(HttpServletRequest requete) {
        String adresse = requete.getDispatcherType() == DispatcherType.ERROR
                        && requete.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String origine
                ? origine
                : requete.getRequestURI();
        String contexte = requete.getContextPath();
        var chemin =
                PathContainer.parsePath(adresse.startsWith(contexte) ? adresse.substring(contexte.length()) : adresse);
        return sansSession.stream().anyMatch(motif -> motif.matches(chemin));
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest requete) {
        return sansSession(requete) ? List.of() : cookies.resolveSessionIds(requete);
    }

    @Override
    public void setSessionId(HttpServletRequest requete, HttpServletResponse reponse, String id) {
        if (!sansSession(requete)) {
            cookies.setSessionId(requete, reponse, id);
        }
    }

    @Override
    public void expireSession(HttpServletRequest requete, HttpServletResponse reponse) {
        if (!sansSession(requete)) {
            cookies.expireSession(requete, reponse);
        }
    }
}
