package org.fractalgoals.query.wiring;

import com.zaxxer.hikari.HikariDataSource;
import org.fractalgoals.query.QueryServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the query-service writes is derived from the event store and commits with its processor's token, so
 * its commits need not wait for the write-ahead log (a crash only makes the processors do the last batches again).
 * The test server's own default is already asynchronous, so the pool's setup is run on a connection that was made
 * synchronous first, as a production server's would be.
 */
class AsynchronousCommitsTest extends QueryServiceTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void every_connection_commits_asynchronously_on_its_own_schema() throws SQLException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        try (Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                                                                 pool.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("set synchronous_commit to on");
            statement.execute(pool.getConnectionInitSql());
            assertThat(show(statement, "synchronous_commit")).isEqualTo("off");
            assertThat(show(statement, "search_path")).isEqualTo("query, eventstore");
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }
}
