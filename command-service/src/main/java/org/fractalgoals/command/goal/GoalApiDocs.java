package org.fractalgoals.command.goal;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * Documentation only: the shape of the goal bodies that are read as a JSON tree (so that a field left out and a
 * field sent as null differ), for the OpenAPI document. {@link GoalPatch} does the reading.
 */
final class GoalApiDocs {

    private GoalApiDocs() {
    }

    @Schema(name = "GoalPatch", description = "Only the fields sent change; null clears a field (not the name)",
            example = """
                    {"name": "Play the Nocturne by heart", "deadline": "2026-06-30", "relevance": null}""")
    record Patch(@Schema(minLength = 1) String name,
                 @Schema(nullable = true) String description,
                 @Schema(nullable = true) LocalDate deadline,
                 @Schema(nullable = true) String relevance) {
    }
}
