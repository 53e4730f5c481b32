package org.fractalgoals.query.goal;

import org.flywaydb.core.Flyway;
import org.fractalgoals.testsupport.SharedPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** V2 on a database that V1 filled: the goal tree and its tokens are dropped so that it is rebuilt. */
class GoalTreeMigrationTest {

    @Test
    void v2_empties_the_goal_tree_and_resets_its_processor_to_rebuild_it() throws SQLException {
        String url = SharedPostgres.newDatabase("query_migration");
        SharedPostgres.Server server = SharedPostgres.server();
        UUID fractal = UUID.randomUUID();

        migrate(url, server, "1");
        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("set search_path to query");
            statement.execute("insert into fractal (id, owner_id, created_at, version) values ('" + fractal
                                      + "', 'someone', now(), 1)");
            statement.execute("insert into goal (id, fractal_id, level, name, created_at) values ('" + fractal + "', '"
                                      + fractal + "', 'ULTIMATE', 'Root', now())");
            statement.execute("insert into tokenentry (processorname, segment) values ('goal-tree', 0), ('other', 0)");
        }

        migrate(url, server, "2");

        try (Connection connection = DriverManager.getConnection(url, server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("set search_path to query");
            assertThat(count(statement, "select count(*) from fractal")).isZero();
            assertThat(count(statement, "select count(*) from goal")).isZero();
            assertThat(count(statement, "select count(*) from tokenentry where processorname = 'goal-tree'")).isZero();
            assertThat(count(statement, "select count(*) from tokenentry where processorname = 'other'")).isOne();
            assertThat(count(statement, "select count(*) from information_schema.columns where table_schema = 'query' "
                    + "and ((table_name = 'goal' and column_name in ('version', 'completion_source')) "
                    + "or (table_name = 'fractal' and column_name = 'updated_at'))")).isEqualTo(3);
            assertThat(count(statement, "select count(*) from pg_indexes where schemaname = 'query' "
                    + "and indexname = 'goal_target_fractal_idx'")).isOne();
        }
    }

    private static void migrate(String url, SharedPostgres.Server server, String target) {
        Flyway.configure()
              .dataSource(url, server.user(), server.password())
              .schemas("query")
              .defaultSchema("query")
              .locations("classpath:db/query")
              .target(target)
              .load()
              .migrate();
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
