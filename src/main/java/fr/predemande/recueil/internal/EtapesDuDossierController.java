package fr.predemande.recueil.internal;

import static fr.predemande.recueil.internal.CheminsDuRecueil.redirection;
import static fr.predemande.recueil.internal.DossierController.lire;

import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.justificatifs.Montant;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.recueil.DossierRecueilli.ObjetNumerise;
import fr.predemande.recueil.DossierRecueilli.ReleveDesEmpreintes;
import fr.predemande.recueil.NumeroDeDemande;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Les étapes du poste, sur la page du dossier : le contrôle de chaque pièce, les numérisations, la photo, les
 * empreintes, les timbres. Chaque formulaire porte la version du dossier affichée ; une erreur revient à la page avec
 * son message (attribut flash {@code erreurs}, par bloc) et rien d'écrit.
 */
@Controller
class EtapesDuDossierController {

    private final RecueilDesDossiers recueil;
    private final Guichet guichet;
    private final VueDuRecueil vue;

    EtapesDuDossierController(RecueilDesDossiers recueil, Guichet guichet, VueDuRecueil vue) {
        this.recueil = recueil;
        this.guichet = guichet;
        this.vue = vue;
    }

    @PostMapping(CheminsDuRecueil.DOSSIER + "/controles/{piece}")
    String controler(
            AgentConnecte agent,
            @PathVariable String numero,
            @PathVariable PieceJustificative piece,
            @RequestParam("version") long version,
            @RequestParam(name = "conforme", required = false) Boolean conforme,
            @RequestParam(name = "motif", defaultValue = "") String motif,
            HttpServletRequest requete,
            RedirectAttributes redirection) {
        NumeroDeDemande n = lire(numero);
        // ni conforme ni non conforme, ou non conforme sans raison : la raison est demandée
        if (conforme == null || (!conforme && motif.isBlank())) {
            return erreur(
                    guichet.auPoste(agent, requete),
                    redirection,
                    n,
                    "controle-" + piece.name(),
                    "recueil.controle.motif-obligatoire");
        }
        recueil.controlerPiece(guichet.auPoste(agent, requete), n, version, piece, conforme, borne(motif, 500));
        return retour(n, "controle-" + piece.name());
    }

    /** Le jeton CSRF est dans l'adresse du formulaire : le corps multipart n'est lu qu'après la sécurité. */
    @PostMapping(CheminsDuRecueil.DOSSIER + "/numerisations/{objet}")
    String numeriser(
            AgentConnecte agent,
            @PathVariable String numero,
            @PathVariable String objet,
            @RequestParam("version") long version,
            @RequestParam(name = "fichier", required = false) MultipartFile fichier,
            HttpServletRequest requete,
            RedirectAttributes redirection)
            throws IOException {
        NumeroDeDemande n = lire(numero);
        ObjetNumerise quoi;
        try {
            quoi = ObjetNumerise.lire(objet);
        } catch (IllegalArgumentException inconnu) {
            throw new RecueilDesDossiers.DossierIntrouvable();
        }
        byte[] contenu = fichier == null ? new byte[0] : fichier.getBytes();
        var verdict = recueil.numeriser(
                guichet.auPoste(agent, requete),
                n,
                version,
                quoi,
                fichier == null ? null : borne(fichier.getOriginalFilename(), 200),
                contenu);
        if (verdict instanceof ControleDesNumerisations.Verdict.Refuse refus) {
            return erreur(
                    guichet.auPoste(agent, requete),
                    redirection,
                    n,
                    "numerisation-" + quoi.code(),
                    refus.code(),
                    refus.arguments());
        }
        var accepte = (ControleDesNumerisations.Verdict.Accepte) verdict;
        redirection.addFlashAttribute(
                "succes",
                vue.texte(
                        "recueil.numerisation.deposee",
                        fichier.getOriginalFilename() == null ? quoi.code() : fichier.getOriginalFilename(),
                        accepte.pages()));
        return retour(n, "numerisation-" + quoi.code());
    }

