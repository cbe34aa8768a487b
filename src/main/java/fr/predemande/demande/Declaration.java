package fr.predemande.demande;

import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.LieuDeNaissance;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.Situation;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.justificatifs.ZoneTarifaire;
import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Pays;
import fr.predemande.saisie.Sexe;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * Ce que la personne a déclaré dans sa pré-demande, en valeurs typées, section par section : la page de vérification,
 * le récapitulatif imprimé et la mairie lisent ce même instantané.
 *
 * <p>Pour une pré-demande validée, chaque réponse obligatoire est présente : la validation l'a vérifié. Pour un
 * brouillon, une réponse pas encore donnée, ou illisible (une date impossible, une commune inconnue), est {@code null}
 * ici ; ce qui a été tapé reste dans le brouillon, sur la page de la section.
 */
public record Declaration(
        Demande demande,
        EtatCivil etatCivil,
        Filiation filiation,
        Nationalite nationalite,
        Adresse adresse,
        Contact contact) {

    /** Section « Motif » : le titre demandé, la raison, et le titre actuel quand la raison le remplace. */
    public record Demande(TypeDeTitre titre, Motif motif, Boolean titreSecurise, AncienTitre ancienTitre) {}

    /**
     * Le titre actuel, décrit quand le motif le remplace (DOMAIN §3.7).
     *
     * @param numero en capitales, sans espace
     * @param presentable {@code null} pour une perte ou un vol
     */
    public record AncienTitre(
            TypeDeTitre type,
            String numero,
            LocalDate delivreLe,
            LocalDate expireLe,
            String autorite,
            Boolean presentable) {}

    /**
     * Section « État civil » du titulaire.
     *
     * @param nomUsage {@code null} quand la personne n'utilise que son nom de naissance
     * @param divorceGardantLeNom divorcé(e) et gardant le nom de l'ex-conjoint (mention époux ou épouse seulement)
     * @param prenoms dans l'ordre de l'état civil
     * @param couleurYeux pour un passeport seulement
     */
    public record EtatCivil(
            Sexe sexe,
            String nomNaissance,
            String nomUsage,
            MentionNomUsage mentionNomUsage,
            boolean divorceGardantLeNom,
            List<String> prenoms,
            LocalDate dateNaissance,
            Naissance lieuNaissance,
            Integer tailleCm,
            CouleurDesYeux couleurYeux) {

        public EtatCivil {
            prenoms = prenoms == null ? List.of() : List.copyOf(prenoms);
        }
    }

    /**
     * Le lieu de naissance : une commune française, ou un pays et une ville à l'étranger.
     *
     * @param commune en France ({@code null} à l'étranger)
     * @param pays à l'étranger ({@code null} en France)
     */
    public record Naissance(Commune commune, Pays pays, String villeEtranger) {

        public boolean enFrance() {
            return pays == null;
        }
    }

    /** Section « Filiation » : un parent peut être déclaré inconnu. */
    public record Filiation(Parent parent1, Parent parent2) {}

    /** Un parent ; ses réponses sont vides quand il est déclaré inconnu. */
    public record Parent(
            boolean inconnu, String nom, List<String> prenoms, LocalDate dateNaissance, String lieuNaissance) {

        public Parent {
            prenoms = prenoms == null ? List.of() : List.copyOf(prenoms);
        }
    }

    /** Section « Nationalité ». {@code precision} n'a de sens que pour « autre ». */
    public record Nationalite(AcquisitionNationalite acquisition, String precision) {}

    /** Section « Adresse » : en France, avec la commune du référentiel officiel. */
    public record Adresse(
            TypeAdresse type, String nomHebergeant, String ligne1, String ligne2, String codePostal, Commune commune) {}

    /**
     * Section « Contact ».
     *
     * @param telephone portable au format E.164, {@code null} si la personne n'en a pas donné
     */
    public record Contact(String courriel, String telephone) {}

    /**
     * Ce que les règles des justificatifs ont besoin de savoir, l'âge compté à ce jour (DOMAIN §3.8 : la date de la
     * validation pour la liste en ligne, le jour du dépôt en mairie). Vide si une réponse dont elles dépendent manque.
     */
    public Optional<Situation> situation(LocalDate jour) {
        if (demande.titre() == null
                || demande.motif() == null
                || demande.titreSecurise() == null
                || etatCivil.dateNaissance() == null
                || etatCivil.lieuNaissance() == null
                || nationalite.acquisition() == null
                || adresse.type() == null
                || !demande.motif().permisPour(demande.titre())
                || (etatCivil.nomUsage() != null && etatCivil.mentionNomUsage() == null)) {
            return Optional.empty();
        }
        int age = Period.between(etatCivil.dateNaissance(), jour).getYears();
        if (age < 0 || age > Situation.AGE_MAXIMUM) {
            return Optional.empty();
        }
        Naissance naissance = etatCivil.lieuNaissance();
        LieuDeNaissance lieu = !naissance.enFrance()
                ? LieuDeNaissance.ETRANGER
                : naissance.commune() != null && naissance.commune().comedec()
                        ? LieuDeNaissance.FRANCE_COMMUNE_COMEDEC
                        : LieuDeNaissance.FRANCE_COMMUNE_NON_COMEDEC;
        MentionNomUsage mention = etatCivil.nomUsage() == null ? null : etatCivil.mentionNomUsage();
        boolean divorce = etatCivil.divorceGardantLeNom() && mention != null && mention.vientDUnMariage();
        String departement =
                adresse.commune() == null ? null : adresse.commune().codeDepartement();
        return Optional.of(new Situation(
                demande.titre(),
                demande.motif(),
                age,
                demande.titreSecurise(),
                lieu,
                nationalite.acquisition(),
                adresse.type(),
                mention,
                divorce,
                ZoneTarifaire.duDepartement(departement)));
    }
}
