package fr.predemande.demande.internal;

import static fr.predemande.demande.internal.PreDemandeController.redirection;

import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.habilitation.AgentDeLaSession;
import fr.predemande.habilitation.CheminsDeLaMairie;
import fr.predemande.plateforme.CookieDeSession;
import fr.predemande.plateforme.LimiteurDeDebit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

/**
 * Le lien du QR code : le titulaire retrouve sa pré-demande, un agent connecté arrive au poste de recueil ; toute autre
 * personne, une page neutre. Le lien lui-même ne lit aucune session ; seul un navigateur qui présente un cookie de
 * session passe par sa suite, qui la lit.
 */
@Controller
class QrCodeController {

    static final String VUE_NEUTRE = "demande/qr-neutre";
    /** Ouvertures du lien par adresse et par minute : une personne en fait une ou deux, un robot qui devine des milliers. */
    static final int OUVERTURES_PAR_MINUTE = 30;
    /** Un numéro plus long n'en est pas un, même mal tapé : la page neutre, sans détour. */
    private static final int LONGUEUR_MAX = 20;

    private final Brouillons brouillons;
    private final LimiteurDeDebit limiteur;
    private final CookieDeSession cookieDeSession;

    QrCodeController(Brouillons brouillons, LimiteurDeDebit limiteur, CookieDeSession cookieDeSession) {
        this.brouillons = brouillons;
        this.limiteur = limiteur;
        this.cookieDeSession = cookieDeSession;
    }

    /** Le lien du QR code, servi sans session : la page neutre, ou la suite pour qui présente une session. */
    @GetMapping("/p/{numero}")
    String qrCode(@PathVariable String numero, HttpServletRequest requete, HttpServletResponse reponse) {
        freiner("qr-adresse:", requete, reponse);
        if (cookieDeSession.present(requete) && numero.length() <= LONGUEUR_MAX) {
            return redirection(cheminDeLaSuite(numero));
        }
        return VUE_NEUTRE;
    }

    /** La suite, qui lit la session : un agent connecté (tablette, téléphone) arrive sur l'écran de recherche du poste. */
    @GetMapping("/p/{numero}/suite")
    String suite(
            @PathVariable String numero,
            UsagerConnecte usager,
            HttpServletRequest requete,
            HttpServletResponse reponse) {
        // son propre compteur : un visiteur connecté passe par le lien puis par sa suite, un robot peut viser la suite
        freiner("qr-suite-adresse:", requete, reponse);
        if (usager == null && AgentDeLaSession.de(requete).isPresent() && numero.length() <= LONGUEUR_MAX) {
            return redirection(CheminsDeLaMairie.RECUEIL + "/p/" + segment(numero));
        }
        if (usager == null) {
            return VUE_NEUTRE;
        }
        return NumeroPreDemande.lire(numero)
                .flatMap(brouillons::parNumero)
                .filter(demande -> demande.appartientA(usager.compteId()))
                .map(demande -> redirection(CheminsDeLaPreDemande.confirmation(demande.id())))
                .orElse(VUE_NEUTRE);
    }

    static String cheminDeLaSuite(String numero) {
        return "/p/" + segment(numero) + "/suite";
    }

    private void freiner(String prefixe, HttpServletRequest requete, HttpServletResponse reponse) {
        limiteur.consommer(prefixe + requete.getRemoteAddr(), OUVERTURES_PAR_MINUTE, Duration.ofMinutes(1))
                .ifPresent(attente -> {
                    reponse.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, attente.toSeconds() + 1)));
                    throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
                });
    }

    private static String segment(String numero) {
        return UriUtils.encodePathSegment(numero, StandardCharsets.UTF_8);
    }
}
