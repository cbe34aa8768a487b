package fr.predemande.impression;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tout ce que le récépissé imprime, remis à l’usager quand la mairie a créé son dossier : déjà rédigé en français par
 * l’appelant. Le nom de l’agent n’y figure pas, et n’a donc pas de place ici.
 *
 * @param numeroDeDemande le numéro de demande, tel quel : 12 à 14 chiffres et capitales (14 outre-mer, département à 3 chiffres) (par exemple
 *     {@code 42260000012K}) ; le module n’en lit pas la structure, il l’imprime et en fait un code-barres
 * @param deposeeLe la date et l’heure du dépôt, à l’heure légale de la mairie
 * @param mairie la mairie où la demande est déposée, par exemple « Mairie de Saint-Étienne »
 * @param titresDemandes le ou les titres, par exemple « Passeport et carte nationale d’identité »
 * @param nomDuTitulaire le nom de famille, imprimé en capitales (le module les met si l’appelant ne l’a pas fait)
 * @param prenomsDuTitulaire les prénoms, imprimés tels quels, vide s’il n’y en a pas
 * @param montantAcquitte les droits de timbre payés : « 86 € », ou « Gratuit »
 * @param timbresElectroniques les numéros des timbres fiscaux électroniques enregistrés, 16 chiffres chacun, imprimés
 *     masqués sauf leurs 4 derniers chiffres ; vide pour une demande gratuite ou payée en timbres papier
 * @param phraseDeSuivi la consigne de suivi, une phrase (« Suivez l’avancement de votre demande avec ce numéro sur : »)
 * @param urlDeSuivi l’adresse où suivre la demande, imprimée après la phrase
 */
public record Recepisse(
        String numeroDeDemande,
        LocalDateTime deposeeLe,
        String mairie,
        String titresDemandes,
        String nomDuTitulaire,
        String prenomsDuTitulaire,
        String montantAcquitte,
        List<String> timbresElectroniques,
        String phraseDeSuivi,
        String urlDeSuivi) {

    private static final Pattern NUMERO_DE_DEMANDE = Pattern.compile("[0-9A-Z]{12,14}");
    private static final Pattern TIMBRE_ELECTRONIQUE = Pattern.compile("[0-9]{16}");

    public Recepisse {
        Objects.requireNonNull(numeroDeDemande, "numeroDeDemande");
        Objects.requireNonNull(deposeeLe, "deposeeLe");
        Objects.requireNonNull(mairie, "mairie");
        Objects.requireNonNull(titresDemandes, "titresDemandes");
        Objects.requireNonNull(nomDuTitulaire, "nomDuTitulaire");
        Objects.requireNonNull(montantAcquitte, "montantAcquitte");
        Objects.requireNonNull(phraseDeSuivi, "phraseDeSuivi");
        Objects.requireNonNull(urlDeSuivi, "urlDeSuivi");
        if (!NUMERO_DE_DEMANDE.matcher(numeroDeDemande).matches()) {
            // Le numéro devient un code-barres et une commande d’imprimante : rien d’autre que des chiffres et
            // capitales.
            throw new IllegalArgumentException(
                    "Un numéro de demande a 12 à 14 chiffres ou capitales : " + numeroDeDemande);
        }
        prenomsDuTitulaire = prenomsDuTitulaire == null ? "" : prenomsDuTitulaire;
        timbresElectroniques = List.copyOf(timbresElectroniques);
        for (String timbre : timbresElectroniques) {
            if (!TIMBRE_ELECTRONIQUE.matcher(timbre).matches()) {
                throw new IllegalArgumentException(
                        "Un timbre fiscal électronique a 16 chiffres (" + timbre.length() + " caractères reçus)");
            }
        }
    }
}
