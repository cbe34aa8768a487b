package fr.predemande.recueil.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Ce que le logiciel d'un éditeur envoie pour marquer une pré-demande utilisée : son propre numéro de dossier et la
 * mairie où le dossier est ouvert. Le rappel est idempotent pour ce couple exact : deux envois identiques font une
 * seule consommation, un envoi différent est refusé (409). Les deux valeurs sont montrées telles quelles aux agents
 * d'une autre mairie qui retrouveraient la pré-demande : les caractères permis sont ceux d'un nom de mairie et d'un
 * numéro de dossier, sans caractère de contrôle ni balisage.
 */
@Schema(
        name = "DemandeDeConsommationV1",
        description = "Le dossier de l'éditeur qui utilise la pré-demande : sa référence et la mairie.")
public record DemandeDeConsommationV1(
        @Schema(
                description = "Référence du dossier chez l'éditeur : 1 à 40 caractères, lettres sans accent, chiffres, "
                        + "espace, point, tiret, tiret bas ou barre oblique, commençant et finissant par une lettre ou un "
                        + "chiffre.",
                example = "SE-2026-000123",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull
        @Size(min = 1, max = LONGUEUR_MAX_REFERENCE)
        @Pattern(regexp = REFERENCE)
        String reference,

        @Schema(
                description =
                        "Nom de la mairie où le dossier est ouvert, tel que le montrer : 1 à 150 caractères, "
                                + "lettres (accents compris), chiffres, espace, apostrophe, tiret, point, virgule, parenthèses.",
                example = "Mairie de Saint-Étienne",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull
        @Size(min = 1, max = LONGUEUR_MAX_MAIRIE)
        @Pattern(regexp = MAIRIE)
        String mairie) {

    static final int LONGUEUR_MAX_REFERENCE = 40;
    static final int LONGUEUR_MAX_MAIRIE = 150;
    static final String REFERENCE = "[A-Za-z0-9](?:[A-Za-z0-9 ._/-]*[A-Za-z0-9])?";
    static final String MAIRIE = "\\p{L}(?:[\\p{L}\\p{M}0-9 '’.,()-]*[\\p{L}\\p{M}0-9.)])?";
}
