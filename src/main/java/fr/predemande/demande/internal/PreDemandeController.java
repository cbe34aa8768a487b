package fr.predemande.demande.internal;

import fr.predemande.compte.ComptesUsagers;
import fr.predemande.compte.IdentiteUsager;
import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.saisie.Courriels;
import fr.predemande.stockage.MagasinDeDocuments;
import fr.predemande.web.SaisiesInterrompues;
import org.springframework.beans.MutablePropertyValues;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Les pages de la pré-demande côté usager : liste, sections, vérification, validation, confirmation. */
@Controller
class PreDemandeController {

    static final String VUE_LISTE = "demande/liste";
    /** Une page commune à toutes les sections ; leurs champs viennent du fragment demande/champs :: {chemin}. */
    static final String VUE_SECTION = "demande/section";
    static final String VUE_VERIFICATION = "demande/verification";
    static final String VUE_CONFIRMATION = "demande/confirmation";
    static final String VUE_JUSTIFICATIFS = "demande/justificatifs";
    static final String RETOUR_VERIFICATION = "verification";

    private final Brouillons brouillons;
    private final ComptesUsagers comptes;
    private final ValidationDesSections validation;
    private final ControlesDeCoherence controles;
    private final VueDesReponses vue;
    private final Recapitulatifs recapitulatifs;
    private final ValidationDeLaPreDemande validationFinale;
    private final MagasinDeDocuments magasin;
    private final SaisiesInterrompues saisiesInterrompues;

    PreDemandeController(Brouillons brouillons, ComptesUsagers comptes, ValidationDesSections validation,
            ControlesDeCoherence controles, VueDesReponses vue, Recapitulatifs recapitulatifs,
            ValidationDeLaPreDemande validationFinale, MagasinDeDocuments magasin, SaisiesInterrompues saisiesInterrompues) {
        this.brouillons = brouillons;
        this.comptes = comptes;
        this.validation = validation;
        this.controles = controles;
        this.vue = vue;
        this.recapitulatifs = recapitulatifs;
        this.validationFinale = validationFinale;
        this.magasin = magasin;
        this.saisiesInterrompues = saisiesInterrompues;
    }

    @GetMapping("/demandes")
    String liste(Principal usager, Model modele) {
        modele.addAttribute("demandes", brouillons.duCompte(titulaire(usager).compteId()));
        // l'identifiant du futur brouillon vient du formulaire : un double clic ne crée qu'un brouillon
        modele.addAttribute("nouvelId", UUID.randomUUID());
        return VUE_LISTE;
    }

