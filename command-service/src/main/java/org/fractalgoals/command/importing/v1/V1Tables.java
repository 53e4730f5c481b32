package org.fractalgoals.command.importing.v1;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of an open v1.2 file as rows of column values. A table the file does not have reads as empty:
 * files of older versions lack some.
 */
final class V1Tables {

    private final Connection connection;
    private final Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    V1Tables(Connection connection) throws SQLException {
        this.connection = connection;
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("select name from sqlite_master where type = 'table'")) {
            while (tables.next()) {
                names.add(tables.getString(1));
            }
        }
    }

    /** Every row of {@code table} in the file's own order (rowid order for the tables of v1.2). */
    List<V1Row> rows(String table) throws SQLException {
        if (!names.contains(table)) {
            return List.of();
        }
        List<V1Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, Object> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    values.put(meta.getColumnLabel(column), result.getObject(column));
                }
                rows.add(new V1Row(table, values));
            }
        }
        return rows;
    }
}
