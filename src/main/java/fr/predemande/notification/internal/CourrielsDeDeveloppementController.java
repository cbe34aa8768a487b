package fr.predemande.notification.internal;

import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** La boîte aux lettres de développement ; absente en production (le composant qui garde les courriels l'est aussi). */
@Controller
@Profile("!prod")
@ConditionalOnProperty(name = "spring.mail.host", havingValue = "false", matchIfMissing = true)
class CourrielsDeDeveloppementController {

    private final CourrielsDeDeveloppement courriels;
    private final ObjectProvider<SmsDeDeveloppement> sms;

    CourrielsDeDeveloppementController(CourrielsDeDeveloppement courriels, ObjectProvider<SmsDeDeveloppement> sms) {
        this.courriels = courriels;
        this.sms = sms;
    }

    @GetMapping("/dev/courriels")
    String liste(Model modele) {
        modele.addAttribute("courriels", courriels.derniers());
        modele.addAttribute("smsDeDeveloppement", sms.getIfAvailable() != null);
        return "dev/courriels";
    }

    @GetMapping("/dev/courriels/{id}")
    String courriel(@PathVariable UUID id, Model modele) {
        modele.addAttribute("courriel", courriels.parId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "dev/courriel";
    }
}
