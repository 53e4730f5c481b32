package org.fractalgoals.command.importing;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import has done so far: rows imported per entity, rows refused with the reason, warnings, and how many
 * source rows it has dealt with. Written by the import's thread, read by whoever persists its progress.
 */
final class ImportSummary {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final List<Refusal> refused = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private int processed;

    synchronized void imported(String entity) {
        counts.merge(entity, 1, Integer::sum);
    }

    synchronized void refused(String entity, String sourceId, String reason) {
        refused.add(new Refusal(entity, sourceId, reason));
    }

    synchronized void warned(String entity, String sourceId, String message) {
        warnings.add(new Warning(entity, sourceId, message));
    }

    /** One more source row dealt with (created, found imported before, or refused). */
    synchronized void processedOne() {
        processed++;
    }

    synchronized int processed() {
        return processed;
    }

    synchronized View view() {
        return new View(new TreeMap<>(counts), List.copyOf(refused), List.copyOf(warnings));
    }

    /** The summary as the API shows it. */
    record View(Map<String, Integer> counts, List<Refusal> refused, List<Warning> warnings) {

        static final View EMPTY = new View(Map.of(), List.of(), List.of());
    }

    @Schema(name = "ImportRefusal", description = "A source row that was not imported, and why")
    record Refusal(String entity, String sourceId, String reason) {
    }

    @Schema(name = "ImportWarning", description = "A source row imported, but not as today's rules would have it")
    record Warning(String entity, String sourceId, String message) {
    }
}
