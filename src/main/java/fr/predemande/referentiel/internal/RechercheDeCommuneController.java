package fr.predemande.referentiel.internal;

import fr.predemande.referentiel.Commune;
import fr.predemande.referentiel.Departement;
import fr.predemande.referentiel.Referentiel;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * La recherche de commune sans JavaScript : la page liste les communes qui correspondent, chacune est un lien qui
 * ramène au formulaire avec la commune choisie dans le champ demandé.
 */
@Controller
class RechercheDeCommuneController {

    static final String VUE = "referentiel/recherche-commune";
    static final int RESULTATS = 30;

    /** Le champ de recherche de la page (lié par th:field, d'où l'accesseur JavaBean). */
    static final class Recherche {

        private final String q;

        Recherche(String q) {
            this.q = q;
        }

        public String getQ() {
            return q;
        }
    }

    /** Une commune proposée : le lien de retour et ce qu'il affiche (« Saint-Denis (93200) — Seine-Saint-Denis (93) »). */
    record Choix(String texte, String lien) {}

    private final Referentiel referentiel;

    RechercheDeCommuneController(Referentiel referentiel) {
        this.referentiel = referentiel;
    }

    @GetMapping("/referentiel/communes/recherche")
    String rechercher(
            @RequestParam(name = "q", defaultValue = "") String texte,
            @RequestParam String retour,
            @RequestParam(defaultValue = "commune") String champ,
            Model modele) {
        AdresseDeRetour adresse;
        try {
            adresse = new AdresseDeRetour(retour);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "retour", e);
        }
        if (!AdresseDeRetour.champValide(champ)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "champ");
        }
        String saisie = texte.strip();
        Map<String, String> departements =
                referentiel.departements().stream().collect(Collectors.toMap(Departement::code, Departement::nom));
        List<Choix> choix = referentiel.rechercherCommunes(saisie, RESULTATS).stream()
                .map(commune -> choix(commune, departements, saisie, adresse, champ))
                .toList();
        modele.addAttribute("recherche", new Recherche(saisie));
        modele.addAttribute("saisie", saisie);
        modele.addAttribute("choix", choix);
        modele.addAttribute("retour", adresse.chemin());
        modele.addAttribute("champ", champ);
        return VUE;
    }

    private static Choix choix(
            Commune commune, Map<String, String> departements, String saisie, AdresseDeRetour adresse, String champ) {
        String libelle = AutocompletionController.suggestion(commune, saisie.replace(" ", ""))
                .libelle();
        String departement = departements.getOrDefault(commune.codeDepartement(), "");
        // de la ponctuation et des données, sans mot à traduire : le texte peut se composer ici
        String texte = libelle + " — " + departement + " (" + commune.codeDepartement() + ")";
        return new Choix(texte, adresse.avec(champ, libelle));
    }
}
