package fr.predemande.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Les pannes qui ne sont pas des erreurs du service : la base de données ou le magasin de documents ne répond pas
 * (gelé, arrêté, injoignable, délai dépassé). Le web en fait la page « Service momentanément indisponible » (503 avec
 * {@code Retry-After}), ou le problème 503 de l'API ; un module qui attrape toutes les erreurs (le conseil d'erreurs de
 * l'API) laisse passer celles-ci pour que la réponse soit la même partout.
 */
public final class Indisponibilites {

    /**
     * SQLSTATE des pannes de la base : 08 (connexion perdue ou refusée), 57014 (requête annulée : délai dépassé), 57P01
     * à 57P03 (serveur qui s'arrête, qui a planté, qui redémarre), 53300 (plus de connexion disponible).
     */
    private static final Set<String> ETATS_SQL_DE_PANNE = Set.of("57014", "57P01", "57P02", "57P03", "53300");

    /** Le SDK S3, par son nom : le module web ne dépend pas du stockage. Ses échecs côté client sont réseau ou délai. */
    private static final String ECHEC_DU_CLIENT_S3 = "software.amazon.awssdk.core.exception.SdkClientException";

    private Indisponibilites() {}

    /** Vrai si l'erreur, ou l'une de ses causes, dit qu'une base ou un service dont dépend la page ne répond pas. */
    public static boolean estUneIndisponibilite(Throwable erreur) {
        Set<Throwable> vues = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = erreur; cause != null && vues.add(cause); cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLTimeoutException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof ConnectException
                    || cause instanceof HttpTimeoutException
                    || estUnEchecDuClientS3(cause.getClass())) {
                return true;
            }
            // l'annulation de la transaction a échoué à son tour (connexion déjà rompue) : la cause première est là
            if (cause instanceof TransactionSystemException annulation
                    && annulation.getApplicationException() != null
                    && estUneIndisponibilite(annulation.getApplicationException())) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || ETATS_SQL_DE_PANNE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean estUnEchecDuClientS3(Class<?> type) {
        for (Class<?> classe = type; classe != null; classe = classe.getSuperclass()) {
            if (classe.getName().equals(ECHEC_DU_CLIENT_S3)) {
                return true;
            }
        }
        return false;
    }
}
