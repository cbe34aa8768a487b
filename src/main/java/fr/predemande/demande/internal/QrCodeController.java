package fr.predemande.demande.internal;

import static fr.predemande.demande.internal.PreDemandeController.redirection;

import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.habilitation.AgentDeLaSession;
import fr.predemande.habilitation.CheminsDeLaMairie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Le lien du QR code : le titulaire retrouve sa pré-demande ; toute autre personne, une page neutre. */
@Controller
class QrCodeController {

    static final String VUE_NEUTRE = "demande/qr-neutre";

    private final Brouillons brouillons;

    QrCodeController(Brouillons brouillons) {
        this.brouillons = brouillons;
    }

    /** Le lien du QR code : un agent connecté (tablette, téléphone) arrive sur l'écran de recherche du poste. */
    @GetMapping("/p/{numero}")
    String qrCode(@PathVariable String numero, UsagerConnecte usager, HttpServletRequest requete) {
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
