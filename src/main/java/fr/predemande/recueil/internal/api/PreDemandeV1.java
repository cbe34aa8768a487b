package fr.predemande.recueil.internal.api;

import fr.predemande.demande.CouleurDesYeux;
import fr.predemande.demande.Declaration;
import fr.predemande.demande.PreDemandeRetrouvee;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.DroitDeTimbre;
import fr.predemande.justificatifs.MentionNomUsage;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.PieceJustificative;
import fr.predemande.justificatifs.ReglesDesJustificatifs;
import fr.predemande.justificatifs.Situation;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import fr.predemande.referentiel.Commune;
import fr.predemande.saisie.Sexe;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Une pré-demande validée telle que l'API la publie, version 1 du schéma. Ce sont des records à part, remplis champ
 * par champ depuis la {@link Declaration} : le schéma ne bouge pas quand les types internes changent, et un champ
 * ajouté ou retiré ici est une décision (une version 2 s'il casse les clients), jamais un effet de bord.
 *
 * <p>Les choix fermés sont publiés sous les noms des constantes Java (par exemple {@code CNI_ET_PASSEPORT}) : ces codes
 * sont figés pour la version 1 (le test {@code CodesPubliesTest} le vérifie ; renommer une constante impose une
 * correspondance explicite ici). Un champ sans valeur vaut {@code null} : chaque champ du schéma est toujours présent.
 */
@Schema(
        name = "PreDemandeV1",
        description = "Une pré-demande validée, prête à devenir un dossier (schéma version 1). "
                + "Chaque champ est toujours présent ; ceux qui ne sont pas obligatoires peuvent valoir null.",
        requiredProperties = {
            "version",
            "numero",
            "statut",
            "valideeLe",
            "valableJusquAu",
            "demande",
            "etatCivil",
            "filiation",
            "nationalite",
            "adresse",
            "contact"
        })
public record PreDemandeV1(
        @Schema(description = "Version du schéma : toujours 1 pour ce document.", example = "1")
        int version,

        @Schema(
                description = "Numéro de la pré-demande : 10 caractères (alphabet base 32 de Crockford), le dernier "
                        + "étant un caractère de contrôle.",
                example = "7K3M9Q2XTG")
        String numero,

        @Schema(
                description = "Statut, aux codes du service national anti-doublons : une réponse 200 porte toujours "
                        + "« validated » (les autres statuts viennent dans les problèmes : unknown, expired, consumed, "
                        + "declared).",
                allowableValues = {"validated"})
        String statut,

        @Schema(description = "Instant de la validation par la personne (ISO 8601, UTC).")
        Instant valideeLe,

        @Schema(description = "Dernier jour (inclus, heure de Paris) où la pré-demande peut servir (ISO 8601).")
        LocalDate valableJusquAu,

        Demande demande,
        EtatCivil etatCivil,
        Filiation filiation,
        Nationalite nationalite,
        Adresse adresse,
        Contact contact,

        @Schema(
                description = "Les pièces justificatives à présenter, calculées au jour de l'appel (celui du dépôt) : "
                        + "codes de la liste PieceJustificative, dans l'ordre de présentation ; null si elles ne peuvent être "
                        + "calculées (personne mineure).")
        List<PieceJustificative> justificatifs,

        DroitsDeTimbre droitsDeTimbre) {

    /** La version de ce schéma. */
    static final int VERSION = 1;

    /** Le seul statut d'une pré-demande que l'API rend (les autres sont des problèmes). */
    static final String VALIDEE = "validated";

    @Schema(
            name = "DemandeV1",
            description = "Le titre demandé et le motif.",
            requiredProperties = {"titre", "motif", "titreSecurise"})
    public record Demande(
            @Schema(description = "Titre demandé.") TypeDeTitre titre,
            @Schema(description = "Motif de la demande.") Motif motif,

            @Schema(
                    description = "La personne peut présenter une CNI ou un passeport valide ou périmé depuis moins "
                            + "de 5 ans.")
            Boolean titreSecurise,

            @Schema(description = "Le titre actuel, quand le motif le remplace ; null sinon.")
            AncienTitre ancienTitre) {}

    @Schema(
            name = "AncienTitreV1",
            description = "Le titre actuel que la demande remplace.",
            requiredProperties = {"type", "numero"})
    public record AncienTitre(
            @Schema(description = "CNI ou PASSEPORT.") TypeDeTitre type,

            @Schema(description = "Numéro du titre, en capitales, sans espace.")
            String numero,

            LocalDate delivreLe,
            LocalDate expireLe,
            @Schema(description = "Autorité de délivrance.") String autorite,

            @Schema(description = "La personne peut le présenter ; null pour une perte ou un vol.")
            Boolean presentable) {}

    @Schema(
            name = "EtatCivilV1",
            description = "L'état civil du titulaire.",
            requiredProperties = {
                "sexe",
                "nomNaissance",
                "divorceGardantLeNom",
                "prenoms",
                "dateNaissance",
                "lieuNaissance"
            })
    public record EtatCivil(
            @Schema(description = "F ou M.") Sexe sexe,

            @Schema(description = "Nom de naissance, tel que déclaré.")
            String nomNaissance,

            @Schema(description = "Nom d'usage ; null si la personne n'en a pas.")
            String nomUsage,

            @Schema(description = "Mention du nom d'usage ; null sans nom d'usage.")
            MentionNomUsage mentionNomUsage,

            @Schema(description = "Divorcé(e) gardant le nom de l'ex-conjoint (mentions EPOUX, EPOUSE).")
            boolean divorceGardantLeNom,

            @Schema(description = "Prénoms, dans l'ordre de l'état civil.")
            List<String> prenoms,

            LocalDate dateNaissance,
            LieuNaissance lieuNaissance,
            @Schema(description = "Taille en centimètres.") Integer tailleCm,

            @Schema(description = "Couleur des yeux (passeport seulement ; null sinon).")
            CouleurDesYeux couleurYeux) {}

    @Schema(
            name = "LieuNaissanceV1",
            description = "En France : la commune (code INSEE, nom, département), pays et ville à null. À l'étranger : "
                    + "le pays (ISO 3166-1 alpha-2) et la ville, champs de commune à null.")
    public record LieuNaissance(
            String codeInseeCommune,
            String commune,
            String codeDepartement,

            @Schema(description = "Code ISO 3166-1 alpha-2 du pays de naissance à l'étranger.", example = "DE")
            String codePaysIso,

            @Schema(description = "Nom français du pays.") String pays,

            @Schema(description = "Ville de naissance à l'étranger.")
            String ville) {}

    @Schema(
            name = "FiliationV1",
            description = "Les deux parents.",
            requiredProperties = {"parent1", "parent2"})
    public record Filiation(Parent parent1, Parent parent2) {}

    @Schema(
            name = "ParentV1",
            description = "Un parent ; ses champs sont vides quand il est déclaré inconnu.",
            requiredProperties = {"inconnu", "prenoms"})
    public record Parent(
            boolean inconnu,
            String nom,
            List<String> prenoms,
            LocalDate dateNaissance,

            @Schema(description = "Lieu de naissance, en texte libre.")
            String lieuNaissance) {}

    @Schema(
            name = "NationaliteV1",
            description = "Comment la nationalité française a été acquise.",
            requiredProperties = {"acquisition"})
    public record Nationalite(
            AcquisitionNationalite acquisition,

            @Schema(description = "Précision, pour l'acquisition AUTRE seulement.")
            String precision) {}

    @Schema(
            name = "AdresseV1",
            description = "L'adresse en France du titulaire.",
            requiredProperties = {"type", "ligne1", "codePostal", "codeInseeCommune", "commune"})
    public record Adresse(
            TypeAdresse type,

            @Schema(description = "Nom de l'hébergeant (type HEBERGE).")
            String nomHebergeant,

            String ligne1,
            String ligne2,
            String codePostal,
            String codeInseeCommune,
            String commune) {}

    @Schema(
            name = "ContactV1",
            description = "Les coordonnées de la personne.",
            requiredProperties = {"courriel"})
    public record Contact(
            String courriel,

            @Schema(description = "Téléphone portable au format E.164 ; null si non donné.", example = "+33612345678")
            String telephone) {}

    @Schema(
            name = "DroitsDeTimbreV1",
            description = "Les droits de timbre fiscal dus, un par titre.",
            requiredProperties = {"totalCentimes", "parTitre"})
    public record DroitsDeTimbre(
            @Schema(description = "Total dû, en centimes d'euro.", example = "8600")
            long totalCentimes,

            List<DroitParTitre> parTitre) {}

    @Schema(
            name = "DroitParTitreV1",
            description = "Le droit de timbre d'un titre.",
            requiredProperties = {"titre", "centimes"})
    public record DroitParTitre(
            @Schema(description = "CNI ou PASSEPORT.") TypeDeTitre titre,

            @Schema(description = "Montant en centimes d'euro ; 0 quand le titre est gratuit.")
            long centimes) {}

    /** La pré-demande retrouvée, au schéma version 1 ; pièces et droits comptés au jour {@code jour} (le dépôt). */
    static PreDemandeV1 de(PreDemandeRetrouvee retrouvee, LocalDate jour) {
        Declaration d = retrouvee.declaration();
        Optional<Situation> situation = d.situation(jour);
        List<PieceJustificative> pieces = situation
                .filter(Situation::majeur)
                .map(s -> ReglesDesJustificatifs.pour(s).pieces())
                .orElse(null);
        DroitsDeTimbre droits = situation
                .map(ReglesDesJustificatifs::droitsDeTimbre)
                .map(PreDemandeV1::droits)
                .orElse(null);
        return new PreDemandeV1(
                VERSION,
                retrouvee.numero().valeur(),
                VALIDEE,
                retrouvee.valideeLe(),
                retrouvee.valableJusquAu(),
                demande(d.demande()),
                etatCivil(d.etatCivil()),
                filiation(d.filiation()),
                nationalite(d.nationalite()),
                adresse(d.adresse()),
                contact(d.contact()),
                pieces,
                droits);
    }

    private static Demande demande(Declaration.Demande demande) {
        if (demande == null) {
            return null;
        }
        Declaration.AncienTitre ancien = demande.ancienTitre();
        return new Demande(
                demande.titre(),
                demande.motif(),
                demande.titreSecurise(),
                ancien == null
                        ? null
                        : new AncienTitre(
                                ancien.type(),
                                ancien.numero(),
                                ancien.delivreLe(),
                                ancien.expireLe(),
                                ancien.autorite(),
                                ancien.presentable()));
    }

    private static EtatCivil etatCivil(Declaration.EtatCivil e) {
        if (e == null) {
            return null;
        }
        return new EtatCivil(
                e.sexe(),
                e.nomNaissance(),
                e.nomUsage(),
                e.mentionNomUsage(),
                e.divorceGardantLeNom(),
                e.prenoms(),
                e.dateNaissance(),
                lieuNaissance(e.lieuNaissance()),
                e.tailleCm(),
                e.couleurYeux());
    }

    private static LieuNaissance lieuNaissance(Declaration.Naissance n) {
        if (n == null) {
            return null;
        }
        Commune c = n.commune();
        return new LieuNaissance(
                c == null ? null : c.codeInsee(),
                c == null ? null : c.nom(),
                c == null ? null : c.codeDepartement(),
                n.pays() == null ? null : n.pays().codeIso(),
                n.pays() == null ? null : n.pays().nom(),
                n.villeEtranger());
    }

    private static Filiation filiation(Declaration.Filiation f) {
        return f == null ? null : new Filiation(parent(f.parent1()), parent(f.parent2()));
    }

    private static Parent parent(Declaration.Parent p) {
        return p == null ? null : new Parent(p.inconnu(), p.nom(), p.prenoms(), p.dateNaissance(), p.lieuNaissance());
    }

    private static Nationalite nationalite(Declaration.Nationalite n) {
        return n == null ? null : new Nationalite(n.acquisition(), n.precision());
    }

    private static Adresse adresse(Declaration.Adresse a) {
        if (a == null) {
            return null;
        }
        Commune c = a.commune();
        return new Adresse(
                a.type(),
                a.nomHebergeant(),
                a.ligne1(),
                a.ligne2(),
                a.codePostal(),
                c == null ? null : c.codeInsee(),
                c == null ? null : c.nom());
    }

    private static Contact contact(Declaration.Contact c) {
        return c == null ? null : new Contact(c.courriel(), c.telephone());
    }

    private static DroitsDeTimbre droits(List<DroitDeTimbre> droits) {
        long total =
                droits.stream().mapToLong(droit -> droit.montant().centimes()).sum();
        return new DroitsDeTimbre(
                total,
                droits.stream()
                        .map(droit ->
                                new DroitParTitre(droit.titre(), droit.montant().centimes()))
                        .toList());
    }
}
