package org.fractalgoals.query.export;

import java.time.Instant;

/**
 * One object of a fractal as exported: its aggregate's id and type, the business times of its first and last events,
 * its version (the sequence number of its last event), whether it was deleted, and its current state (null for a kind
 * the export does not fold).
 */
record ExportedObject(String id, String type, Instant createdAt, Instant updatedAt, long version, boolean deleted,
                      Object state) {
}
