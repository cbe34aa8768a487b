package fr.predemande.demande.internal;

import static fr.predemande.demande.internal.PreDemandeController.redirection;

import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.StatutPreDemande;
import fr.predemande.impression.CodesQr;
import fr.predemande.saisie.Courriels;
import fr.predemande.web.UrlPublique;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * La vérification, la validation et ce qui la suit : confirmation, pièces à apporter, QR code, annulation (le
 * récapitulatif PDF : {@link RecapitulatifController}).
 */
@Controller
class ValidationController {

    static final String VUE_VERIFICATION = "demande/verification";
    static final String VUE_CONFIRMATION = "demande/confirmation";
    static final String VUE_JUSTIFICATIFS = "demande/justificatifs";
    static final String VUE_PRESENTER = "demande/presenter";

    private final Brouillons brouillons;
    private final ControlesDeCoherence controles;
    private final Declarations declarations;
    private final VueDesReponses vue;
    private final Recapitulatifs recapitulatifs;
    private final ValidationDeLaPreDemande validationFinale;
    private final UrlPublique urlPublique;

    ValidationController(
            Brouillons brouillons,
            ControlesDeCoherence controles,
            Declarations declarations,
            VueDesReponses vue,
            Recapitulatifs recapitulatifs,
            ValidationDeLaPreDemande validationFinale,
            UrlPublique urlPublique) {
        this.brouillons = brouillons;
        this.controles = controles;
        this.declarations = declarations;
        this.vue = vue;
        this.recapitulatifs = recapitulatifs;
        this.validationFinale = validationFinale;
        this.urlPublique = urlPublique;
    }

    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/verification")
    String verification(UsagerConnecte usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (!demande.statut().modifiableParLUsager()) {
            return redirection(CheminsDeLaPreDemande.confirmation(id));
        }
        return pageDeVerification(
                modele, demande, demande.reponses().getContact().getCourriel(), null);
    }

    @PostMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/validation")
    String valider(
            UsagerConnecte usager,
            @PathVariable UUID id,
            @RequestParam(name = "courriel", defaultValue = "") String courriel,
            Model modele,
            RedirectAttributes redirection) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (demande.statut() == StatutPreDemande.VALIDEE) {
            return redirection(CheminsDeLaPreDemande.confirmation(id));
        }
        var erreurCourriel = Courriels.verifier(courriel);
        if (!controles.controler(demande.reponses()).isEmpty() || erreurCourriel.isPresent()) {
            return pageDeVerification(
                    modele, demande, courriel, erreurCourriel.map(e -> e.code()).orElse(null));
        }
        try {
            validationFinale.valider(id, usager.compteId(), courriel);
        } catch (ValidationDeLaPreDemande.Refus refus) {
            redirection.addFlashAttribute("information", "demande.non-modifiable");
            return redirection(CheminsDeLaPreDemande.LISTE);
        }
        return redirection(CheminsDeLaPreDemande.confirmation(id));
    }

    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/confirmation")
    String confirmation(UsagerConnecte usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (demande.statut() != StatutPreDemande.VALIDEE) {
            return redirection(CheminsDeLaPreDemande.reprendre(id));
        }
        var declaration = declarations.de(demande.reponses());
        modele.addAttribute("demande", demande);
        modele.addAttribute("intitule", recapitulatifs.intitule(declaration));
        modele.addAttribute(
                "justificatifs", recapitulatifs.justificatifs(declaration).orElse(null));
        // le récapitulatif se prépare juste après la validation : la page le dit tant qu'il n'est pas prêt
        modele.addAttribute("recapitulatifPret", demande.recapitulatif() != null);
        return VUE_CONFIRMATION;
    }

    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/justificatifs")
    String justificatifs(UsagerConnecte usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        modele.addAttribute("demande", demande);
        modele.addAttribute(
                "justificatifs",
                recapitulatifs
                        .justificatifs(declarations.de(demande.reponses()))
                        .orElse(null));
        return VUE_JUSTIFICATIFS;
    }

    /** « Présenter en mairie » : le QR code en grand et le numéro, pour un usager venu sans récapitulatif imprimé. */
    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/presenter")
    String presenter(UsagerConnecte usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (demande.statut() != StatutPreDemande.VALIDEE) {
            return redirection(CheminsDeLaPreDemande.reprendre(id));
        }
        modele.addAttribute("demande", demande);
        return VUE_PRESENTER;
    }

    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/qr.png")
    ResponseEntity<byte[]> qrCode(UsagerConnecte usager, @PathVariable UUID id) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (demande.numero() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(CodesQr.pngPourEcran(urlPublique.de(CheminsDeLaPreDemande.qrCode(demande.numero()))));
    }

    @PostMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/annulation")
    String annuler(UsagerConnecte usager, @PathVariable UUID id, RedirectAttributes redirection) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (demande.statut().peutDevenir(StatutPreDemande.ANNULEE) || demande.statut() == StatutPreDemande.ANNULEE) {
            brouillons.annuler(demande);
            redirection.addFlashAttribute("succes", "demande.annulee");
        } else {
            redirection.addFlashAttribute("information", "demande.non-modifiable");
        }
        return redirection(CheminsDeLaPreDemande.LISTE);
    }

    private String pageDeVerification(Model modele, PreDemande demande, String courriel, String erreurCourriel) {
        var problemes = controles.controler(demande.reponses());
        modele.addAttribute("demande", demande);
        modele.addAttribute("sections", vue.sections(declarations.de(demande.reponses())));
        modele.addAttribute(
                "problemes",
                problemes.stream()
                        .map(p -> new ProblemeAffiche(
                                Formulaires.page(p.section(), demande.id()) + "?retour=verification#" + p.champ(),
                                vue.probleme(p)))
                        .toList());
        modele.addAttribute("courriel", courriel);
        modele.addAttribute("erreurCourriel", erreurCourriel);
        modele.addAttribute("enErreur", !problemes.isEmpty() || erreurCourriel != null);
        return VUE_VERIFICATION;
    }

    /** Un problème du résumé : le lien vers son champ, et son texte. */
    record ProblemeAffiche(String lien, String texte) {}
}
