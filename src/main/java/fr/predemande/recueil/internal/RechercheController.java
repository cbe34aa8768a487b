package fr.predemande.recueil.internal;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.web.PageEnErreur;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * La recherche au poste : le champ qui reçoit la douchette (il a le focus), la caméra, le numéro tapé ; puis la
 * pré-demande entière, ou la raison de son absence à côté du champ.
 */
@Controller
class RechercheController {

    static final String VUE_RECHERCHE = "mairie/recueil/recherche";
    static final String VUE_PRE_DEMANDE = "mairie/recueil/pre-demande";
    static final String VUE_LIMITE = "mairie/recueil/limite";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RechercheDePreDemande recherche;
    private final VueDuRecueil vue;
    private final Guichet guichet;
    private final ReglagesDuRecueil reglages;

    RechercheController(
            RechercheDePreDemande recherche, VueDuRecueil vue, Guichet guichet, ReglagesDuRecueil reglages) {
        this.recherche = recherche;
        this.vue = vue;
        this.guichet = guichet;
        this.reglages = reglages;
    }

    @GetMapping(CheminsDuRecueil.RECHERCHE)
    String page(Model modele) {
        modele.addAttribute("numero", "");
        return VUE_RECHERCHE;
    }

    /** La douchette tape l'adresse du QR code puis Entrée : le formulaire part, la réponse arrive. */
    @PostMapping(CheminsDuRecueil.RECHERCHE)
    String rechercher(
            AgentConnecte agent,
            @RequestParam(name = "numero", defaultValue = "") String saisie,
            HttpServletRequest requete,
            HttpServletResponse reponse,
            Model modele) {
        return afficher(recherche.rechercher(guichet.auPoste(agent, requete), saisie), saisie, reponse, modele);
    }

    /** Le lien du QR code ouvert par un agent connecté (téléphone ou tablette) : le même écran. */
    @GetMapping(CheminsDuRecueil.RECHERCHE + "/p/{numero}")
    String parLeLienDuQrCode(
            AgentConnecte agent,
            @PathVariable String numero,
            HttpServletRequest requete,
            HttpServletResponse reponse,
            Model modele) {
        return afficher(recherche.rechercher(guichet.auPoste(agent, requete), numero), numero, reponse, modele);
    }

    private String afficher(
            RechercheDePreDemande.Resultat resultat, String saisie, HttpServletResponse reponse, Model modele) {
        if (resultat instanceof RechercheDePreDemande.Resultat.Trouvee trouvee) {
            vue.preDemande(trouvee.preDemande(), modele);
            return VUE_PRE_DEMANDE;
        }
        if (resultat instanceof RechercheDePreDemande.Resultat.LimiteAtteinte limite) {
            long secondes = Math.max(1, (limite.attente().toMillis() + 999) / 1000);
            reponse.setStatus(429);
            reponse.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(secondes));
            modele.addAttribute("parMinute", reglages.recherchesParMinute());
            modele.addAttribute("secondes", secondes);
            return VUE_LIMITE;
        }
        modele.addAttribute("numero", saisie.length() > 200 ? "" : saisie);
        modele.addAttribute("erreur", vue.erreur(resultat));
        if (resultat instanceof RechercheDePreDemande.Resultat.DejaEnDossier enDossier && enDossier.ici()) {
            modele.addAttribute("dossierExistant", enDossier.numeroDeDemande());
        }
        PageEnErreur.signaler(modele);
        return VUE_RECHERCHE;
    }
}
