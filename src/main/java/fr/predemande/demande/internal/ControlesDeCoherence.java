package fr.predemande.demande.internal;

import fr.predemande.demande.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * La page de vérification : toutes les règles des sections à nouveau, puis les contrôles qui croisent les sections.
 * Chaque problème renvoie à son champ.
 */
@Component
class ControlesDeCoherence {

    /**
     * Un problème à corriger avant de valider : son champ, et son message (les clés essayées dans l'ordre, du plus
     * précis, {@code code.champ}, au plus général, avec ses arguments).
     */
    public record Probleme(Section section, String champ, MessageSourceResolvable message) {

        Probleme(Section section, String champ, String code, Object... arguments) {
            this(
                    section,
                    champ,
                    new DefaultMessageSourceResolvable(new String[] {code + "." + champ, code}, arguments));
        }
    }

    static final int AGE_ADULTE = 18;
    static final int ECART_MINIMUM_PARENT = 12;

    private final ValidationDesSections validation;
    private final Clock horloge;

    ControlesDeCoherence(ValidationDesSections validation, Clock horloge) {
        this.validation = validation;
        this.horloge = horloge;
    }

    /** Les problèmes à corriger, dans l'ordre des sections ; vide quand la pré-demande peut être validée. */
    List<Probleme> controler(Reponses reponses) {
        var problemes = new ArrayList<Probleme>();
        for (Section section : Section.values()) {
            var erreurs = new BeanPropertyBindingResult(Formulaires.dans(section, reponses), "formulaire");
            validation.verifier(section, reponses, erreurs);
            erreurs.getFieldErrors().forEach(e -> problemes.add(new Probleme(section, e.getField(), e)));
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        Optional<LocalDate> naissance = Dates.lire(reponses.getEtatCivil().getDateNaissance());
        naissance
                .filter(d ->
                        !d.isAfter(aujourdhui) && Period.between(d, aujourdhui).getYears() < AGE_ADULTE)
                .ifPresent(d -> problemes.add(
                        new Probleme(Section.ETAT_CIVIL, "dateNaissance", "demande.coherence.mineur", AGE_ADULTE)));
        var filiation = reponses.getFiliation();
        parentTropJeune(
                naissance,
                filiation.isParent1Inconnu(),
                filiation.getParent1DateNaissance(),
                "parent1DateNaissance",
                problemes);
        parentTropJeune(
                naissance,
                filiation.isParent2Inconnu(),
                filiation.getParent2DateNaissance(),
                "parent2DateNaissance",
                problemes);
        Optional<LocalDate> delivrance = Dates.lire(reponses.getMotif().getAncienTitreDateDelivrance());
        if (naissance.isPresent() && delivrance.isPresent() && delivrance.get().isBefore(naissance.get())) {
            problemes.add(new Probleme(
                    Section.MOTIF, "ancienTitreDateDelivrance", "demande.coherence.titre-avant-naissance"));
        }
        return problemes;
    }

    private static void parentTropJeune(
            Optional<LocalDate> naissance, boolean inconnu, String dateParent, String champ, List<Probleme> problemes) {
        if (naissance.isEmpty() || inconnu) {
            return;
        }
        Dates.lire(dateParent)
                .filter(d -> d.plusYears(ECART_MINIMUM_PARENT).isAfter(naissance.get()))
                .ifPresent(d -> problemes.add(new Probleme(
                        Section.FILIATION, champ, "demande.coherence.parent-trop-jeune", ECART_MINIMUM_PARENT)));
    }
}
