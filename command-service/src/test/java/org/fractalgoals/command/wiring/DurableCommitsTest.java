package org.fractalgoals.command.wiring;

import org.fractalgoals.command.CommandServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are the only source of truth, so the command-service's commits wait for the write-ahead log whatever the
 * server's default: the test server runs with asynchronous commits, and the service's connections still do not.
 */
class DurableCommitsTest extends CommandServiceTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_connection_commits_synchronously() {
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show search_path", String.class)).isEqualTo("command, eventstore");
    }
}
