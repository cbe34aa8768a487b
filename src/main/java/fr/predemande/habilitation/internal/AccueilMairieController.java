package fr.predemande.habilitation.internal;

import static fr.predemande.habilitation.CheminsDeLaMairie.ACCUEIL;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.PosteCourant;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.referentiel.Mairies;
import fr.predemande.referentiel.PosteDeRecueil;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * L'accueil de l'espace mairie : le poste de recueil (à choisir quand la mairie en a plusieurs), puis les deux façons
 * de recueillir une demande, « Pré-demande » et « Formulaire papier » ; l'administration pour un administrateur.
 */
@Controller
class AccueilMairieController {

    static final String VUE = "mairie/accueil";
    static final String POSTE = ACCUEIL + "/poste";

    private final Mairies mairies;

    AccueilMairieController(Mairies mairies) {
        this.mairies = mairies;
    }

    @GetMapping(ACCUEIL)
    String accueil(AgentConnecte agent, PosteDeRecueil poste, Model modele) {
        modele.addAttribute("postes", mairies.postes(agent.mairie().id()));
        modele.addAttribute("poste", poste);
        modele.addAttribute("estAgent", agent.a(RoleAgent.AGENT));
        modele.addAttribute("estAdministrateur", agent.a(RoleAgent.ADMINISTRATEUR));
        return VUE;
    }

    /** Un poste d'une autre mairie n'est jamais retenu : l'identifiant envoyé n'est qu'une proposition. */
    @PostMapping(POSTE)
    String choisirLePoste(
            AgentConnecte agent,
            @RequestParam(name = "poste", required = false) UUID choisi,
            HttpServletRequest requete,
            RedirectAttributes flash) {
        var poste = choisi == null
                ? java.util.Optional.<PosteDeRecueil>empty()
                : mairies.poste(choisi)
                        .filter(p -> p.mairie().equals(agent.mairie().id()));
        if (poste.isEmpty()) {
            flash.addFlashAttribute("erreurPoste", true);
            return "redirect:" + ACCUEIL;
        }
        requete.getSession().setAttribute(PosteCourant.ATTRIBUT, poste.get());
        return "redirect:" + ACCUEIL;
    }
}
