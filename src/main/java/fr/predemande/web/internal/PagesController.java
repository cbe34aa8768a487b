package fr.predemande.web.internal;

import fr.predemande.web.ReglagesDuWeb;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Les pages d'information publiques. */
@Controller
class PagesController {

    private final String versionDesCgu;

    PagesController(ReglagesDuWeb reglages) {
        this.versionDesCgu = reglages.cgu().version();
    }

    @GetMapping("/")
    String accueil() {
        return "accueil";
    }

    @GetMapping("/cgu")
    String cgu(Model modele) {
        modele.addAttribute("version", versionDesCgu);
        return "cgu";
    }

    @GetMapping("/accessibilite")
    String accessibilite() {
        return "accessibilite";
    }

    @GetMapping("/donnees-personnelles")
    String donneesPersonnelles() {
        return "donnees-personnelles";
    }
}
