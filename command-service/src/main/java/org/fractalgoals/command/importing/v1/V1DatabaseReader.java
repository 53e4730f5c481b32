package org.fractalgoals.command.importing.v1;

import org.sqlite.SQLiteConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a SQLite file of the original app (v1.2, or older files migrated to it) into a {@link V1Database},
 * without changing it. Columns are read by name; a row that cannot be read is listed in
 * {@link V1Database#unreadable()} and left out. Goals come parents first, everything else in creation order.
 */
public final class V1DatabaseReader {

    private V1DatabaseReader() {
    }

    /** @throws V1FileUnreadableException when the file is missing or is not a SQLite database */
    public static V1Database read(Path sqliteFile) {
        if (!Files.isRegularFile(sqliteFile)) {
            throw new V1FileUnreadableException("no such file", null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + sqliteFile.toAbsolutePath())) {
            return read(new V1Tables(connection));
        } catch (SQLException e) {
            throw new V1FileUnreadableException("not a readable SQLite database", e);
        }
    }

    private static V1Database read(V1Tables tables) throws SQLException {
        V1RowReads reads = new V1RowReads();
        var goals = V1GoalsReader.read(tables.rows("goals"), reads);
        var groups = V1CatalogueReader.groups(tables.rows("activity_groups"), reads);
        var activities = V1CatalogueReader.activities(tables.rows("activity_definitions"),
                                                      tables.rows("metric_definitions"),
                                                      tables.rows("split_definitions"), reads);
        var templates = V1CatalogueReader.templates(tables.rows("session_templates"), reads);
        var programs = new V1ProgramsReader(tables.rows("program_blocks"), tables.rows("program_days"),
                                            tables.rows("program_day_templates"))
                .read(tables.rows("programs"), reads);
        var instanceRows = tables.rows("activity_instances");
        var sessions = V1SessionsReader.sessions(tables.rows("sessions"), tables.rows("session_goals"),
                                                 instanceRows, reads);
        var instances = V1SessionsReader.instances(instanceRows, tables.rows("metric_values"), reads);
        return new V1Database(goals, groups, activities, templates, programs, sessions, instances,
                              reads.unreadable());
    }
}