    @PostMapping("/demandes")
    String creer(Principal usager, @RequestParam("id") UUID id) {
        IdentiteUsager titulaire = titulaire(usager);
        var existante = brouillons.duTitulaire(id, titulaire.compteId());
        if (existante.isEmpty()) {
            brouillons.creer(id, titulaire);
            if (brouillons.duTitulaire(id, titulaire.compteId()).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
        }
        return "redirect:/demandes/" + id + "/" + Section.MOTIF.chemin();
    }

    @GetMapping("/demandes/{id}")
    String ouvrir(Principal usager, @PathVariable UUID id) {
        PreDemande demande = demande(usager, id);
        return demande.statut().modifiableParLUsager()
                ? "redirect:/demandes/" + id + "/" + Section.MOTIF.chemin()
                : "redirect:/demandes/" + id + "/confirmation";
    }

    @GetMapping("/demandes/{id}/{chemin:motif|etat-civil|filiation|nationalite|adresse|contact}")
    String section(Principal usager, @PathVariable UUID id, @PathVariable String chemin,
            @RequestParam(name = "retour", required = false) String retour, HttpServletRequest requete, Model modele) {
        PreDemande demande = demande(usager, id);
        if (!demande.statut().modifiableParLUsager()) {
            return "redirect:/demandes/" + id + "/confirmation";
        }
        Section section = Section.duChemin(chemin).orElseThrow();
        preparer(modele, demande, section, retour);
        Object formulaire = ControlesDeCoherence.formulaire(section, demande.reponses());
        // saisie interrompue par l'expiration de la session : réaffichée, pas enregistrée tant que l'usager ne renvoie pas
        // retour de la recherche de commune sans JavaScript : la commune choisie est proposée, pas encore enregistrée
        for (String lieu : java.util.List.of("communeNaissance", "paysNaissance", "commune")) {
            String valeur = requete.getParameter(lieu);
            if (valeur != null && valeur.length() <= 100) {
                new ServletRequestDataBinder(formulaire, "formulaire").bind(new MutablePropertyValues(java.util.Map.of(lieu, valeur)));
            }
        }
        saisiesInterrompues.reprendre(requete).ifPresent(champs -> {
            new ServletRequestDataBinder(formulaire, "formulaire").bind(new MutablePropertyValues(champs));
            modele.addAttribute("saisieReprise", true);
        });
        modele.addAttribute("formulaire", formulaire);
        return VUE_SECTION;
    }

    @PostMapping("/demandes/{id}/{chemin:motif|etat-civil|filiation|nationalite|adresse|contact}")
    String enregistrerSection(Principal usager, @PathVariable UUID id, @PathVariable String chemin,
            @RequestParam(name = "action", defaultValue = "continuer") String action,
            @RequestParam(name = "retour", required = false) String retour, HttpServletRequest requete, Model modele,
            RedirectAttributes redirection) {
        PreDemande demande = demande(usager, id);
        if (!demande.statut().modifiableParLUsager()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        Section section = Section.duChemin(chemin).orElseThrow();
        Reponses reponses = demande.reponses();
        Object formulaire = ControlesDeCoherence.formulaire(section, reponses);
        var liaison = new ServletRequestDataBinder(formulaire, "formulaire");
        liaison.bind(requete);
        // tout est enregistré, même faux : rien de ce qui a été tapé n'est perdu
        if (!brouillons.enregistrer(demande, reponses)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if ("enregistrer".equals(action)) {
            redirection.addFlashAttribute("succes", "demande.enregistree");
            return "redirect:/demandes";
        }
        BindingResult erreurs = liaison.getBindingResult();
        validation.verifier(section, reponses, erreurs);
        if (erreurs.hasErrors()) {
            preparer(modele, demande, section, retour);
            modele.addAttribute("formulaire", formulaire);
            modele.addAttribute(BindingResult.MODEL_KEY_PREFIX + "formulaire", erreurs);
            return VUE_SECTION;
        }
        if (RETOUR_VERIFICATION.equals(retour)) {
            return "redirect:/demandes/" + id + "/verification";
        }
        return section.suivante()
                .map(suivante -> "redirect:/demandes/" + id + "/" + suivante.chemin())
                .orElse("redirect:/demandes/" + id + "/verification");
    }

    @GetMapping("/demandes/{id}/verification")
    String verification(Principal usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = demande(usager, id);
        if (!demande.statut().modifiableParLUsager()) {
            return "redirect:/demandes/" + id + "/confirmation";
        }
        modele.addAttribute("demande", demande);
        modele.addAttribute("sections", vue.sections(demande.reponses()));
        modele.addAttribute("problemes", controles.controler(demande.reponses()));
        modele.addAttribute("courriel", demande.reponses().getContact().getCourriel());
        return VUE_VERIFICATION;
    }

    @PostMapping("/demandes/{id}/validation")
    String valider(Principal usager, @PathVariable UUID id, @RequestParam(name = "courriel", defaultValue = "") String courriel,
            Model modele) {
        PreDemande demande = demande(usager, id);
        if (demande.statut() == StatutPreDemande.VALIDEE) {
            return "redirect:/demandes/" + id + "/confirmation";
        }
        var problemes = controles.controler(demande.reponses());
        var erreurCourriel = Courriels.verifier(courriel);
        if (!problemes.isEmpty() || erreurCourriel.isPresent()) {
            modele.addAttribute("demande", demande);
            modele.addAttribute("sections", vue.sections(demande.reponses()));
            modele.addAttribute("problemes", problemes);
            modele.addAttribute("courriel", courriel);
            erreurCourriel.ifPresent(e -> modele.addAttribute("erreurCourriel", e.code()));
            return VUE_VERIFICATION;
        }
        try {
            validationFinale.valider(id, titulaire(usager).compteId(), courriel);
        } catch (ValidationDeLaPreDemande.Refus refus) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return "redirect:/demandes/" + id + "/confirmation";
    }

    @GetMapping("/demandes/{id}/confirmation")
    String confirmation(Principal usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = demande(usager, id);
        if (demande.statut() != StatutPreDemande.VALIDEE) {
            return "redirect:/demandes/" + id + "/verification";
        }
        modele.addAttribute("demande", demande);
        modele.addAttribute("intitule", recapitulatifs.intitule(demande.reponses()));
        modele.addAttribute("justificatifs", recapitulatifs.justificatifs(demande.reponses()).orElse(null));
        return VUE_CONFIRMATION;
    }

    @GetMapping("/demandes/{id}/justificatifs")
    String justificatifs(Principal usager, @PathVariable UUID id, Model modele) {
        PreDemande demande = demande(usager, id);
        modele.addAttribute("demande", demande);
        modele.addAttribute("justificatifs", recapitulatifs.justificatifs(demande.reponses()).orElse(null));
        return VUE_JUSTIFICATIFS;
    }

    @GetMapping("/demandes/{id}/recapitulatif.pdf")
    ResponseEntity<byte[]> recapitulatif(Principal usager, @PathVariable UUID id) {
        PreDemande demande = demande(usager, id);
        if (demande.recapitulatif() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("predemande-" + demande.numero().valeur() + ".pdf").build().toString())
                .header("X-Content-SHA256", demande.recapitulatif().sha256())
                .body(magasin.lire(demande.recapitulatif()));
    }

    @PostMapping("/demandes/{id}/annulation")
    String annuler(Principal usager, @PathVariable UUID id, RedirectAttributes redirection) {
        brouillons.annuler(demande(usager, id));
        redirection.addFlashAttribute("succes", "demande.annulee");
        return "redirect:/demandes";
    }

    /** Le lien du QR code : le titulaire retrouve sa pré-demande ; toute autre personne, une page neutre. */
    @GetMapping("/p/{numero}")
    String qrCode(@PathVariable String numero, Principal usager, Model modele) {
        var lu = NumeroPreDemande.lire(numero);
        if (lu.isPresent() && usager != null) {
            var titulaire = comptes.identite(usager.getName());
            var demande = titulaire.flatMap(t -> brouillons.duCompte(t.compteId()).stream()
                    .filter(d -> lu.get().equals(d.numero())).findFirst());
            if (demande.isPresent()) {
                return "redirect:/demandes/" + demande.get().id() + "/confirmation";
            }
        }
        return "demande/qr-neutre";
    }

    private void preparer(Model modele, PreDemande demande, Section section, String retour) {
        modele.addAttribute("demande", demande);
        modele.addAttribute("section", section);
        modele.addAttribute("sections", Section.values());
        modele.addAttribute("retour", RETOUR_VERIFICATION.equals(retour) ? RETOUR_VERIFICATION : null);
        modele.addAttribute("titres", noms(TypeDeTitre.values()));
        modele.addAttribute("motifs", noms(Motif.values()));
        modele.addAttribute("mentions", noms(MentionNomUsage.values()));
        modele.addAttribute("acquisitions", noms(AcquisitionNationalite.values()));
        modele.addAttribute("typesAdresse", noms(TypeAdresse.values()));
        modele.addAttribute("couleursYeux", ValidationDesSections.COULEURS_DES_YEUX);
    }

    private static java.util.List<String> noms(Enum<?>[] valeurs) {
        return Arrays.stream(valeurs).map(Enum::name).toList();
    }

    private IdentiteUsager titulaire(Principal usager) {
        return comptes.identite(usager.getName()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** La pré-demande du titulaire connecté ; 404 pour celle d'un autre, comme pour un identifiant inconnu. */
    private PreDemande demande(Principal usager, UUID id) {
        return brouillons.duTitulaire(id, titulaire(usager).compteId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
