package fr.predemande.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Les SMS gardés en développement ; page absente en production ou quand un SMSC est configuré. */
@Controller
@Profile("!prod")
@ConditionalOnProperty(name = "predemande.sms.smpp.hote", havingValue = "false", matchIfMissing = true)
class SmsDeDeveloppementController {

    static final String VUE = "dev/sms";

    private final SmsDeDeveloppement sms;
    private final ObjectProvider<CourrielsDeDeveloppement> courriels;

    SmsDeDeveloppementController(SmsDeDeveloppement sms, ObjectProvider<CourrielsDeDeveloppement> courriels) {
        this.sms = sms;
        this.courriels = courriels;
    }

    @GetMapping("/dev/sms")
    String liste(Model modele) {
        modele.addAttribute("sms", sms.derniers());
        modele.addAttribute("courrielsDeDeveloppement", courriels.getIfAvailable() != null);
        return VUE;
    }
}
