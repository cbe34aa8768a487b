package fr.predemande.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Les requêtes SQL qu'une action exécute sur le fil courant : la source de données de l'application est enveloppée
 * (à importer dans le contexte du test : {@code @Import(RequetesSql.class)}), et chaque exécution d'instruction faite
 * par le fil qui mesure est notée avec son texte. Les autres fils (outbox, tâches planifiées, autres requêtes) ne
 * comptent pas.
 */
public class RequetesSql implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> NOTEES = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    /** Une action qui peut lever n'importe quelle exception (un appel MockMvc). */
    @FunctionalInterface
    public interface Action {
        void executer() throws Exception;
    }

    /** Les requêtes exécutées par ce fil pendant l'action, dans l'ordre ({@code COMMIT} et {@code ROLLBACK} compris). */
    public static List<String> pendant(Action action) throws Exception {
        List<String> notees = new ArrayList<>();
        NOTEES.set(notees);
        try {
            action.executer();
        } finally {
            NOTEES.remove();
        }
        return notees;
    }

    /** Les requêtes seules : ni {@code COMMIT} ni {@code ROLLBACK}. */
    public static long instructions(List<String> notees) {
        return notees.stream()
                .filter(r -> !r.equals("COMMIT") && !r.equals("ROLLBACK"))
                .count();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String nom) {
        if (bean instanceof DataSource source && !Proxy.isProxyClass(bean.getClass())) {
            return envelopper(source, DataSource.class, null);
        }
        return bean;
    }

    private static Object envelopper(Object cible, Class<?> type, String sql) {
        InvocationHandler traitant = (proxy, methode, arguments) -> {
            Object resultat = appeler(cible, methode, arguments);
            String nom = methode.getName();
            if (resultat instanceof Connection connexion && type == DataSource.class) {
                return envelopper(connexion, Connection.class, null);
            }
            if (type == Connection.class) {
                if (resultat instanceof CallableStatement instruction) {
                    return envelopper(instruction, CallableStatement.class, (String) arguments[0]);
                }
                if (resultat instanceof PreparedStatement instruction) {
                    return envelopper(instruction, PreparedStatement.class, (String) arguments[0]);
                }
                if (resultat instanceof Statement instruction) {
                    return envelopper(instruction, Statement.class, null);
                }
                if (nom.equals("commit") || nom.equals("rollback")) {
                    noter(nom.toUpperCase(java.util.Locale.ROOT));
                }
            } else if (EXECUTIONS.contains(nom)) {
                noter(arguments != null && arguments.length > 0 && arguments[0] instanceof String texte ? texte : sql);
            }
            return resultat;
        };
        return Proxy.newProxyInstance(RequetesSql.class.getClassLoader(), new Class<?>[] {type}, traitant);
    }

    private static Object appeler(Object cible, Method methode, Object[] arguments) throws Throwable {
        try {
            return methode.invoke(cible, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void noter(String sql) {
        List<String> notees = NOTEES.get();
        if (notees != null) {
            notees.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").trim());
        }
    }
}
