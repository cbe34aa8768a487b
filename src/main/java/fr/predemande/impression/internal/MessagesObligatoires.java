package fr.predemande.impression.internal;

import org.springframework.context.MessageSource;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Les textes du gabarit viennent de la {@link MessageSource} de l’application. Une clé absente fait échouer la mise en
 * page : un document officiel ne s’imprime pas avec « ??impression.titre_fr_FR?? » dedans.
 */
final class MessagesObligatoires implements IMessageResolver {

    private final MessageSource messages;

    MessagesObligatoires(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String getName() {
        return "impression";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext contexte, Class<?> origine, String cle, Object[] arguments) {
        return messages.getMessage(cle, arguments, contexte.getLocale());
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext contexte, Class<?> origine, String cle, Object[] arguments) {
        throw new IllegalStateException("Message absent : " + cle);
    }
}
