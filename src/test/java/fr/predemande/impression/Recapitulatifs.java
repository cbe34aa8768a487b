package fr.predemande.impression;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Des récapitulatifs comme le module demande en enverra, et les messages de l’application. */
public final class Recapitulatifs {

    public static final String URL = "https://predemande.interieur.gouv.fr/p/7K3M9Q2XTB";
    /** La pré-demande de l’exemple, pour le support vierge. */
    public static final NumeroEtQr NUMERO_ET_QR = new NumeroEtQr("7K3M9Q2XTB", "7K3M 9Q2X TB", URL);

    private Recapitulatifs() {}

    /** Les messages comme l’application les lit, plus le brouillon du module pas encore fusionné. */
    public static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ROOT);
        return messages;
    }

    /**
     * Une majeure qui renouvelle passeport et carte, avec nom d’usage : toutes les rubriques remplies. Le montant et son
     * détail ont la forme que le module demande envoie : le total, puis titre par titre, la carte d’abord.
     */
    public static Recapitulatif exemple() {
        return avecDemandeur("DUPONT Camille Marie");
    }

    public static Recapitulatif avecDemandeur(String demandeur) {
        return new Recapitulatif(
                "7K3M9Q2XTB",
                "7K3M 9Q2X TB",
                LocalDate.of(2027, 5, 29),
                URL,
                "Passeport et carte nationale d’identité — renouvellement",
                demandeur,
                rubriques(),
                List.of(
                        "Une photo d’identité de moins de 6 mois, aux normes",
                        "Un justificatif de domicile de moins d’un an",
                        "Votre passeport actuel (il vous sera repris)",
                        "Votre carte nationale d’identité actuelle (elle vous sera reprise)",
                        "Votre acte de mariage de moins de 3 mois, pour le nom d’usage",
                        "Un timbre fiscal électronique de 86 € pour le passeport"),
                "86 €",
                "Carte nationale d’identité : gratuite ; passeport : 86 €");
    }

    /**
     * Le plus chargé des récapitulatifs réalistes : carte et passeport refaits après une perte, deux droits de timbre
     * payants, noms composés et à particule, hébergée chez un tiers, nom d’usage d’épouse : les textes les plus longs
     * que le module demande puisse envoyer, et la plus longue liste de pièces.
     */
    public static Recapitulatif lePlusCharge() {
        return new Recapitulatif(
                "7K3M9Q2XTB",
                "7K3M 9Q2X TB",
                LocalDate.of(2027, 12, 1),
                URL,
                "Carte nationale d’identité et passeport — perte",
                "MARTIN-DUPONT DE SAINT-EXUPÉRY Marie-Clémentine Anne-Sophie Geneviève Éléonore",
                List.of(
                        new Rubrique(
                                "Demande",
                                List.of(
                                        new Ligne("Titre demandé", "Carte nationale d’identité et passeport"),
                                        new Ligne("Motif", "Perte"),
                                        new Ligne("Pour qui", "Moi-même"))),
                        new Rubrique(
                                "État civil",
                                List.of(
                                        new Ligne("Sexe", "Féminin"),
                                        new Ligne("Nom de naissance", "MARTIN-DUPONT DE SAINT-EXUPÉRY"),
                                        new Ligne("Nom d’usage", "LE GOFF-KERGUÉLEN DE LA VILLEMARQUÉ (épouse)"),
                                        new Ligne("Prénoms", "Marie-Clémentine, Anne-Sophie, Geneviève, Éléonore"),
                                        new Ligne("Date de naissance", "29 février 1988"),
                                        new Ligne(
                                                "Lieu de naissance",
                                                "Saint-Rémy-de-Provence (13 — Bouches-du-Rhône), France"),
                                        new Ligne("Taille", "172 cm"),
                                        new Ligne("Couleur des yeux", "Vert-gris"))),
                        new Rubrique(
                                "Filiation",
                                List.of(
                                        new Ligne(
                                                "Parent 1",
                                                "MARTIN-DUPONT DE SAINT-EXUPÉRY Jean-Baptiste Édouard, né le 3 mars 1958 à Aix-en-Provence (13)"),
                                        new Ligne("Nationalité du parent 1", "Française"),
                                        new Ligne(
                                                "Parent 2",
                                                "CASTELNAU-MAGNOAC Anne-Françoise, née le 21 octobre 1961 à Villefranche-sur-Saône (69)"),
                                        new Ligne("Nationalité du parent 2", "Française"))),
                        new Rubrique(
                                "Nationalité",
                                List.of(new Ligne("Nationalité française", "Par filiation (un parent français)"))),
                        new Rubrique(
                                "Adresse",
                                List.of(
                                        new Ligne("Type d’adresse", "Hébergée chez un tiers"),
                                        new Ligne("Hébergeant", "KERGUÉLEN-TRÉMAREC Yves-Marie"),
                                        new Ligne(
                                                "Adresse",
                                                "Résidence Les Jardins de la Source, bâtiment C, escalier 2, appartement 41, "
                                                        + "128 boulevard du Maréchal-de-Lattre-de-Tassigny"),
                                        new Ligne("Code postal et commune", "78100 Saint-Germain-en-Laye"))),
                        new Rubrique(
                                "Contact",
                                List.of(
                                        new Ligne(
                                                "Adresse électronique",
                                                "marie-clementine.martin-dupont-de-saint-exupery@example.fr"),
                                        new Ligne("Téléphone portable", "06 12 34 56 78"))),
                        new Rubrique(
                                "Ancien titre",
                                List.of(
                                        new Ligne("Type", "Carte nationale d’identité et passeport"),
                                        new Ligne("Numéro", ""),
                                        new Ligne("Délivré le", "2 juin 2016, par la préfecture des Bouches-du-Rhône"),
                                        new Ligne("Vous pouvez le présenter", "Non, déclaré perdu")))),
                List.of(
                        "Votre numéro de pré-demande",
                        "Une photo d’identité de moins de 6 mois",
                        "Le justificatif de domicile de la personne qui vous héberge",
                        "Une attestation d’hébergement",
                        "La pièce d’identité de la personne qui vous héberge",
                        "Une déclaration de perte",
                        "Un acte de naissance de moins de 3 mois",
                        "Une preuve de votre nationalité française",
                        "Un justificatif de votre changement d’état civil",
                        "Un acte de mariage de moins de 3 mois",
                        "Un timbre fiscal électronique"),
                "111 €",
                "Carte nationale d’identité : 25 € ; passeport : 86 €");
    }

    public static List<Rubrique> rubriques() {
        return List.of(
                new Rubrique(
                        "Demande",
                        List.of(
                                new Ligne("Titre demandé", "Passeport et carte nationale d’identité"),
                                new Ligne("Motif", "Renouvellement — titre expiré ou expirant"),
                                new Ligne("Pour qui", "Moi-même"))),
                new Rubrique(
                        "État civil",
                        List.of(
                                new Ligne("Sexe", "Féminin"),
                                new Ligne("Nom de naissance", "DUPONT"),
                                new Ligne("Nom d’usage", "MARTIN-DUPONT (épouse)"),
                                new Ligne("Prénoms", "Camille, Marie"),
                                new Ligne("Date de naissance", "14 février 1988"),
                                new Ligne("Lieu de naissance", "Saint-Étienne (42 — Loire), France"),
                                new Ligne("Taille", "168 cm"),
                                new Ligne("Couleur des yeux", "Noisette"))),
                new Rubrique(
                        "Filiation",
                        List.of(
                                new Ligne("Parent 1", "DUPONT Jean-Pierre, né le 3 mars 1960 à Lyon (69)"),
                                new Ligne("Nationalité du parent 1", "Française"),
                                new Ligne("Parent 2", "LEFÈVRE Anne, née le 21 octobre 1962 à Roanne (42)"),
                                new Ligne("Nationalité du parent 2", ""))),
                new Rubrique(
                        "Nationalité",
                        List.of(new Ligne("Nationalité française", "Par filiation (un parent français)"))),
                new Rubrique(
                        "Adresse",
                        List.of(
                                new Ligne("Type d’adresse", "Domicile personnel"),
                                new Ligne("Adresse", "12 rue des Acacias, appartement 4"),
                                new Ligne("Code postal et commune", "42000 Saint-Étienne"))),
                new Rubrique(
                        "Contact",
                        List.of(
                                new Ligne("Adresse électronique", "camille.dupont@example.fr"),
                                new Ligne("Téléphone portable", "06 12 34 56 78"))),
                new Rubrique(
                        "Ancien titre",
                        List.of(
                                new Ligne("Type", "Passeport"),
                                new Ligne("Numéro", "18AB12345"),
                                new Ligne("Délivré le", "2 juin 2016, par la préfecture de la Loire"),
                                new Ligne("Expire le", "1er juin 2026"),
                                new Ligne("Vous pouvez le présenter", "Oui"))));
    }
}
