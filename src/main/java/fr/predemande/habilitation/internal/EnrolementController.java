package fr.predemande.habilitation.internal;

import static fr.predemande.habilitation.CheminsDeLaMairie.ACCUEIL;
import static fr.predemande.habilitation.CheminsDeLaMairie.CONNEXION;
import static fr.predemande.habilitation.CheminsDeLaMairie.ENROLEMENT;

import fr.predemande.impression.CodesQr;
import fr.predemande.saisie.MotsDePasse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * La première connexion d'un agent : il ajoute son compte à son application d'authentification (QR code, ou le
 * secret tapé à la main), choisit son mot de passe à la place du provisoire que son administrateur lui a remis, et
 * confirme par un premier code. Alors seulement il est connecté.
 */
@Controller
class EnrolementController {

    static final String VUE = "mairie/enrolement";
    static final String QR = ENROLEMENT + "/qr.png";
    /** Assez grand pour un téléphone tenu à bout de bras devant l'écran. */
    private static final int COTE_DU_QR = 240;

    private final ConnexionDesAgents connexions;
    private final AgentRepository agents;
    private final SessionDeLaMairie session;

    EnrolementController(ConnexionDesAgents connexions, AgentRepository agents, SessionDeLaMairie session) {
        this.connexions = connexions;
        this.agents = agents;
        this.session = session;
    }

    @GetMapping(ENROLEMENT)
    String enrolement(@ModelAttribute("formulaire") Formulaires.Enrolement formulaire, Model modele) {
        var enrolement = SessionDeLaMairie.enrolementEnCours();
        if (enrolement.isEmpty()) {
            return "redirect:" + CONNEXION;
        }
        return page(enrolement.get(), modele);
    }

    @GetMapping(value = QR, produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr() {
        var enrolement = SessionDeLaMairie.enrolementEnCours().orElseThrow();
        String secret = connexions.secretAEnroler(enrolement.agentId());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(CodesQr.png(ConnexionDesAgents.adresseOtpauth(enrolement.identifiant(), secret), COTE_DU_QR));
    }

    @PostMapping(ENROLEMENT)
    String enroler(
            @ModelAttribute("formulaire") Formulaires.Enrolement formulaire,
            BindingResult erreurs,
            Model modele,
            HttpServletRequest requete,
            HttpServletResponse reponse) {
        var enrolement = SessionDeLaMairie.enrolementEnCours();
        if (enrolement.isEmpty()) {
            return "redirect:" + CONNEXION;
        }
        Agent agent = agents.parId(enrolement.get().agentId()).orElseThrow();
        MotsDePasse.verifier(formulaire.getMotDePasse(), List.of(agent.identifiant(), agent.nom(), agent.prenom()))
                .ifPresent(erreur -> erreurs.rejectValue(
                        "motDePasse", erreur.code(), erreur.arguments().toArray(), null));
        if (!erreurs.hasFieldErrors("motDePasse") && !formulaire.getMotDePasse().equals(formulaire.getConfirmation())) {
            erreurs.rejectValue("confirmation", "compte.mot-de-passe.confirmation");
        }
        String code = Formulaires.code(formulaire.getCode());
        if (!Formulaires.codeBienForme(code)) {
            erreurs.rejectValue(
                    "code", code.isEmpty() ? "mairie.enrolement.code.obligatoire" : "mairie.connexion.code.format");
        }
        if (!erreurs.hasErrors()) {
            var connecte =
                    connexions.enroler(enrolement.get(), formulaire.getMotDePasse(), code, requete.getRemoteAddr());
            if (connecte.isPresent()) {
                session.connecter(connecte.get(), requete, reponse);
                return "redirect:" + ACCUEIL;
            }
            erreurs.rejectValue("code", "mairie.enrolement.code.incorrect");
        }
        formulaire.setMotDePasse("");
        formulaire.setConfirmation("");
        formulaire.setCode("");
        return page(enrolement.get(), modele);
    }

    private String page(EnrolementEnCours enrolement, Model modele) {
        String secret = connexions.secretAEnroler(enrolement.agentId());
        modele.addAttribute("identifiant", enrolement.identifiant());
        modele.addAttribute("secret", Totp.enGroupes(secret));
        modele.addAttribute("qr", QR);
        return VUE;
    }
}
