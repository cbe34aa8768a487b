package fr.predemande.demande.internal;

import static fr.predemande.demande.internal.PreDemandeController.redirection;

import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.stockage.DocumentStocke;
import fr.predemande.stockage.MagasinDeDocuments;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Le récapitulatif PDF d'une pré-demande validée. Il se prépare juste après la validation : le lien attend quelques
 * secondes qu'il soit prêt, puis mène, s'il ne l'est toujours pas, à une page qui le dit et propose de réessayer (sans
 * JavaScript).
 */
@Controller
class RecapitulatifController {

    static final String VUE_EN_PREPARATION = "demande/recapitulatif-en-preparation";

    private final Brouillons brouillons;
    private final AttenteDuRecapitulatif attente;
    private final MagasinDeDocuments magasin;

    RecapitulatifController(Brouillons brouillons, AttenteDuRecapitulatif attente, MagasinDeDocuments magasin) {
        this.brouillons = brouillons;
        this.attente = attente;
        this.magasin = magasin;
    }

    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/recapitulatif.pdf")
    ResponseEntity<byte[]> recapitulatif(UsagerConnecte usager, @PathVariable UUID id) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        Optional<DocumentStocke> document = Optional.ofNullable(demande.recapitulatif());
        if (document.isEmpty() && demande.attendUnRecapitulatif()) {
            document = attente.attendre(id, AttenteDuRecapitulatif.ATTENTE_MAXIMALE);
            if (document.isEmpty()) {
                return ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(URI.create(enPreparation(id)))
                        .build();
            }
        }
        DocumentStocke recapitulatif = document.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("predemande-" + demande.numero().valeur() + ".pdf")
                                .build()
                                .toString())
                .header("X-Content-SHA256", recapitulatif.sha256())
                .body(magasin.lire(recapitulatif));
    }

    /** « Récapitulatif en préparation », avec le lien pour réessayer ; le récapitulatif lui-même s'il est prêt. */
    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/recapitulatif")
    String enPreparation(UsagerConnecte usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (demande.recapitulatif() != null) {
            return redirection(CheminsDeLaPreDemande.recapitulatif(id));
        }
        if (!demande.attendUnRecapitulatif()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        modele.addAttribute("demande", demande);
        return VUE_EN_PREPARATION;
    }

    static String enPreparation(UUID id) {
        return CheminsDeLaPreDemande.PREFIXE + id + "/recapitulatif";
    }
}
