package fr.predemande.habilitation;

import java.util.List;
import java.util.Objects;

/**
 * Des chemins de l'API ({@code /api/**}) qu'un module ouvre aux clients qui ont une portée. Chaque module déclare les
 * siens en bean ; la chaîne de sécurité de l'API les réunit. Un chemin de {@code /api/**} que personne ne déclare est
 * fermé (403 pour un client authentifié, 401 sinon) : une route ajoutée sans déclaration n'est jamais ouverte par
 * mégarde.
 *
 * @param portee la portée exigée, par exemple {@link ClientApiConnecte#PORTEE_RECUEIL}
 * @param motifs des motifs de chemin ({@code /api/v1/pre-demandes/**})
 */
public record AccesALApi(String portee, List<String> motifs) {

    public AccesALApi {
        Objects.requireNonNull(portee, "portee");
        motifs = List.copyOf(motifs);
    }

    public static AccesALApi portee(String portee, String... motifs) {
        return new AccesALApi(portee, List.of(motifs));
    }
}
