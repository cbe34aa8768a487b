package fr.predemande.recueil.internal;

import static fr.predemande.recueil.internal.CheminsDuRecueil.redirection;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.recueil.DossierRecueilli;
import fr.predemande.recueil.DossierRecueilli.DocumentDuDepot;
import fr.predemande.recueil.NumeroDeDemande;
import fr.predemande.web.PageEnErreur;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Le dossier : sa création (pré-demande ou formulaire papier), la liste de la mairie, sa page, sa transmission. */
@Controller
class DossierController {

    static final String VUE_LISTE = "mairie/dossiers/liste";
    static final String VUE_DOSSIER = "mairie/dossiers/dossier";

    private final RecueilDesDossiers recueil;
    private final VueDuRecueil vue;
    private final Guichet guichet;
    private final Clock horloge;

    DossierController(RecueilDesDossiers recueil, VueDuRecueil vue, Guichet guichet, Clock horloge) {
        this.recueil = recueil;
        this.vue = vue;
        this.guichet = guichet;
        this.horloge = horloge;
    }

    @PostMapping(CheminsDuRecueil.DOSSIERS)
    String ouvrir(
            AgentConnecte agent, @RequestParam("preDemande") String numero, HttpServletRequest requete, Model modele) {
        var poste = guichet.auPoste(agent, requete);
        var dossier = NumeroPreDemande.lire(numero).flatMap(n -> recueil.ouvrirDepuisPreDemande(poste, n));
        if (dossier.isEmpty()) {
            // elle n'est plus utilisable entre-temps (expirée, ouverte ailleurs) : la recherche dit pourquoi
            return redirection(CheminsDuRecueil.RECHERCHE);
        }
        return redirection(CheminsDuRecueil.dossier(dossier.get().numero()));
    }

    @PostMapping(CheminsDuRecueil.PAPIER)
    String ouvrirFormulairePapier(AgentConnecte agent, HttpServletRequest requete) {
        var dossier = recueil.ouvrirFormulairePapier(guichet.auPoste(agent, requete));
        return redirection(CheminsDuRecueil.dossier(dossier.numero()));
    }

    @GetMapping(CheminsDuRecueil.DOSSIERS)
    String liste(AgentConnecte agent, HttpServletRequest requete, Model modele) {
        modele.addAttribute("dossiers", recueil.enCours(guichet.auPoste(agent, requete)));
        modele.addAttribute("vue", vue);
        return VUE_LISTE;
    }

    @GetMapping(CheminsDuRecueil.DOSSIER)
    String dossier(AgentConnecte agent, @PathVariable String numero, HttpServletRequest requete, Model modele) {
        var poste = guichet.auPoste(agent, requete);
        NumeroDeDemande numeroDeDemande = lire(numero);
        Dossier avant = recueil.deLaMairie(poste, numeroDeDemande);
        DossierRecueilli dossier = recueil.consulter(poste, numeroDeDemande);
        preparer(modele, dossier, avant, agent);
        if (modele.containsAttribute("erreurs")) {
            // une étape refusée revient ici avec ses erreurs en attribut flash : le titre le dit
            PageEnErreur.signaler(modele);
        }
        return VUE_DOSSIER;
    }

    @PostMapping(CheminsDuRecueil.DOSSIER + "/transmission")
    String transmettre(
            AgentConnecte agent,
            @PathVariable String numero,
            @RequestParam("version") long version,
            HttpServletRequest requete,
            RedirectAttributes redirection) {
        NumeroDeDemande numeroDeDemande = lire(numero);
        try {
            recueil.transmettre(guichet.auPoste(agent, requete), numeroDeDemande, version);
            redirection.addFlashAttribute("succes", vue.texte("recueil.transmission.faite", numeroDeDemande.lisible()));
        } catch (RecueilDesDossiers.TransmissionIncomplete incomplete) {
            redirection.addFlashAttribute("manques", incomplete.manques);
        }
        return redirection(CheminsDuRecueil.dossier(numeroDeDemande));
    }

    private void preparer(Model modele, DossierRecueilli dossier, Dossier ligne, AgentConnecte agent) {
        modele.addAttribute("dossier", dossier);
        modele.addAttribute("version", ligne.version());
        modele.addAttribute("sections", recueil.sections(dossier));
        modele.addAttribute("problemes", recueil.problemes(dossier));
        modele.addAttribute("corrections", dossier.corrections());
        var liste = recueil.justificatifs(dossier);
        modele.addAttribute("justificatifs", liste.orElse(null));
        modele.addAttribute("montantDu", liste.map(l -> vue.montant(l.total())).orElse(null));
        var controles = new LinkedHashMap<PieceJustificative, DossierRecueilli.ControleDePiece>();
        dossier.controles().forEach(c -> controles.put(c.piece(), c));
        modele.addAttribute("controles", controles);
        modele.addAttribute("documentsDuDepot", List.of(DocumentDuDepot.values()));
        modele.addAttribute("releves", DossierRecueilli.ReleveDesEmpreintes.values());
        var totalDesTimbres = dossier.timbres().stream()
                .map(DossierRecueilli.TimbreFiscal::montant)
                .reduce(fr.predemande.justificatifs.Montant.GRATUIT, fr.predemande.justificatifs.Montant::plus);
        modele.addAttribute("totalDesTimbres", vue.montant(totalDesTimbres));
        modele.addAttribute(
                "ecartDesTimbres",
                liste.isPresent()
                        && !liste.get().total().equals(totalDesTimbres)
                        && !dossier.timbres().isEmpty());
        modele.addAttribute("manquesActuels", recueil.manques(dossier));
        modele.addAttribute(
                "tenuParUnAutre",
                ligne.tenuParUnAutre(agent.identifiant(), horloge.instant())
                        ? vue.texte("recueil.dossier.tenu-par", ligne.tenuPar(), vue.date(ligne.tenuDepuis()))
                        : null);
        modele.addAttribute("vue", vue);
    }

    static NumeroDeDemande lire(String numero) {
        return NumeroDeDemande.lire(numero).orElseThrow(RecueilDesDossiers.DossierIntrouvable::new);
    }
}
