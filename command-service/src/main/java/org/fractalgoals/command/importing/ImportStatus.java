package org.fractalgoals.command.importing;

import java.util.UUID;

/**
 * An import as the API shows it. {@code failure} says why it failed (null otherwise). COMPLETED only once the read
 * models hold the imported data.
 */
public record ImportStatus(UUID id, State status, int processed, int total, ImportSummary.View summary,
                           String failure) {

    public enum State {
        RUNNING, COMPLETED, FAILED
    }
}
