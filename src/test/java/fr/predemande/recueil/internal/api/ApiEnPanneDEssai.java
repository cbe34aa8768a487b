package fr.predemande.recueil.internal.api;

import fr.predemande.habilitation.AccesALApi;
import fr.predemande.habilitation.ClientApiConnecte;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Des points de l'API qui n'existent que dans les tests (trouvés par le balayage des composants, comme ApiDEssai) : l'un
 * tombe en panne avec un message plein de détails techniques, que le problème 500 ne doit pas laisser passer ; l'autre
 * ne trouve pas de connexion à la base (503). Cachés du document OpenAPI, qui ne décrit que les vrais points.
 */
@Hidden
@RestController
class ApiEnPanneDEssai {

    static final String CHEMIN = "/api/v1/essai-recueil/panne";
    static final String CHEMIN_BASE_INDISPONIBLE = "/api/v1/essai-recueil/base-indisponible";
    static final String MESSAGE = "select secret from client_api where identifiant = 'x' — "
            + "fr.predemande.recueil.internal.api.ApiEnPanneDEssai";

    @Bean
    static AccesALApi accesALApiEnPanneDEssai() {
        return AccesALApi.portee(ClientApiConnecte.PORTEE_RECUEIL, "/api/v1/essai-recueil/**");
    }

    @GetMapping(CHEMIN)
    String panne() {
        throw new IllegalStateException(MESSAGE);
    }

    @GetMapping(CHEMIN_BASE_INDISPONIBLE)
    String baseIndisponible() {
        throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection: " + MESSAGE);
    }
}
