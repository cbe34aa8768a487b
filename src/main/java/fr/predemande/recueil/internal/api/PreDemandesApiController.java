package fr.predemande.recueil.internal.api;

import fr.predemande.demande.Rappel;
import fr.predemande.habilitation.ClientApiConnecte;
import fr.predemande.recueil.internal.ParLApi;
import fr.predemande.recueil.internal.RechercheDePreDemande;
import fr.predemande.recueil.internal.RechercheDePreDemande.Resultat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * L'API des logiciels de recueil d'autres éditeurs : retrouver une pré-demande par son numéro et la marquer utilisée,
 * comme le fait le poste de recueil du service, avec la même lecture du numéro, la même limite de débit (par client)
 * et le même journal d'audit ({@link RechercheDePreDemande}). Réservée aux clients de portée « recueil »
 * ({@link DocumentOpenApi#accesDuRecueilALApi}).
 */
@RestController
@RequestMapping(path = PreDemandesApiController.CHEMIN, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pré-demandes", description = "Retrouver une pré-demande validée et la marquer utilisée.")
class PreDemandesApiController {

    static final String CHEMIN = "/api/v1/pre-demandes";

    private static final String NUMERO = "Numéro de la pré-demande : 10 caractères, lu comme au poste de recueil "
            + "(casse, espaces, tirets et points ignorés ; O lu 0, I et L lus 1). Le dernier caractère est un caractère "
            + "de contrôle : un numéro mal recopié est refusé (400) avant toute recherche.";

    private final RechercheDePreDemande recherche;
    private final Clock horloge;

    PreDemandesApiController(RechercheDePreDemande recherche, Clock horloge) {
        this.recherche = recherche;
        this.horloge = horloge;
    }

    @GetMapping("/{numero}")
    @Operation(
            operationId = "lirePreDemande",
            summary = "Lire une pré-demande validée",
            description = "La pré-demande de ce numéro si elle peut devenir un dossier, au schéma PreDemandeV1 : ce "
                    + "que la personne a déclaré, les pièces justificatives et les droits de timbre comptés au jour de "
                    + "l'appel. Chaque appel compte dans la limite de débit du client et est écrit au journal "
                    + "d'audit ; la pré-demande n'est pas consommée pour autant.")
    @ApiResponse(responseCode = "200", description = "La pré-demande, validée et encore valable.")
    @ApiResponse(
            responseCode = "400",
            description = "Numéro mal saisi (type numero-mal-saisi).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    @ApiResponse(
            responseCode = "404",
            description =
                    "Aucune pré-demande validée ne porte ce numéro (type " + "pre-demande-inconnue, statut unknown).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Déjà utilisée (pre-demande-deja-utilisee, statut consumed : "
                    + "mairie, référence, utiliseeLe) ou en cours de recueil dans une mairie (pre-demande-en-cours-de-recueil, "
                    + "statut declared : mairie, référence, ouvertLe).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    @ApiResponse(
            responseCode = "410",
            description = "Expirée (pre-demande-expiree), ou expirée et ses données "
                    + "effacées (pre-demande-purgee) ; statut expired, valableJusquAu.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    PreDemandeV1 lire(
            @Parameter(description = NUMERO, example = "7K3M9Q2XTG") @PathVariable String numero,
            @Parameter(hidden = true) ClientApiConnecte client,
            HttpServletRequest requete) {
        Resultat resultat = recherche.rechercher(parLApi(client, requete), numero);
        if (resultat instanceof Resultat.Trouvee trouvee) {
            return PreDemandeV1.de(trouvee.preDemande(), LocalDate.now(horloge));
        }
        throw new RefusDeLApi(resultat);
    }

    @PostMapping(path = "/{numero}/consommation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "consommerPreDemande",
            summary = "Marquer une pré-demande utilisée",
            description =
                    "La pré-demande devient un dossier chez l'éditeur : elle ne pourra plus servir ailleurs, et "
                            + "l'agent d'une autre mairie qui la retrouverait verra la mairie et la référence envoyées. "
                            + "Idempotent : un nouvel envoi avec la même référence et la même mairie rend la même réponse "
                            + "(200), sans nouvelle consommation. Comptée dans la limite de débit et écrite au journal d'audit.")
    @ApiResponse(responseCode = "200", description = "Consommée, par cet appel ou par un appel identique précédent.")
    @ApiResponse(
            responseCode = "400",
            description = "Numéro mal saisi (numero-mal-saisi), corps illisible "
                    + "(corps-illisible) ou champ invalide (requete-invalide, avec erreurs).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    @ApiResponse(
            responseCode = "404",
            description = "Aucune pré-demande validée ne porte ce numéro " + "(pre-demande-inconnue).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    @ApiResponse(
            responseCode = "409",
            description = "Déjà utilisée avec une autre référence ou une autre mairie "
                    + "(pre-demande-deja-utilisee : celles de la consommation qui compte), ou en cours de recueil dans une "
                    + "mairie (pre-demande-en-cours-de-recueil).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    @ApiResponse(
            responseCode = "410",
            description = "Expirée (pre-demande-expiree) ou effacée (pre-demande-purgee).",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    @ApiResponse(
            responseCode = "415",
            description = "Le corps n'est pas envoyé en application/json.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = Probleme.class)))
    ConsommationV1 consommer(
            @Parameter(description = NUMERO, example = "7K3M9Q2XTG") @PathVariable String numero,
            @Valid @RequestBody DemandeDeConsommationV1 demande,
            @Parameter(hidden = true) ClientApiConnecte client,
            HttpServletRequest requete) {
        Resultat resultat = recherche.consommer(
                parLApi(client, requete), numero, new Rappel(demande.mairie(), demande.reference()));
        if (resultat instanceof Resultat.Consommee consommee) {
            return ConsommationV1.de(consommee);
        }
        throw new RefusDeLApi(resultat);
    }

    private static ParLApi parLApi(ClientApiConnecte client, HttpServletRequest requete) {
        // la chaîne de l'API a exigé un client de portée « recueil » : son absence serait une erreur de configuration
        return new ParLApi(Objects.requireNonNull(client, "client de l'API"), requete.getRemoteAddr());
    }
}
