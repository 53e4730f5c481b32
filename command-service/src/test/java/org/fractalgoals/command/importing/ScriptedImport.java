package org.fractalgoals.command.importing;

import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1DatabaseReader;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;

import java.util.List;
import java.util.function.BiConsumer;

/**
 * For tests of the import machinery, independent of what a v1.2 file holds: the file is read as an empty
 * {@link V1Database} (it is still checked to be a v1.2 database first) unless a test asks for the real reader, and
 * one extra {@link ImportStep}, the last, sends whatever the test scripts through the real {@link ImportContext}.
 */
@TestConfiguration(proxyBeanMethods = false)
class ScriptedImport {

    /** What the scripted step does in the next imports, and how many rows it says it has. */
    static volatile BiConsumer<V1Database, ImportContext> script = (source, context) -> { };
    static volatile int rows;
    /** True: files are read by the real reader, so that the real steps import what the file holds. */
    static volatile boolean readForReal;

    static void script(int rowCount, BiConsumer<V1Database, ImportContext> steps) {
        rows = rowCount;
        script = steps;
    }

    @Bean
    @Primary
    V1FileReader emptyUnlessReadForReal() {
        return file -> readForReal
                ? V1DatabaseReader.read(file)
                : new V1Database(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Bean
    @Order(Integer.MAX_VALUE)
    ImportStep scriptedStep() {
        return new ImportStep() {
            @Override
            public void run(V1Database source, ImportContext context) {
                script.accept(source, context);
            }

            @Override
            public int rows(V1Database source) {
                return rows;
            }
        };
    }
}