    @GetMapping(CheminsDuRecueil.DOSSIER + "/numerisations/fichiers/{id}")
    ResponseEntity<byte[]> telecharger(
            AgentConnecte agent, @PathVariable String numero, @PathVariable UUID id, HttpServletRequest requete) {
        var lue = recueil.lireNumerisation(guichet.auPoste(agent, requete), lire(numero), id)
                .orElseThrow(RecueilDesDossiers.DossierIntrouvable::new);
        var document = lue.numerisation().document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.typeMedia()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(lue.numerisation().nomFichier(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", document.sha256())
                .body(lue.contenu());
    }

    @PostMapping(CheminsDuRecueil.DOSSIER + "/empreintes")
    String empreintes(
            AgentConnecte agent,
            @PathVariable String numero,
            @RequestParam("version") long version,
            @RequestParam(name = "releve", required = false) ReleveDesEmpreintes releve,
            @RequestParam(name = "motif", defaultValue = "") String motif,
            HttpServletRequest requete,
            RedirectAttributes redirection) {
        NumeroDeDemande n = lire(numero);
        if (releve == null) {
            return erreur(
                    guichet.auPoste(agent, requete),
                    redirection,
                    n,
                    "empreintes",
                    "recueil.empreintes.motif-obligatoire");
        }
        if (releve != ReleveDesEmpreintes.PRISES && motif.isBlank()) {
            return erreur(
                    guichet.auPoste(agent, requete),
                    redirection,
                    n,
                    "empreintes",
                    "recueil.empreintes.motif-obligatoire");
        }
        if (releve == ReleveDesEmpreintes.EXEMPTEES_MOINS_DE_12_ANS
                && !recueil.moinsDe12Ans(guichet.auPoste(agent, requete), n)) {
            return erreur(
                    guichet.auPoste(agent, requete),
                    redirection,
                    n,
                    "empreintes",
                    "recueil.empreintes.pas-moins-de-12-ans");
        }
        recueil.releverEmpreintes(guichet.auPoste(agent, requete), n, version, releve, borne(motif, 500));
        return retour(n, "empreintes");
    }

    @PostMapping(CheminsDuRecueil.DOSSIER + "/photo")
    String photo(
            AgentConnecte agent,
            @PathVariable String numero,
            @RequestParam("version") long version,
            @RequestParam(name = "verifiee", defaultValue = "false") boolean verifiee,
            HttpServletRequest requete) {
        NumeroDeDemande n = lire(numero);
        recueil.verifierPhoto(guichet.auPoste(agent, requete), n, version, verifiee);
        return retour(n, "photo");
    }

    @PostMapping(CheminsDuRecueil.DOSSIER + "/timbres")
    String timbre(
            AgentConnecte agent,
            @PathVariable String numero,
            @RequestParam("version") long version,
            @RequestParam(name = "numeroTimbre", defaultValue = "") String numeroTimbre,
            @RequestParam(name = "montantTimbre", defaultValue = "") String montantTimbre,
            HttpServletRequest requete,
            RedirectAttributes redirection) {
        NumeroDeDemande n = lire(numero);
        String chiffres = numeroTimbre.replaceAll("[\\s\\u00a0-]", "");
        if (!chiffres.matches("\\d{16}")) {
            redirection.addFlashAttribute("saisieTimbre", borne(numeroTimbre, 40));
            return erreur(
                    guichet.auPoste(agent, requete), redirection, n, "timbres", "recueil.timbres.numero-invalide");
        }
        var montant = montant(montantTimbre);
        if (montant == null) {
            redirection.addFlashAttribute("saisieTimbre", chiffres);
            return erreur(
                    guichet.auPoste(agent, requete), redirection, n, "timbres", "recueil.timbres.montant-invalide");
        }
        if (!recueil.ajouterTimbre(guichet.auPoste(agent, requete), n, version, chiffres, montant)) {
            return erreur(guichet.auPoste(agent, requete), redirection, n, "timbres", "recueil.timbres.deja-utilise");
        }
        return retour(n, "timbres");
    }

    /** « 86 », « 42,50 », « 8.5 » : un montant en euros, positif, au plus 1 000 €. */
    static Montant montant(String saisie) {
        String texte = saisie.strip()
                .replace('\u00a0', ' ')
                .replace(" ", "")
                .replace("€", "")
                .replace(',', '.');
        if (!texte.matches("\\d{1,4}(\\.\\d{1,2})?")) {
            return null;
        }
        long centimes = new BigDecimal(texte).movePointRight(2).longValueExact();
        return centimes > 100_000 ? null : new Montant(centimes);
    }

    /**
     * Une saisie refusée revient au dossier avec son message, sans rien écrire ; mais pas pour un dossier d'une autre
     * mairie : celui-là est refusé (403) avant toute chose, comme si la saisie avait été bonne.
     */
    private String erreur(
            AuPoste poste,
            RedirectAttributes redirection,
            NumeroDeDemande numero,
            String bloc,
            String code,
            Object... arguments) {
        recueil.deLaMairie(poste, numero);
        redirection.addFlashAttribute("erreurs", java.util.Map.of(bloc, vue.texte(code, arguments)));
        return retour(numero, bloc);
    }

    private static String retour(NumeroDeDemande numero, String bloc) {
        return redirection(CheminsDuRecueil.dossier(numero) + "#" + bloc);
    }

    private static String borne(String texte, int max) {
        if (texte == null) {
            return null;
        }
        String propre = texte.strip();
        return propre.length() <= max ? propre : propre.substring(0, max);
    }
}
