package fr.predemande.demande.internal;

import fr.predemande.compte.ComptesUsagers;
import fr.predemande.compte.UsagerConnecte;
import fr.predemande.demande.CheminsDeLaPreDemande;
import fr.predemande.demande.Section;
import fr.predemande.web.LiaisonDesFormulaires;
import fr.predemande.web.SaisiesInterrompues;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.http.HttpStatus;
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

/** Les pages où l'usager remplit sa pré-demande : la liste, la création, et les sections une à une. */
@Controller
class PreDemandeController {

    static final String VUE_LISTE = "demande/liste";
    /** Une page commune à toutes les sections ; leurs champs viennent du fragment demande/champs :: {chemin}. */
    static final String VUE_SECTION = "demande/section";

    static final String RETOUR_VERIFICATION = "verification";
    private static final String SECTIONS = "{chemin:motif|etat-civil|filiation|nationalite|adresse|contact}";
    /** Les champs qu'une page de recherche de commune (sans JavaScript) renvoie remplis. */
    private static final List<String> LIEUX = List.of("communeNaissance", "paysNaissance", "commune");

    private final Brouillons brouillons;
    private final ComptesUsagers comptes;
    private final ValidationDesSections validation;
    private final ControlesDeCoherence controles;
    private final SaisiesInterrompues saisiesInterrompues;

    PreDemandeController(
            Brouillons brouillons,
            ComptesUsagers comptes,
            ValidationDesSections validation,
            ControlesDeCoherence controles,
            SaisiesInterrompues saisiesInterrompues) {
        this.brouillons = brouillons;
        this.comptes = comptes;
        this.validation = validation;
        this.controles = controles;
        this.saisiesInterrompues = saisiesInterrompues;
    }

    @GetMapping(CheminsDeLaPreDemande.LISTE)
    String liste(UsagerConnecte usager, Model modele) {
        modele.addAttribute("demandes", brouillons.duCompte(usager.compteId()));
        // l'identifiant du futur brouillon vient du formulaire : un double clic ne crée qu'un brouillon
        modele.addAttribute("nouvelId", UUID.randomUUID());
        return VUE_LISTE;
    }

