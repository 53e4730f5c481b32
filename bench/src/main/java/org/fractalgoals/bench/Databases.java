package org.fractalgoals.bench;

import org.fractalgoals.testsupport.SharedPostgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain SQL on a benchmark's own database. */
final class Databases {

    private Databases() {
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, SharedPostgres.server().user(), SharedPostgres.server().password());
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * What autovacuum does in a database that has been running for a while: seeding has just written many rows at
     * once, and without this the first queries measured share the cores with it and plan on stale statistics.
     */
    static void vacuum(String url) throws SQLException {
        long started = System.nanoTime();
        execute(url, "vacuum (analyze)");
        System.out.printf("vacuum (analyze) of the database in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The database's name, the last part of its JDBC URL. */
    static String name(String url) {
        String path = url.substring(url.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
