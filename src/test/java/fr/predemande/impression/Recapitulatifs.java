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

    /** Une majeure qui renouvelle passeport et carte, avec nom d’usage : toutes les rubriques remplies. */
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
                "Passeport majeur : 86 € · Carte nationale d’identité (renouvellement) : gratuit");
    }

    public static List<Rubrique> rubriques() {
        return List.of(
                new Rubrique("Demande", List.of(
                        new Ligne("Titre demandé", "Passeport et carte nationale d’identité"),
                        new Ligne("Motif", "Renouvellement — titre expiré ou expirant"),
                        new Ligne("Pour qui", "Moi-même"))),
                new Rubrique("État civil", List.of(
                        new Ligne("Sexe", "Féminin"),
                        new Ligne("Nom de naissance", "DUPONT"),
                        new Ligne("Nom d’usage", "MARTIN-DUPONT (épouse)"),
                        new Ligne("Prénoms", "Camille, Marie"),
                        new Ligne("Date de naissance", "14 février 1988"),
                        new Ligne("Lieu de naissance", "Saint-Étienne (42 — Loire), France"),
                        new Ligne("Taille", "168 cm"),
                        new Ligne("Couleur des yeux", "Noisette"))),
                new Rubrique("Filiation", List.of(
                        new Ligne("Parent 1", "DUPONT Jean-Pierre, né le 3 mars 1960 à Lyon (69)"),
                        new Ligne("Nationalité du parent 1", "Française"),
                        new Ligne("Parent 2", "LEFÈVRE Anne, née le 21 octobre 1962 à Roanne (42)"),
                        new Ligne("Nationalité du parent 2", ""))),
                new Rubrique("Nationalité", List.of(
                        new Ligne("Nationalité française", "Par filiation (un parent français)"))),
                new Rubrique("Adresse", List.of(
                        new Ligne("Type d’adresse", "Domicile personnel"),
                        new Ligne("Adresse", "12 rue des Acacias, appartement 4"),
                        new Ligne("Code postal et commune", "42000 Saint-Étienne"))),
                new Rubrique("Contact", List.of(
                        new Ligne("Adresse électronique", "camille.dupont@example.fr"),
                        new Ligne("Téléphone portable", "06 12 34 56 78"))),
                new Rubrique("Ancien titre", List.of(
                        new Ligne("Type", "Passeport"),
                        new Ligne("Numéro", "18AB12345"),
                        new Ligne("Délivré le", "2 juin 2016, par la préfecture de la Loire"),
                        new Ligne("Expire le", "1er juin 2026"),
                        new Ligne("Vous pouvez le présenter", "Oui"))));
    }
}
