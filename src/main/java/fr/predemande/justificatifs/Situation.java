package fr.predemande.justificatifs;

import java.util.Objects;

/**
 * Ce que les règles ont besoin de savoir d’une pré-demande pour dresser la liste des pièces et des droits de timbre.
 *
 * @param titre le titre demandé
 * @param motif le motif de la demande ; un motif « passeport seulement » exige un passeport seul
 * @param ageALaValidation l’âge du titulaire le jour où la pré-demande est validée (DOMAIN §3.8 : la mairie revérifie
 *     au dépôt), de 0 à {@value #AGE_MAXIMUM} ans
 * @param titreSecuriseValideOuExpireDepuisMoinsDe5Ans l’usager peut présenter une carte d’identité ou un passeport
 *     valide ou périmé depuis moins de 5 ans ; en cas de perte ou de vol, il s’agit d’un autre titre que celui perdu ou
 *     volé
 * @param lieuDeNaissance où l’acte de naissance est tenu
 * @param acquisitionNationalite comment la nationalité française a été acquise
 * @param typeAdresse le type d’adresse
 * @param mentionNomUsage la mention du nom d’usage, {@code null} quand l’usager n’a pas de nom d’usage
 * @param divorceGardantLeNomDeLExConjoint divorcé et gardant le nom de l’ex-conjoint comme nom d’usage ; n’a de sens
 *     qu’avec la mention {@link MentionNomUsage#EPOUX} ou {@link MentionNomUsage#EPOUSE}
 * @param zone la zone tarifaire de la mairie de dépôt
 */
public record Situation(
        TypeDeTitre titre,
        Motif motif,
        int ageALaValidation,
        boolean titreSecuriseValideOuExpireDepuisMoinsDe5Ans,
        LieuDeNaissance lieuDeNaissance,
        AcquisitionNationalite acquisitionNationalite,
        TypeAdresse typeAdresse,
        MentionNomUsage mentionNomUsage,
        boolean divorceGardantLeNomDeLExConjoint,
        ZoneTarifaire zone) {

    /** Au-delà, l’âge est une erreur de saisie (choix). */
    public static final int AGE_MAXIMUM = 150;

    /** DOMAIN §3.8 : majeur le jour du dépôt. */
    public static final int AGE_DE_LA_MAJORITE = 18;

    public Situation {
        Objects.requireNonNull(titre, "titre");
        Objects.requireNonNull(motif, "motif");
        Objects.requireNonNull(lieuDeNaissance, "lieuDeNaissance");
        Objects.requireNonNull(acquisitionNationalite, "acquisitionNationalite");
        Objects.requireNonNull(typeAdresse, "typeAdresse");
        Objects.requireNonNull(zone, "zone");
        if (ageALaValidation < 0 || ageALaValidation > AGE_MAXIMUM) {
            throw new IllegalArgumentException("Âge hors de 0 à " + AGE_MAXIMUM + " : " + ageALaValidation);
        }
        if (!motif.permisPour(titre)) {
            throw new IllegalArgumentException(
                    "Le motif " + motif + " ne vaut que pour un passeport seul, pas pour " + titre);
        }
        if (divorceGardantLeNomDeLExConjoint && (mentionNomUsage == null || !mentionNomUsage.vientDUnMariage())) {
            throw new IllegalArgumentException(
                    "Garder le nom de l’ex-conjoint suppose un nom d’usage de mention EPOUX ou EPOUSE, pas "
                            + mentionNomUsage);
        }
    }

    public boolean majeur() {
        return ageALaValidation >= AGE_DE_LA_MAJORITE;
    }

    /** La même situation pour un autre titre : sert à composer une demande CNI et passeport. */
    public Situation pour(TypeDeTitre autreTitre) {
        return new Situation(
                autreTitre,
                motif,
                ageALaValidation,
                titreSecuriseValideOuExpireDepuisMoinsDe5Ans,
                lieuDeNaissance,
                acquisitionNationalite,
                typeAdresse,
                mentionNomUsage,
                divorceGardantLeNomDeLExConjoint,
                zone);
    }
}
