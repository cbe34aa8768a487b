package fr.predemande.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Les réglages du module web ({@code predemande.*}), publics parce que le compte enregistre la version des CGU que
 * l'usager accepte.
 *
 * <p>L'adresse publique ({@code predemande.url-publique}) n'en fait pas partie : {@link UrlPublique} la lit à chaque
 * usage, car par défaut elle dépend du port réellement ouvert, connu une fois le serveur démarré, alors qu'un record de
 * réglages est lié avant.
 *
 * @param cgu les conditions générales d'utilisation
 */
@ConfigurationProperties("predemande")
@Validated
public record ReglagesDuWeb(@DefaultValue @Valid Cgu cgu) {

    /**
     * @param version la version du texte des CGU montré sur /cgu (messages {@code cgu.*}) ; elle change avec le texte
     */
    public record Cgu(@DefaultValue("2026-11") @NotBlank String version) {}
}
