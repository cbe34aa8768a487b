package fr.predemande.recueil.internal;

import static fr.predemande.recueil.internal.CheminsDuRecueil.redirection;
import static fr.predemande.recueil.internal.DossierController.lire;

import fr.predemande.demande.SaisieAuGuichet;
import fr.predemande.demande.SaisieAuGuichet.ResultatDeSaisie;
import fr.predemande.demande.Section;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.recueil.NumeroDeDemande;
import fr.predemande.web.PageEnErreur;
import fr.predemande.web.SaisiesInterrompues;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Corriger une section au guichet (ou la saisir d'après un formulaire papier) : la page et les règles de l'usager,
 * dans le dossier. Si un autre agent a modifié le dossier entre-temps, rien n'est écrit et ce qui a été tapé reste ;
 * si la session a expiré, ce qui a été tapé revient dans la page après la reconnexion ({@link SaisiesInterrompues}).
 */
@Controller
class CorrectionController {

    static final String VUE_SECTION = "mairie/dossiers/section";
    private static final String SECTIONS = "/sections/{chemin:motif|etat-civil|filiation|nationalite|adresse|contact}";

    private final RecueilDesDossiers recueil;
    private final SaisieAuGuichet saisie;
    private final Guichet guichet;
    private final SaisiesInterrompues saisiesInterrompues;

    CorrectionController(
            RecueilDesDossiers recueil,
            SaisieAuGuichet saisie,
            Guichet guichet,
            SaisiesInterrompues saisiesInterrompues) {
        this.recueil = recueil;
        this.saisie = saisie;
        this.guichet = guichet;
        this.saisiesInterrompues = saisiesInterrompues;
    }

    @GetMapping(CheminsDuRecueil.DOSSIER + SECTIONS)
    String section(
            AgentConnecte agent,
            @PathVariable String numero,
            @PathVariable String chemin,
            HttpServletRequest requete,
            Model modele) {
        // reprise (une fois) avant de lire le dossier : une page refusée (dossier d'une autre mairie, numéro faux) ne
        // garde pas la saisie en attente, où chaque connexion suivante ramènerait à ce refus
        var reprise = saisiesInterrompues.reprendre(requete);
        NumeroDeDemande n = lire(numero);
        Dossier dossier = recueil.deLaMairie(guichet.auPoste(agent, requete), n);
        Section section = Section.duChemin(chemin).orElseThrow();
        if (reprise.isPresent()) {
            reprendre(modele, dossier, section, reprise.get());
            return VUE_SECTION;
        }
        preparer(modele, dossier, dossier.version(), saisie.afficher(dossier.retenue(), section));
        return VUE_SECTION;
    }

    /**
     * La correction envoyée quand la session avait expiré, après la reconnexion de l'agent : remise dans la page, sans
     * rien enregistrer (l'agent la renvoie lui-même, avec un jeton valide). La version est celle que la page portait
     * à l'envoi : si un autre agent a modifié le dossier depuis, le renvoi le fera voir au lieu d'écraser sa
     * modification.
     */
    private void reprendre(Model modele, Dossier dossier, Section section, Map<String, String[]> champs) {
        var parametres = new HashMap<>(champs);
        String[] version = parametres.remove("version");
        long versionLue = dossier.version();
        if (version != null && version.length > 0 && version[0] != null && version[0].matches("\\d{1,18}")) {
            versionLue = Long.parseLong(version[0]);
        }
        var page = saisie.enregistrer(dossier.retenue(), section, parametres);
        preparer(
                modele,
                dossier,
                versionLue,
                page instanceof ResultatDeSaisie.Refusee refusee
                        ? refusee.page()
                        : saisie.afficher(((ResultatDeSaisie.Enregistree) page).declaration(), section));
        modele.addAttribute("saisieReprise", true);
    }

    @PostMapping(CheminsDuRecueil.DOSSIER + SECTIONS)
    String corriger(
            AgentConnecte agent,
            @PathVariable String numero,
            @PathVariable String chemin,
            @RequestParam("version") long version,
            HttpServletRequest requete,
            Model modele) {
        NumeroDeDemande n = lire(numero);
        var poste = guichet.auPoste(agent, requete);
        Section section = Section.duChemin(chemin).orElseThrow();
        var parametres = new HashMap<>(requete.getParameterMap());
        parametres.remove("version");
        parametres.remove("_csrf");
        try {
            ResultatDeSaisie resultat = recueil.corriger(poste, n, version, section, parametres);
            if (resultat instanceof ResultatDeSaisie.Refusee refusee) {
                preparer(modele, recueil.deLaMairie(poste, n), version, refusee.page());
                PageEnErreur.signaler(modele);
                return VUE_SECTION;
            }
            return redirection(CheminsDuRecueil.dossier(n) + "#declaration");
        } catch (OptimisticLockingFailureException modifieEntreTemps) {
            Dossier actuel = recueil.deLaMairie(poste, n);
            // ce qui a été tapé est remis dans la page, sur la version actuelle du dossier, sans être enregistré
            var page = saisie.enregistrer(actuel.retenue(), section, parametres);
            var pageDeSection = page instanceof ResultatDeSaisie.Refusee r
                    ? r.page()
                    : saisie.afficher(((ResultatDeSaisie.Enregistree) page).declaration(), section);
            preparer(modele, actuel, actuel.version(), pageDeSection);
            modele.addAttribute("versionPerimee", true);
            PageEnErreur.signaler(modele);
            return VUE_SECTION;
        }
    }

    private void preparer(Model modele, Dossier dossier, long version, SaisieAuGuichet.PageDeSection page) {
        modele.addAllAttributes(page.modele());
        modele.addAttribute("dossier", dossier);
        modele.addAttribute("version", version);
        modele.addAttribute(
                "pageDeLaSection",
                CheminsDuRecueil.dossier(dossier.numero()) + "/sections/"
                        + page.section().chemin());
    }
}
