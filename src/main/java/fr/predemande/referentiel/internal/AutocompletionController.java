package fr.predemande.referentiel.internal;

import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Pays;
import fr.predemande.referentiel.Referentiel;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Les suggestions de l'autocomplétion ({@code static/js/autocompletion.js}), en JSON. Publiques : ce sont des données
 * ouvertes ; les réponses, identiques pour tous, peuvent être gardées en cache une heure.
 */
@RestController
class AutocompletionController {

    static final int SUGGESTIONS = 20;
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    /** {@code libelle} est ce que le champ reçoit quand la personne choisit la suggestion. */
    record SuggestionDeCommune(
            String codeInsee, String nom, String codeDepartement, List<String> codesPostaux, String libelle) {}

    record SuggestionDePays(String codeIso, String nom, String libelle) {}

    private final Referentiel referentiel;

    AutocompletionController(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    @GetMapping(path = "/referentiel/communes", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<SuggestionDeCommune>> communes(@RequestParam(name = "q", defaultValue = "") String texte) {
        String chiffres = texte.replace(" ", "");
        List<SuggestionDeCommune> suggestions = referentiel.rechercherCommunes(texte, SUGGESTIONS).stream()
                .map(commune -> suggestion(commune, chiffres))
                .toList();
        return ResponseEntity.ok().cacheControl(CACHE).body(suggestions);
    }

    @GetMapping(path = "/referentiel/pays", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<SuggestionDePays>> pays(@RequestParam(name = "q", defaultValue = "") String texte) {
        List<SuggestionDePays> suggestions = referentiel.rechercherPays(texte, SUGGESTIONS).stream()
                .map(AutocompletionController::suggestion)
                .toList();
        return ResponseEntity.ok().cacheControl(CACHE).body(suggestions);
    }

    /** Cherchée par code postal, la commune s'affiche avec le code postal qui correspond à la saisie. */
    static SuggestionDeCommune suggestion(Commune commune, String saisie) {
        String codePostal = saisie.chars().allMatch(Character::isDigit) && !saisie.isEmpty()
                ? commune.codesPostaux().stream()
                        .filter(cp -> cp.startsWith(saisie))
                        .findFirst()
                        .orElse(null)
                : null;
        return new SuggestionDeCommune(
                commune.codeInsee(),
                commune.nom(),
                commune.codeDepartement(),
                commune.codesPostaux(),
                commune.libelle(codePostal));
    }

    private static SuggestionDePays suggestion(Pays pays) {
        return new SuggestionDePays(pays.codeIso(), pays.nom(), pays.nom());
    }
}
