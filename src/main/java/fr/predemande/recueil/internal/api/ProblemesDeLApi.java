package fr.predemande.recueil.internal.api;

import fr.predemande.web.Indisponibilites;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Toute erreur des points de l'API de recueil devient un problème RFC 9457 ({@code application/problem+json}) : les
 * refus décidés par le point ({@link RefusDeLApi}), les erreurs de Spring MVC (validation, type, JSON illisible,
 * 405, 415…, par {@link ResponseEntityExceptionHandler}, qui en connaît le statut et les en-têtes comme {@code Allow}),
 * et toute autre exception en 500, journalisée ici avec sa trace mais sans rien en dire au client (ni classe, ni
 * message, ni SQL), sauf une indisponibilité de la base ou du stockage, laissée au web (503).
 *
 * <p>Limité aux contrôleurs de ce paquet : les pages gardent leurs pages d'erreur DSFR ({@code problemdetails} reste
 * éteint pour toute l'application). Placé avant les autres conseils ({@code ErreursDuRecueil}, qui couvre aussi ce
 * sous-paquet, répond par des redirections de page). Les erreurs qui surviennent avant qu'un point ne soit choisi
 * (405, 415, adresse inconnue) passent par {@link ProblemesHorsDesPointsDeLApi}, qui s'en remet à ce conseil.
 */
@RestControllerAdvice(basePackageClasses = ProblemesDeLApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemesDeLApi extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemesDeLApi.class);

    private final RedactionDesProblemes redaction;

    ProblemesDeLApi(MessageSource messages) {
        this.redaction = new RedactionDesProblemes(messages);
    }

    @ExceptionHandler(RefusDeLApi.class)
    ResponseEntity<Object> refus(RefusDeLApi refus, HttpServletRequest requete) {
        RedactionDesProblemes.Redige redige = redaction.refus(refus.raison());
        return reponse(
                redige.probleme(),
                redige.entetes(),
                HttpStatusCode.valueOf(redige.probleme().status()),
                requete.getRequestURI());
    }

    /**
     * Une base ou un magasin de documents qui ne répond pas n'est pas une erreur interne : l'exception repart telle
     * quelle, et le web répond le problème 503 avec {@code Retry-After}, comme pour toute autre page.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> panne(Exception panne, HttpServletRequest requete) throws Exception {
        if (Indisponibilites.estUneIndisponibilite(panne)) {
            throw panne;
        }
        return erreurInterne(panne, requete);
    }

    private ResponseEntity<Object> erreurInterne(Exception panne, HttpServletRequest requete) {
        LOG.error("Erreur interne de l'API sur {} {}", requete.getMethod(), requete.getRequestURI(), panne);
        return reponse(
                redaction.generique(HttpStatus.INTERNAL_SERVER_ERROR, null, null),
                new HttpHeaders(),
                HttpStatus.INTERNAL_SERVER_ERROR,
                requete.getRequestURI());
    }

    /** Une erreur levée hors d'un point de l'API (avant le choix du contrôleur) : même traitement. */
    ResponseEntity<Object> traiter(Exception erreur, ServletWebRequest requete) {
        try {
            return handleException(erreur, requete);
        } catch (Exception inconnue) {
            return erreurInterne(erreur, requete.getRequest());
        }
    }

    /**
     * Toutes les erreurs que connaît {@link ResponseEntityExceptionHandler} finissent ici : son corps
     * ({@code ProblemDetail}, aux textes anglais de Spring) est remplacé par le nôtre ; ses en-têtes sont gardés.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception erreur, Object corps, HttpHeaders entetes, HttpStatusCode statut, WebRequest requete) {
        String chemin = requete instanceof ServletWebRequest servlet
                ? servlet.getRequest().getRequestURI()
                : null;
        return reponse(probleme(erreur, statut, requete), entetes, statut, chemin);
    }

    private Probleme probleme(Exception erreur, HttpStatusCode statut, WebRequest requete) {
        if (erreur instanceof MethodArgumentNotValidException invalide) {
            List<Probleme.ErreurDeChamp> erreurs = invalide.getBindingResult().getFieldErrors().stream()
                    .map(champ -> champ.getField())
                    .distinct()
                    .sorted(Comparator.naturalOrder())
                    .map(champ -> new Probleme.ErreurDeChamp(champ, redaction.attenduPour(champ)))
                    .toList();
            return redaction.requeteInvalide(erreurs);
        }
        if (erreur instanceof HttpMessageNotReadableException) {
            return redaction.simple(TypeDeProbleme.CORPS_ILLISIBLE);
        }
        if (erreur instanceof HttpRequestMethodNotSupportedException methode) {
            var permises = methode.getSupportedHttpMethods() == null
                    ? ""
                    : String.join(
                            ", ",
                            methode.getSupportedHttpMethods().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .toList());
            return redaction.generique(statut, methode.getMethod(), permises);
        }
        if (statut.value() == HttpStatus.BAD_REQUEST.value()) {
            // type de paramètre, paramètre manquant… : une requête mal formée, sans en citer le message technique
            return redaction.simple(TypeDeProbleme.REQUETE_INVALIDE);
        }
        return redaction.generique(statut, null, null);
    }

    private static ResponseEntity<Object> reponse(
            Probleme probleme, HttpHeaders entetes, HttpStatusCode statut, String chemin) {
        var tous = new HttpHeaders();
        tous.addAll(entetes);
        tous.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(probleme.avecInstance(chemin), tous, statut);
    }
}
