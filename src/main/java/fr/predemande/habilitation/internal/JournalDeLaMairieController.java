package fr.predemande.habilitation.internal;

import static fr.predemande.habilitation.CheminsDeLaMairie.JOURNAL;
import static fr.predemande.habilitation.CheminsDeLaMairie.VERIFICATION_DU_JOURNAL;

import fr.predemande.audit.ActionAuditee;
import fr.predemande.audit.EntreeDAudit;
import fr.predemande.audit.JournalDAudit;
import fr.predemande.audit.JournalDAudit.EntreeConsignee;
import fr.predemande.habilitation.AgentConnecte;
import fr.predemande.habilitation.PosteCourant;
import fr.predemande.saisie.Identifiants;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Le journal d'audit vu par l'administrateur d'une mairie : les entrées de sa mairie, et d'elle seule (la mairie est
 * toujours celle de l'administrateur connecté, jamais un paramètre de la requête), cherchées par agent, par numéro et
 * par période. Lire le journal est consigné au journal, comme toute lecture de données personnelles.
 *
 * <p>La vérification de la chaîne porte sur le journal entier, toutes mairies confondues : les empreintes s'enchaînent
 * d'une entrée à la suivante quelle que soit sa mairie, on ne peut pas vérifier la part d'une seule mairie. La page le
 * dit ; l'administrateur n'apprend que le nombre d'entrées relues et le numéro de la première rupture.
 */
@Controller
class JournalDeLaMairieController {

    static final String VUE = "mairie/administration/journal";
    /** Au-delà, la page serait illisible : l'administrateur précise sa recherche. */
    static final int MAX = 200;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HORODATAGE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withZone(PARIS);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Un numéro de pré-demande (10 caractères) ou de demande (13 ou 14 selon le département), espaces ôtés. */
    private static final Pattern NUMERO = Pattern.compile("[0-9A-Za-z]{10}|[0-9A-Za-z]{13,14}");

    private final JournalDAudit journal;

    JournalDeLaMairieController(JournalDAudit journal) {
        this.journal = journal;
    }

    @GetMapping(JOURNAL)
    String journal(
            AgentConnecte administrateur,
            @ModelAttribute("recherche") Formulaires.RechercheDansLeJournal recherche,
            BindingResult erreurs,
            HttpServletRequest requete,
            Model modele) {
        Optional<LocalDate> du = date(recherche.getDu(), "du", "mairie.journal.du.invalide", erreurs);
        Optional<LocalDate> au = date(recherche.getAu(), "au", "mairie.journal.au.invalide", erreurs);
        if (du.isPresent() && au.isPresent() && au.get().isBefore(du.get())) {
            erreurs.rejectValue("au", "mairie.journal.au.avant-du");
        }
        if (erreurs.hasErrors()) {
            // rien n'est lu : rien à consigner
            return VUE;
        }
        String acteur = Identifiants.normaliser(recherche.getActeur());
        String objet = objet(recherche.getObjet());
        Instant depuis = du.map(jour -> jour.atStartOfDay(PARIS).toInstant()).orElse(null);
        // « au 12/03 » comprend toute la journée du 12 : jusqu'au début du 13, exclu
        Instant jusqua =
                au.map(jour -> jour.plusDays(1).atStartOfDay(PARIS).toInstant()).orElse(null);
        // la lecture est consignée avant d'être faite, sous le numéro cherché : qui a regardé l'histoire d'un dossier
        // se retrouve en cherchant ce dossier
        journal.consigner(new EntreeDAudit(
                PosteCourant.acteur(administrateur, requete),
                ActionAuditee.CONSULTATION_JOURNAL,
                objet,
                criteres(acteur, du, au),
                requete.getRemoteAddr()));
        List<EntreeConsignee> entrees = journal.rechercher(
                administrateur.mairie().id(), acteur.isEmpty() ? null : acteur, objet, depuis, jusqua, MAX + 1);
        modele.addAttribute(
                "entrees",
                entrees.stream()
                        .limit(MAX)
                        .map(JournalDeLaMairieController::ligne)
                        .toList());
        modele.addAttribute("tronque", entrees.size() > MAX);
        modele.addAttribute("max", MAX);
        return VUE;
    }

    /** Vérifie la chaîne entière, puis revient à la page (un rechargement ne relance pas la vérification). */
    @PostMapping(VERIFICATION_DU_JOURNAL)
    String verifier(AgentConnecte administrateur, HttpServletRequest requete, RedirectAttributes flash) {
        var verification = journal.verifier();
        journal.consigner(new EntreeDAudit(
                PosteCourant.acteur(administrateur, requete),
                ActionAuditee.CONSULTATION_JOURNAL,
                null,
                verification.intact()
                        ? "vérification de la chaîne : intacte, " + verification.entreesVerifiees() + " entrées"
                        : "vérification de la chaîne : rompue à l'entrée " + verification.premiereEntreeAlteree(),
                requete.getRemoteAddr()));
        flash.addFlashAttribute("entreesVerifiees", verification.entreesVerifiees());
        if (!verification.intact()) {
            flash.addFlashAttribute("entreeAlteree", verification.premiereEntreeAlteree());
        }
        return "redirect:" + JOURNAL;
    }

    /** Une ligne du tableau : l'heure est celle de la mairie (Paris), l'action est nommée par la page. */
    record LigneDuJournal(
            long numero,
            String le,
            String agent,
            String poste,
            ActionAuditee action,
            String objet,
            String detail,
            String adresse) {}

    private static LigneDuJournal ligne(EntreeConsignee consignee) {
        var entree = consignee.entree();
        return new LigneDuJournal(
                consignee.numero(),
                HORODATAGE.format(consignee.le()),
                entree.acteur().identifiant(),
                entree.acteur().poste(),
                entree.action(),
                entree.objet(),
                entree.detail(),
                entree.adresse());
    }

    /**
     * Un numéro tapé comme il est imprimé (« 7K3M 9Q2X TB », minuscules comprises) est cherché sous la forme où le
     * journal le garde ; tout autre texte, tel quel (un identifiant d'agent créé, par exemple).
     */
    static String objet(String saisie) {
        if (saisie == null || saisie.isBlank()) {
            return null;
        }
        String compact = saisie.replaceAll("[\\s-]", "");
        return NUMERO.matcher(compact).matches() ? compact.toUpperCase(Locale.ROOT) : saisie.strip();
    }

    /**
     * Une date « JJ/MM/AAAA » (séparateurs / . - ou espace, jour et mois sur un ou deux chiffres) ; vide : pas de borne.
     * Une date illisible ou impossible est signalée à son champ.
     */
    private static Optional<LocalDate> date(String saisie, String champ, String code, BindingResult erreurs) {
        if (saisie == null || saisie.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = lireDate(saisie);
        if (date.isEmpty()) {
            erreurs.rejectValue(champ, code);
        }
        return date;
    }

    static Optional<LocalDate> lireDate(String saisie) {
        String[] morceaux = saisie.strip().split("[./\\-\\s]+");
        if (saisie.length() > 20
                || morceaux.length != 3
                || morceaux[0].length() > 2
                || morceaux[1].length() > 2
                || morceaux[2].length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(
                    String.format("%2s/%2s/%s", morceaux[0], morceaux[1], morceaux[2])
                            .replace(' ', '0'),
                    DATE));
        } catch (DateTimeParseException illisible) {
            return Optional.empty();
        }
    }

    private static String criteres(String acteur, Optional<LocalDate> du, Optional<LocalDate> au) {
        var criteres = new ArrayList<String>();
        if (!acteur.isEmpty()) {
            criteres.add("agent " + acteur);
        }
        du.ifPresent(jour -> criteres.add("du " + DATE.format(jour)));
        au.ifPresent(jour -> criteres.add("au " + DATE.format(jour)));
        return criteres.isEmpty() ? "recherche" : "recherche : " + String.join(", ", criteres);
    }
}
