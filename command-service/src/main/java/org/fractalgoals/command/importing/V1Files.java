package org.fractalgoals.command.importing;

import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.springframework.web.multipart.MultipartFile;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An uploaded file on its way into an import: copied to a temporary file as it streams in (never held in memory),
 * and checked to be a SQLite database with the tables of the original app before anything is imported.
 */
final class V1Files {

    static final String PART = "file";
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** Tables every v1.2 file has, whatever older version it went through. */
    private static final List<String> V1_TABLES = List.of("goals", "sessions", "activity_definitions",
                                                          "activity_instances");

    private V1Files() {
    }

    /** The upload in a temporary file of its own; the caller deletes it. */
    static Path store(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw notImportable("Send the v1.2 SQLite file in the multipart part 'file'");
        }
        try {
            Path file = Files.createTempFile("fractal-import-", ".sqlite");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        }
    }

    /** Refuses a file that is not a SQLite database, or one without the tables of the original app. */
    static void check(Path file) {
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, header.length) < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw notImportable("The file is not a SQLite database");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> tables = new HashSet<>();
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly.toProperties());
             ResultSet rows = connection.createStatement()
                                        .executeQuery("select name from sqlite_master where type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            throw notImportable("The file is not a readable SQLite database");
        }
        List<String> missing = V1_TABLES.stream().filter(table -> !tables.contains(table)).toList();
        if (!missing.isEmpty()) {
            throw notImportable("The file is not a database of Fractal Goals v1.2 (no table " + String.join(", ", missing)
                                        + ")");
        }
    }

    static RuleViolationException notImportable(String message) {
        return new RuleViolationException(List.of(new FieldError(PART, message)));
    }
}
