package fr.predemande.notification.internal;

import fr.predemande.compte.LienDeCompteEmis;
import fr.predemande.notification.Courriel;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Écrit les courriels en français, à partir des messages et d'un gabarit HTML sobre. */
@Component
class RedactionDesCourriels {

    static final Locale FRANCAIS = Locale.FRANCE;
    private static final DateTimeFormatter DATE_HEURE =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", FRANCAIS);

    private final MessageSource messages;
    private final TemplateEngine gabarits;
    private final Clock horloge;

    RedactionDesCourriels(MessageSource messages, TemplateEngine gabarits, Clock horloge) {
        this.messages = messages;
        this.gabarits = gabarits;
        this.horloge = horloge;
    }

    Courriel lien(LienDeCompteEmis lien) {
        String prefixe =
                "courriel." + lien.usage().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String expiration = DATE_HEURE.format(lien.expireLe().atZone(horloge.getZone()));
        Object[] arguments = {lien.prenoms(), lien.identifiant(), lien.lien(), expiration};
        String sujet = messages.getMessage(prefixe + ".sujet", null, FRANCAIS);
        String texte = messages.getMessage(prefixe + ".texte", arguments, FRANCAIS);
        var contexte = new Context(FRANCAIS);
        contexte.setVariable("prefixe", prefixe);
        contexte.setVariable("arguments", arguments);
        contexte.setVariable("lien", lien.lien());
        return new Courriel(
                Origines.de(lien), lien.courriel(), sujet, texte, gabarits.process("courriels/lien", contexte));
    }
}
