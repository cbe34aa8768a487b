package fr.predemande.recueil.internal.api;

import fr.predemande.demande.NumeroPreDemande;
import fr.predemande.recueil.internal.RechercheDePreDemande.Resultat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * Les textes des problèmes de l'API, tirés de {@code messages_fr.properties} : les refus de la recherche et de la
 * consommation (un par {@link Resultat}), et les erreurs HTTP génériques. Les dates du {@code detail} sont écrites à
 * la française, à l'heure de Paris ; les membres d'extension les portent en ISO 8601 pour les machines. Tenue par
 * {@link ProblemesDeLApi}, qui n'a ainsi besoin que de la source des textes (présente aussi dans les tests en tranche
 * des pages, qui chargent tous les conseils de contrôleurs).
 */
class RedactionDesProblemes {

    /** Un problème rédigé et les en-têtes qui l'accompagnent ({@code Retry-After}). */
    record Redige(Probleme probleme, HttpHeaders entetes) {}

    static final String A_BLANC = "about:blank";

    private static final Locale FR = Locale.FRANCE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    private final MessageSource messages;

    RedactionDesProblemes(MessageSource messages) {
        this.messages = messages;
    }

    /** Le refus que donne une recherche ou une consommation qui n'a pas abouti. */
    Redige refus(Resultat resultat) {
        var entetes = new HttpHeaders();
        Probleme probleme;
        if (resultat instanceof Resultat.MalSaisi || resultat instanceof Resultat.AutreSite) {
            probleme = probleme(TypeDeProbleme.NUMERO_MAL_SAISI, null, null, null, null, null, null, null, null);
        } else if (resultat instanceof Resultat.Inconnue inconnue) {
            probleme = probleme(
                    TypeDeProbleme.PRE_DEMANDE_INCONNUE,
                    "unknown",
                    inconnue.numero(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    inconnue.numero().lisible());
        } else if (resultat instanceof Resultat.Expiree expiree) {
            probleme = probleme(
                    TypeDeProbleme.PRE_DEMANDE_EXPIREE,
                    "expired",
                    expiree.numero(),
                    expiree.valableJusquAu(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    expiree.numero().lisible(),
                    DATE.format(expiree.valableJusquAu()));
        } else if (resultat instanceof Resultat.Purgee purgee) {
            probleme = probleme(
                    TypeDeProbleme.PRE_DEMANDE_PURGEE,
                    "expired",
                    purgee.numero(),
                    purgee.valableJusquAu(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    purgee.numero().lisible(),
                    DATE.format(purgee.valableJusquAu()));
        } else if (resultat instanceof Resultat.DejaUtilisee utilisee) {
            probleme = probleme(
                    TypeDeProbleme.PRE_DEMANDE_DEJA_UTILISEE,
                    "consumed",
                    utilisee.numero(),
                    null,
                    utilisee.rappel().mairie(),
                    utilisee.rappel().reference(),
                    utilisee.le(),
                    null,
                    null,
                    utilisee.numero().lisible(),
                    utilisee.rappel().reference(),
                    utilisee.rappel().mairie(),
                    dateHeure(utilisee.le()));
        } else if (resultat instanceof Resultat.DejaEnDossier enDossier) {
            probleme = probleme(
                    TypeDeProbleme.PRE_DEMANDE_EN_COURS_DE_RECUEIL,
                    "declared",
                    enDossier.numero(),
                    null,
                    enDossier.mairie(),
                    enDossier.numeroDeDemande(),
                    null,
                    enDossier.le(),
                    null,
                    enDossier.numero().lisible(),
                    enDossier.mairie(),
                    enDossier.numeroDeDemande(),
                    dateHeure(enDossier.le()));
        } else if (resultat instanceof Resultat.LimiteAtteinte limite) {
            long secondes = Math.max(1, (limite.attente().toMillis() + 999) / 1000);
            entetes.set(HttpHeaders.RETRY_AFTER, Long.toString(secondes));
            probleme = probleme(
                    TypeDeProbleme.LIMITE_DE_DEBIT, null, null, null, null, null, null, null, secondes, secondes);
        } else {
            throw new IllegalArgumentException(
                    "Pas un refus : " + resultat.getClass().getSimpleName());
        }
        return new Redige(probleme, entetes);
    }

    /** Un problème de type propre à l'API, sans membre d'extension. */
    Probleme simple(TypeDeProbleme type) {
        return Probleme.simple(type.uri(), texte(type.cleTitre()), type.statut().value(), texte(type.cleDetail()));
    }

    /** Le corps invalide : chaque champ refusé, avec ce qui est attendu. */
    Probleme requeteInvalide(List<Probleme.ErreurDeChamp> erreurs) {
        Probleme base = simple(TypeDeProbleme.REQUETE_INVALIDE);
        return new Probleme(
                base.type(),
                base.title(),
                base.status(),
                base.detail(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.copyOf(erreurs));
    }

    /** Ce qu'on attend d'un champ du corps de la consommation. */
    String attenduPour(String champ) {
        return switch (champ) {
            case "reference" -> texte("api.recueil.consommation.reference");
            case "mairie" -> texte("api.recueil.consommation.mairie");
            default -> texte("api.probleme.champ-invalide");
        };
    }

    /**
     * Une erreur que le statut HTTP suffit à dire ({@code about:blank}, titre et explication de ce statut).
     *
     * @param permises les méthodes permises, pour un 405 (sinon ignoré)
     */
    Probleme generique(HttpStatusCode statut, String methode, String permises) {
        return switch (statut.value()) {
            case 400 ->
                Probleme.simple(A_BLANC, texte("api.probleme.400.titre"), 400, texte("api.probleme.400.detail"));
            case 404 ->
                Probleme.simple(A_BLANC, texte("api.probleme.404.titre"), 404, texte("api.probleme.404.detail"));
            case 405 ->
                Probleme.simple(
                        A_BLANC,
                        texte("api.probleme.405.titre"),
                        405,
                        texte("api.probleme.405.detail", methode, permises));
            case 406 ->
                Probleme.simple(A_BLANC, texte("api.probleme.406.titre"), 406, texte("api.probleme.406.detail"));
            case 415 ->
                Probleme.simple(A_BLANC, texte("api.probleme.415.titre"), 415, texte("api.probleme.415.detail"));
            case 500 ->
                Probleme.simple(A_BLANC, texte("api.probleme.500.titre"), 500, texte("api.probleme.500.detail"));
            default ->
                Probleme.simple(
                        A_BLANC,
                        texte("api.probleme.autre.titre"),
                        statut.value(),
                        texte("api.probleme.autre.detail", statut.value()));
        };
    }

    private Probleme probleme(
            TypeDeProbleme type,
            String statut,
            NumeroPreDemande numero,
            LocalDate valableJusquAu,
            String mairie,
            String reference,
            Instant utiliseeLe,
            Instant ouvertLe,
            Long attenteSecondes,
            Object... arguments) {
        return new Probleme(
                type.uri(),
                texte(type.cleTitre()),
                type.statut().value(),
                texte(type.cleDetail(), arguments),
                null,
                statut,
                numero == null ? null : numero.valeur(),
                valableJusquAu,
                mairie,
                reference,
                utiliseeLe,
                ouvertLe,
                attenteSecondes,
                null);
    }

    private static String dateHeure(Instant instant) {
        return DATE_HEURE.format(instant.atZone(PARIS));
    }

    private String texte(String cle, Object... arguments) {
        return messages.getMessage(cle, arguments, FR);
    }
}
