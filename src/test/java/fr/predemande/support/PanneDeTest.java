package fr.predemande.support;

import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
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

    /** Ce que lève le pool quand la base ne répond pas : aucune connexion dans le délai. */
    @GetMapping("/dev/panne-de-test/base-indisponible")
    String baseIndisponible() {
        throw new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms"));
    }
}