    @PostMapping(CheminsDeLaPreDemande.LISTE)
    String creer(UsagerConnecte usager, @RequestParam("id") UUID id) {
        if (brouillons.duTitulaire(id, usager.compteId()).isEmpty()) {
            var titulaire = comptes.identite(usager.compteId())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
            brouillons.creer(id, titulaire);
            // un identifiant déjà pris par un autre compte ne crée rien : même réponse qu'un identifiant inconnu
            brouillons
                    .duTitulaire(id, usager.compteId())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        return redirection(Formulaires.page(Section.MOTIF, id));
    }

    /** « Reprendre » : la première section pas encore complète, la vérification si toutes le sont, ou la confirmation. */
    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}")
    String reprendre(UsagerConnecte usager, @PathVariable UUID id) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (!demande.statut().modifiableParLUsager()) {
            return redirection(CheminsDeLaPreDemande.confirmation(id));
        }
        return controles.controler(demande.reponses()).stream()
                .findFirst()
                .map(probleme -> redirection(Formulaires.page(probleme.section(), id)))
                .orElse(redirection(CheminsDeLaPreDemande.verification(id)));
    }

    @GetMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/" + SECTIONS)
    String section(
            UsagerConnecte usager,
            @PathVariable UUID id,
            @PathVariable String chemin,
            @RequestParam(name = "retour", required = false) String retour,
            HttpServletRequest requete,
            Model modele) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (!demande.statut().modifiableParLUsager()) {
            return redirection(CheminsDeLaPreDemande.confirmation(id));
        }
        Section section = Section.duChemin(chemin).orElseThrow();
        Object formulaire = Formulaires.dans(section, demande.reponses());
        // retour de la recherche de commune sans JavaScript : la commune choisie est proposée, pas encore enregistrée
        for (String lieu : LIEUX) {
            String valeur = requete.getParameter(lieu);
            if (valeur != null && valeur.length() <= 100) {
                lier(formulaire, Map.of(lieu, valeur));
            }
        }
        // saisie interrompue par l'expiration de la session : réaffichée, pas enregistrée tant que l'usager ne renvoie
        // pas
        saisiesInterrompues.reprendre(requete).ifPresent(champs -> {
            lier(formulaire, champs);
            modele.addAttribute("saisieReprise", true);
        });
        preparer(modele, demande, section, retour, formulaire);
        return VUE_SECTION;
    }

    @PostMapping(CheminsDeLaPreDemande.PREFIXE + "{id}/" + SECTIONS)
    String enregistrerSection(
            UsagerConnecte usager,
            @PathVariable UUID id,
            @PathVariable String chemin,
            @RequestParam(name = "action", defaultValue = "continuer") String action,
            @RequestParam(name = "retour", required = false) String retour,
            HttpServletRequest requete,
            Model modele,
            RedirectAttributes redirection) {
        PreDemande demande = brouillons.duTitulaireOu404(id, usager);
        if (!demande.statut().modifiableParLUsager()) {
            // un formulaire renvoyé depuis un ancien onglet : la pré-demande est validée, on le dit et on y mène
            redirection.addFlashAttribute("information", "demande.deja-validee");
            return redirection(CheminsDeLaPreDemande.confirmation(id));
        }
        Section section = Section.duChemin(chemin).orElseThrow();
        Reponses reponses = demande.reponses();
        Object formulaire = Formulaires.dans(section, reponses);
        var liaison = new ServletRequestDataBinder(formulaire, "formulaire");
        LiaisonDesFormulaires.preparer(liaison);
        liaison.bind(requete);
        // tout est enregistré, même faux : rien de ce qui a été tapé n'est perdu
        if (!brouillons.enregistrer(demande, reponses)) {
            redirection.addFlashAttribute("information", "demande.deja-validee");
            return redirection(CheminsDeLaPreDemande.confirmation(id));
        }
        if ("enregistrer".equals(action)) {
            redirection.addFlashAttribute("succes", "demande.enregistree");
            return redirection(CheminsDeLaPreDemande.LISTE);
        }
        BindingResult erreurs = liaison.getBindingResult();
        validation.verifier(section, reponses, erreurs);
        if (erreurs.hasErrors()) {
            preparer(modele, demande, section, retour, formulaire);
            modele.addAttribute(BindingResult.MODEL_KEY_PREFIX + "formulaire", erreurs);
            return VUE_SECTION;
        }
        if (RETOUR_VERIFICATION.equals(retour)) {
            return redirection(CheminsDeLaPreDemande.verification(id));
        }
        return redirection(section.suivante()
                .map(suivante -> Formulaires.page(suivante, id))
                .orElse(CheminsDeLaPreDemande.verification(id)));
    }

    private void preparer(Model modele, PreDemande demande, Section section, String retour, Object formulaire) {
        modele.addAttribute("demande", demande);
        modele.addAttribute("section", section);
        modele.addAttribute("pageDeLaSection", Formulaires.page(section, demande.id()));
        modele.addAttribute("sections", Section.values());
        modele.addAttribute("formulaire", formulaire);
        modele.addAttribute("retour", RETOUR_VERIFICATION.equals(retour) ? RETOUR_VERIFICATION : null);
        modele.addAttribute("obligatoires", ChampsObligatoires.de(section, demande.reponses()));
        modele.addAttribute("conditions", ChampsObligatoires.surLaPage(section));
        OptionsDesSections.ajouter(modele::addAttribute);
    }

    private static void lier(Object formulaire, Map<String, ?> champs) {
        var liaison = new ServletRequestDataBinder(formulaire, "formulaire");
        LiaisonDesFormulaires.preparer(liaison);
        liaison.bind(new MutablePropertyValues(champs));
    }

    static String redirection(String chemin) {
        return "redirect:" + chemin;
    }
}
