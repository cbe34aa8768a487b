package fr.predemande.habilitation.internal;

import fr.predemande.habilitation.AccesALApi;
import fr.predemande.habilitation.ClientApiConnecte;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Un point de l'API qui n'existe que dans les tests (trouvé par le balayage des composants, comme PanneDeTest) : il
 * montre qu'un client de la bonne portée passe la chaîne de l'API et que son handler le reçoit en paramètre typé,
 * avant que le module recueil n'écrive les vrais points de l'API.
 */
@RestController
class ApiDEssai {

    static final String CHEMIN = "/api/v1/essai-habilitation/client";

    @Bean
    static AccesALApi accesALApiDEssai() {
        return AccesALApi.portee(ClientApiConnecte.PORTEE_RECUEIL, "/api/v1/essai-habilitation/**");
    }

    @GetMapping(CHEMIN)
    Map<String, Object> client(ClientApiConnecte client) {
        return Map.of("identifiant", client.identifiant(), "portees", client.portees());
    }
}
