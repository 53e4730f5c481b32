package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Database;

import java.nio.file.Path;

/**
 * Reads a v1.2 SQLite file into a {@link V1Database} (the bean is {@code importing.v1}'s reader, see
 * {@link ImportConfiguration}). Called only for files {@link V1Files} accepted; whatever it throws means the file
 * cannot be imported, and nothing is.
 */
@FunctionalInterface
public interface V1FileReader {

    V1Database read(Path file) throws Exception;
}
