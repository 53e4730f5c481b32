package org.fractalgoals.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class ServerSettingsTest {

    private static final long GIGABYTE = 1024 * ServerSettings.MEGABYTE;

    @Test
    void sharedBuffersAreAQuarterOfTheMemoryBetween128MegabytesAndOneGigabyte() {
        assertThat(ServerSettings.forMemory(24 * GIGABYTE)).containsEntry("shared_buffers", "1024MB");
        assertThat(ServerSettings.forMemory(2 * GIGABYTE)).containsEntry("shared_buffers", "512MB");
        assertThat(ServerSettings.forMemory(GIGABYTE / 4)).containsEntry("shared_buffers", "128MB");
    }

    @Test
    void theEmbeddedServerRunsDurableWithTheSettings(@TempDir Path data) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(data, port);
             Connection connection = DriverManager.getConnection(
                     "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            // fsync first of all: the binaries' own start passes -F, which only a later setting overrides.
            assertThat(show(statement, "fsync")).isEqualTo("on");
            assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(show(statement, "shared_buffers"))
                    .isEqualTo(toPostgresUnits(ServerSettings.forThisMachine().get("shared_buffers")));
            assertThat(show(statement, "max_wal_size")).isEqualTo("4GB");
        }
    }

    private static String show(Statement statement, String setting) throws Exception {
        try (ResultSet row = statement.executeQuery("show " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    /** PostgreSQL shows 1024MB as 1GB. */
    private static String toPostgresUnits(String megabytes) {
        long value = Long.parseLong(megabytes.replace("MB", ""));
        return value % 1024 == 0 ? (value / 1024) + "GB" : megabytes;
    }
}
