package fr.predemande.compte.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** La page de connexion ; le formulaire est traité par Spring Security (voir {@link SecuriteDesUsagers}). */
@Controller
class ConnexionController {

    static final String VUE = "compte/connexion";

    @GetMapping("/connexion")
    String connexion() {
        return VUE;
    }
}
