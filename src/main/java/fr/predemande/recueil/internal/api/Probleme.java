package fr.predemande.recueil.internal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Un problème au format RFC 9457 ({@code application/problem+json}) : les cinq membres de la RFC, puis des membres
 * d'extension qui ne sont présents que lorsqu'ils ont un sens (le statut de la pré-demande, sa date de fin de validité,
 * le dossier qui l'a utilisée, l'attente avant de réessayer, les champs invalides). Jamais de trace d'exception, de nom
 * de classe ni de texte SQL : le {@code detail} est rédigé pour la personne qui lit le journal du logiciel appelant.
 */
@Schema(
        name = "Probleme",
        description = "Un problème au format RFC 9457 (application/problem+json). Les membres "
                + "d'extension ne sont présents que lorsqu'ils ont un sens pour ce type de problème.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Probleme(
        @Schema(
                description = "URI du type de problème (https://predemande.example/problemes/…), ou « about:blank » "
                        + "quand le statut HTTP suffit à le dire.",
                example = "https://predemande.example/problemes/pre-demande-inconnue",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String type,

        @Schema(
                description = "Titre court du type de problème, en français.",
                example = "Pré-demande inconnue",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String title,

        @Schema(description = "Statut HTTP.", example = "404", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,

        @Schema(description = "Explication de ce cas précis, en français.", requiredMode = Schema.RequiredMode.REQUIRED)
        String detail,

        @Schema(description = "Chemin de la requête.", example = "/api/v1/pre-demandes/7K3M9Q2XTG")
        String instance,

        @Schema(
                description = "Statut de la pré-demande, aux codes du service national anti-doublons : unknown "
                        + "(inconnue), expired (expirée, effacée ou non), consumed (déjà utilisée), declared (un dossier est "
                        + "ouvert avec elle dans une mairie, pas encore transmis).",
                allowableValues = {"unknown", "expired", "consumed", "declared"})
        String statut,

        @Schema(description = "Numéro de la pré-demande, normalisé (10 caractères).", example = "7K3M9Q2XTG")
        String numero,

        @Schema(description = "Dernier jour de validité (pré-demande expirée).")
        LocalDate valableJusquAu,

        @Schema(description = "Mairie qui l'a utilisée, ou où un dossier est ouvert avec elle.")
        String mairie,

        @Schema(description = "Référence du dossier qui l'a utilisée (numéro de demande, ou référence de l'éditeur).")
        String reference,

        @Schema(description = "Instant où elle a été utilisée (ISO 8601, UTC).")
        Instant utiliseeLe,

        @Schema(description = "Instant où le dossier en cours a été ouvert (ISO 8601, UTC).")
        Instant ouvertLe,

        @Schema(
                description = "Secondes à attendre avant de réessayer (aussi dans l'en-tête Retry-After).",
                example = "3")
        Long attenteSecondes,

        @Schema(description = "Les champs invalides du corps de la requête.")
        List<ErreurDeChamp> erreurs) {

    /** Un champ du corps refusé, et pourquoi. */
    @Schema(name = "ErreurDeChamp", description = "Un champ refusé.")
    public record ErreurDeChamp(
            @Schema(description = "Nom du champ du corps JSON.", example = "reference")
            String champ,

            @Schema(description = "Ce qui est attendu, en français.")
            String message) {}

    /** Un problème sans membre d'extension. */
    static Probleme simple(String type, String titre, int statut, String detail) {
        return new Probleme(type, titre, statut, detail, null, null, null, null, null, null, null, null, null, null);
    }

    Probleme avecInstance(String chemin) {
        return new Probleme(
                type,
                title,
                status,
                detail,
                chemin,
                statut,
                numero,
                valableJusquAu,
                mairie,
                reference,
                utiliseeLe,
                ouvertLe,
                attenteSecondes,
                erreurs);
    }
}
