package fr.predemande.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.predemande.web.Indisponibilites;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.CannotCreateTransactionException;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import software.amazon.awssdk.core.exception.SdkClientException;
import tools.jackson.databind.json.JsonMapper;

/** Ce qui compte pour une indisponibilité (503), et la réponse de l'API. La page elle-même : PagesDErreurTest. */
class ServicesIndisponiblesTest {

    @Test
    void lesPannesDeLaBaseEtDuStockageSontDesIndisponibilites() {
        // Spring Session : le gestionnaire de transactions n'obtient pas de connexion du pool
        assertThat(Indisponibilites.estUneIndisponibilite(new CannotCreateTransactionException(
                        "Could not open JDBC Connection",
                        new SQLTransientConnectionException(
                                "Connection is not available, request timed out after 3000ms"))))
                .isTrue();
        assertThat(Indisponibilites.estUneIndisponibilite(
                        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
                .isTrue();
        // un serveur gelé : le délai de réponse du pilote, traduit par Spring
        assertThat(Indisponibilites.estUneIndisponibilite(new DataAccessResourceFailureException(
                        "I/O",
                        new PSQLException(
                                "An I/O error occurred while sending to the backend.",
                                PSQLState.CONNECTION_FAILURE,
                                new SocketTimeoutException("Read timed out")))))
                .isTrue();
        // statement_timeout : PostgreSQL annule la requête
        assertThat(Indisponibilites.estUneIndisponibilite(new QueryTimeoutException("annulée")))
                .isTrue();
        assertThat(Indisponibilites.estUneIndisponibilite(new RuntimeException(
                        new SQLException("canceling statement due to statement timeout", "57014"))))
                .isTrue();
        // Spring Session : la lecture a échoué (serveur gelé), puis l'annulation sur la connexion rompue
        var annulation = new org.springframework.transaction.TransactionSystemException(
                "JDBC rollback failed", new SQLException("Connection is closed"));
        annulation.initApplicationException(
                new DataAccessResourceFailureException("I/O error", new SocketTimeoutException("Read timed out")));
        assertThat(Indisponibilites.estUneIndisponibilite(annulation)).isTrue();
        // la base redémarre après une panne
        assertThat(Indisponibilites.estUneIndisponibilite(
                        new SQLException("the database system is starting up", "57P03")))
                .isTrue();
        // une servlet qui enveloppe la cause
        assertThat(Indisponibilites.estUneIndisponibilite(
                        new ServletException("Request processing failed", new CannotGetJdbcConnectionException("x"))))
                .isTrue();
        // le stockage S3 ne répond pas
        assertThat(Indisponibilites.estUneIndisponibilite(SdkClientException.create("Unable to execute HTTP request")))
                .isTrue();
    }

    @Test
    void lesAutresErreursRestentDes500() {
        assertThat(Indisponibilites.estUneIndisponibilite(new IllegalStateException("panne simulée")))
                .isFalse();
        assertThat(Indisponibilites.estUneIndisponibilite(
                        new DataIntegrityViolationException("doublon", new SQLException("duplicate key", "23505"))))
                .isFalse();
        assertThat(Indisponibilites.estUneIndisponibilite(new IOException("Broken pipe")))
                .isFalse();
        // une cause qui se cite elle-même ne fait pas tourner en rond
        var boucle = new RuntimeException("a");
        var autre = new RuntimeException("b", boucle);
        boucle.initCause(autre);
        assertThat(Indisponibilites.estUneIndisponibilite(boucle)).isFalse();
    }

    private static ServicesIndisponibles.Filtre filtre(boolean interieur) {
        var messages = new StaticMessageSource();
        messages.addMessage("api.probleme.503.titre", java.util.Locale.FRANCE, "Service momentanément indisponible");
        messages.addMessage("api.probleme.503.detail", java.util.Locale.FRANCE, "réessayez dans {0} secondes");
        ObjectProvider<ThymeleafViewResolver> sansVues = null;
        return new ServicesIndisponibles.Filtre(
                interieur, sansVues, messages, JsonMapper.builder().build());
    }

    @Test
    void lApiRepondUnProblemeRfc9457EtLaSessionNEstPasEnregistree() throws Exception {
        var requete = new MockHttpServletRequest("GET", "/api/v1/dossiers/42");
        // ce que pose Spring Session : sans elle, il n'enregistre rien en fin de requête
        HttpSession session = new MockHttpSession();
        requete.setAttribute("org.springframework.session.SessionRepository.CURRENT_SESSION", session);
        requete.setAttribute("autre", "gardé");
        var reponse = new MockHttpServletResponse();
        // l'extérieur, puis (Spring Session entre les deux) l'intérieur, puis la page qui échoue
        filtre(false)
                .doFilter(
                        requete,
                        reponse,
                        (req, rep) -> filtre(true).doFilter(req, rep, (r, p) -> {
                            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
                        }));
        assertThat(reponse.getStatus()).isEqualTo(503);
        assertThat(reponse.getHeader("Retry-After")).isEqualTo("30");
        assertThat(reponse.getContentType()).startsWith("application/problem+json");
        assertThat(reponse.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(
                        "\"status\":503",
                        "\"title\":\"Service momentanément indisponible\"",
                        "réessayez dans 30 secondes",
                        "\"instance\":\"/api/v1/dossiers/42\"")
                .doesNotContain("JDBC");
        assertThat(requete.getAttribute("org.springframework.session.SessionRepository.CURRENT_SESSION"))
                .isNull();
        assertThat(requete.getAttribute("autre")).isEqualTo("gardé");
    }

    @Test
    void lInterieurOublieLaSessionSansRepondre() {
        var requete = new MockHttpServletRequest("GET", "/demandes");
        requete.setAttribute("org.springframework.session.SessionRepository.CURRENT_SESSION", new MockHttpSession());
        var reponse = new MockHttpServletResponse();
        assertThatThrownBy(() -> filtre(true).doFilter(requete, reponse, (req, rep) -> {
                    throw new QueryTimeoutException("annulée");
                }))
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(requete.getAttribute("org.springframework.session.SessionRepository.CURRENT_SESSION"))
                .isNull();
        assertThat(reponse.getStatus()).isEqualTo(200);
    }

    @Test
    void uneAutreErreurPasseTelleQuelle() {
        var reponse = new MockHttpServletResponse();
        assertThatThrownBy(() -> filtre(false)
                        .doFilter(new MockHttpServletRequest("GET", "/api/v1/x"), reponse, (req, rep) -> {
                            throw new IllegalStateException("panne simulée");
                        }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reponse.getStatus()).isEqualTo(200);
    }

    @Test
    void uneReponseDejaEnvoyeeNeSeRecritPas() {
        var reponse = new MockHttpServletResponse();
        assertThatThrownBy(() -> filtre(false)
                        .doFilter(new MockHttpServletRequest("GET", "/api/v1/x"), reponse, (req, rep) -> {
                            rep.getWriter().write("début");
                            rep.flushBuffer();
                            throw new QueryTimeoutException("annulée");
                        }))
                .isInstanceOf(QueryTimeoutException.class);
    }
}
