package fr.predemande.demande.internal;

import static fr.predemande.demande.internal.PreDemandeController.redirection;

import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.NumeroPreDemande;
import org.springframework.stereotype.Controller;
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

    @GetMapping("/p/{numero}")
    String qrCode(@PathVariable String numero, UsagerConnecte usager) {
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
