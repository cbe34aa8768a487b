package fr.predemande.recueil.internal.api;

import fr.predemande.recueil.internal.RechercheDePreDemande;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** La pré-demande consommée : par quel dossier, quelle mairie, et quand (la même réponse à chaque envoi identique). */
@Schema(name = "ConsommationV1", description = "La pré-demande marquée utilisée (schéma version 1).")
public record ConsommationV1(
        @Schema(
                description = "Version du schéma : toujours 1.",
                example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        int version,

        @Schema(
                description = "Numéro de la pré-demande (10 caractères).",
                example = "7K3M9Q2XTG",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String numero,

        @Schema(
                description = "Toujours « consumed ».",
                allowableValues = {"consumed"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        String statut,

        @Schema(description = "Référence du dossier, telle qu'envoyée.", requiredMode = Schema.RequiredMode.REQUIRED)
        String reference,

        @Schema(description = "Mairie, telle qu'envoyée.", requiredMode = Schema.RequiredMode.REQUIRED)
        String mairie,

        @Schema(
                description = "Instant de la consommation (ISO 8601, UTC) : celui du premier envoi.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Instant consommeeLe) {

    static final String CONSOMMEE = "consumed";

    static ConsommationV1 de(RechercheDePreDemande.Resultat.Consommee consommee) {
        return new ConsommationV1(
                PreDemandeV1.VERSION,
                consommee.numero().valeur(),
                CONSOMMEE,
                consommee.rappel().reference(),
                consommee.rappel().mairie(),
                consommee.le());
    }
}
