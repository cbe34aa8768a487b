package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.compte.UsageDuLien;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** L'échéance d'un lien s'écrit à l'heure de l'horloge de l'application (Paris), pas à celle de la machine. */
class RedactionDesCourrielsTest {

    @Test
    void lEcheanceDUnLienEstEcriteALHeureDeParisMemeLaNuitDuChangementDeDate() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var paris = Clock.fixed(Instant.parse("2026-06-30T20:30:00Z"), ZoneId.of("Europe/Paris"));
        var redaction = new RedactionDesCourriels(messages, new SpringTemplateEngine(), paris);

        // 22 h 30 en UTC le 30 juin : déjà le 1er juillet à Paris (heure d'été, UTC+2)
        var courriel = redaction.lien(new LienDeCompteEmis(
                UsageDuLien.REINITIALISATION,
                "camille@exemple.fr",
                "camille",
                "Camille",
                "https://predemande.example.fr/compte/mot-de-passe-oublie/nouveau?jeton=xyz",
                Instant.parse("2026-06-30T22:30:00Z")));

        assertThat(courriel.texte()).contains("valable jusqu’au 1 juillet 2026 à 00h30");
    }
}
