package fr.predemande.support;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Une page qui plante, pour vérifier qu'aucune trace technique n'atteint l'usager. Classe de test, trouvée par le
 * balayage des composants : elle n'existe que dans les tests.
 */
@RestController
class PanneDeTest {

    @GetMapping("/dev/panne-de-test")
    String panne() {
        throw new IllegalStateException("panne simulée : org.postgresql.util.PSQLException secrète");
    }
}
