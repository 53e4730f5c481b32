package org.fractalgoals.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The lines a benchmark prints, kept so that the same table lands in its file under the results directory. */
final class ResultsFile {

    private final List<String> lines = new ArrayList<>();
    private final Path file;

    ResultsFile(Options options, String name) {
        this(options.results(), name);
    }

    ResultsFile(Path directory, String name) {
        this.file = directory.resolve(name + ".txt");
    }

    void line(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        lines.add(line);
    }

    void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
            System.out.println("written to " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
