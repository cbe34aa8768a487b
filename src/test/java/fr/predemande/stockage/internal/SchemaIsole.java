package fr.predemande.stockage.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Une table document_stocke à part, dans un schéma jetable de la base des tests, créée par les vraies migrations du
 * module : la rotation parcourt toute la table, elle ne doit voir que les documents du test (pas ceux des autres
 * tests, chiffrés par d'autres clés). Une connexion à elle, hors du pool de l'application, dont le search_path ne
 * doit pas fuir vers les autres tests.
 */
final class SchemaIsole implements AutoCloseable {

    private final Connection connexion;
    private final String schema;
    final JdbcClient jdbc;

    private SchemaIsole(Connection connexion, String schema) {
        this.connexion = connexion;
        this.schema = schema;
        this.jdbc = JdbcClient.create(new SingleConnectionDataSource(connexion, true));
    }

    static SchemaIsole creer(Environment environnement) throws SQLException {
        Connection connexion = DriverManager.getConnection(
                environnement.getRequiredProperty("spring.datasource.url"),
                environnement.getProperty("spring.datasource.username"),
                environnement.getProperty("spring.datasource.password"));
        String schema = "stockage_" + UUID.randomUUID().toString().replace("-", "");
        try (var instruction = connexion.createStatement()) {
            instruction.execute("create schema " + schema);
            instruction.execute("set search_path to " + schema);
        }
        ScriptUtils.executeSqlScript(connexion, new ClassPathResource("db/migration/V7__stockage.sql"));
        ScriptUtils.executeSqlScript(
                connexion, new ClassPathResource("db/migration/V22__chiffrement_des_documents.sql"));
        return new SchemaIsole(connexion, schema);
    }

    @Override
    public void close() throws SQLException {
        try (connexion;
                var instruction = connexion.createStatement()) {
            instruction.execute("drop schema " + schema + " cascade");
        }
    }
}
