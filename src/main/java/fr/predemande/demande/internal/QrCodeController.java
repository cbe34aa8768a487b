package fr.predemande.demande.internal;

import static fr.predemande.demande.internal.PreDemandeController.redirection;

import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.habilitation.AgentDeLaSession;
import fr.predemande.habilitation.CheminsDeLaMairie;
import fr.predemande.plateforme.LimiteurDeDebit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Le lien du QR code : le titulaire retrouve sa pré-demande ; toute autre personne, une page neutre. */
@Controller
class QrCodeController {

    static final String VUE_NEUTRE = "demande/qr-neutre";
    /** Ouvertures du lien par adresse et par minute : une personne en fait une ou deux, un robot qui devine des milliers. */
    static final int OUVERTURES_PAR_MINUTE = 30;

    private final Brouillons brouillons;
    private final LimiteurDeDebit limiteur;

    QrCodeController(Brouillons brouillons, LimiteurDeDebit limiteur) {
        this.brouillons = brouillons;
        this.limiteur = limiteur;
    }

    /** Le lien du QR code : un agent connecté (tablette, téléphone) arrive sur l'écran de recherche du poste. */
    @GetMapping("/p/{numero}")
    String qrCode(@PathVariable String numero, UsagerConnecte usager, HttpServletRequest requete,
            HttpServletResponse reponse) {
        limiteur.consommer("qr-adresse:" + requete.getRemoteAddr(), OUVERTURES_PAR_MINUTE, Duration.ofMinutes(1))
                .ifPresent(attente -> {
                    reponse.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, attente.toSeconds() + 1)));
                    throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
                });
        if (usager == null && AgentDeLaSession.de(requete).isPresent() && numero.length() <= 20) {
            return redirection(CheminsDeLaMairie.RECUEIL + "/p/" + UriUtils.encodePathSegment(numero, StandardCharsets.UTF_8));
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
}
