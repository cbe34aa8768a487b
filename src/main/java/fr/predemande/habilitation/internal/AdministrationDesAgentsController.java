package fr.predemande.habilitation.internal;

import static fr.predemande.habilitation.CheminsDeLaMairie.AGENTS;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.RoleAgent;
import fr.predemande.saisie.Identifiants;
import fr.predemande.saisie.Noms;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Les comptes des agents d'une mairie, vus et créés par un administrateur de cette mairie, et d'elle seule : la mairie
 * est toujours celle de l'administrateur connecté, jamais un paramètre de la requête.
 */
@Controller
class AdministrationDesAgentsController {

    static final String VUE = "mairie/administration/agents";
    private static final DateTimeFormatter HEURE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final ComptesDesAgents comptes;
    private final AgentRepository agents;
    private final Clock horloge;

    AdministrationDesAgentsController(ComptesDesAgents comptes, AgentRepository agents, Clock horloge) {
        this.comptes = comptes;
        this.agents = agents;
        this.horloge = horloge;
    }

    @GetMapping(AGENTS)
    String agents(
            AgentConnecte administrateur,
            @ModelAttribute("formulaire") Formulaires.NouvelAgent formulaire,
            Model modele) {
        return page(administrateur, modele);
    }

    @PostMapping(AGENTS)
    String creer(
            AgentConnecte administrateur,
            @ModelAttribute("formulaire") Formulaires.NouvelAgent formulaire,
            BindingResult erreurs,
            Model modele,
            HttpServletRequest requete,
            RedirectAttributes flash) {
        Identifiants.verifier(formulaire.getIdentifiantAgent())
                .ifPresent(e -> erreurs.rejectValue(
                        "identifiantAgent", e.code(), e.arguments().toArray(), null));
        Noms.verifierNom(formulaire.getNomAgent())
                .ifPresent(e ->
                        erreurs.rejectValue("nomAgent", e.code(), e.arguments().toArray(), null));
        Noms.verifierPrenoms(formulaire.getPrenomAgent())
                .ifPresent(e -> erreurs.rejectValue(
                        "prenomAgent", e.code(), e.arguments().toArray(), null));
        if (formulaire.getRoles().isEmpty()) {
            erreurs.rejectValue("roles", "mairie.agents.roles.obligatoire");
        }
        if (erreurs.hasErrors()) {
            return page(administrateur, modele);
        }
        var cree = comptes.creer(
                administrateur,
                Identifiants.normaliser(formulaire.getIdentifiantAgent()),
                Noms.normaliser(formulaire.getNomAgent()),
                Noms.normaliser(formulaire.getPrenomAgent()),
                formulaire.getRoles(),
                requete);
        if (cree.isEmpty()) {
            erreurs.rejectValue("identifiantAgent", "mairie.agents.identifiant.pris");
            return page(administrateur, modele);
        }
        // montré une fois, à l'administrateur qui le remet à l'agent ; l'agent le remplace à sa première connexion
        flash.addFlashAttribute("agentCree", cree.get().identifiant());
        flash.addFlashAttribute("motDePasseProvisoire", cree.get().motDePasseProvisoire());
        return "redirect:" + AGENTS;
    }

    /** Une ligne du tableau des agents : l'état se lit d'un coup d'œil, l'heure est celle de la mairie. */
    record LigneDAgent(
            String identifiant,
            String nom,
            String prenom,
            boolean agent,
            boolean administrateur,
            Etat etat,
            String jusqua) {}

    enum Etat {
        ACTIF,
        A_ENROLER,
        VERROUILLE
    }

    private String page(AgentConnecte administrateur, Model modele) {
        Instant maintenant = horloge.instant();
        modele.addAttribute(
                "agents",
                agents.deLaMairie(administrateur.mairie().id()).stream()
                        .map(agent -> new LigneDAgent(
                                agent.identifiant(),
                                agent.nom(),
                                agent.prenom(),
                                agent.roles().contains(RoleAgent.AGENT),
                                agent.roles().contains(RoleAgent.ADMINISTRATEUR),
                                agent.verrouilleA(maintenant)
                                        ? Etat.VERROUILLE
                                        : agent.enrole() ? Etat.ACTIF : Etat.A_ENROLER,
                                agent.verrouilleJusqua() == null ? null : HEURE.format(agent.verrouilleJusqua())))
                        .toList());
        return VUE;
    }
}
