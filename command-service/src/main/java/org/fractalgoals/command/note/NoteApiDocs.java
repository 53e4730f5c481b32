package org.fractalgoals.command.note;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/**
 * Documentation only: the shape of the note bodies that are read as a JSON tree (so that a wrong type gets a
 * clear problem), for the OpenAPI document. {@link NoteCommandController} does the reading.
 */
final class NoteApiDocs {

    private NoteApiDocs() {
    }

    @Schema(name = "NewNoteBody", description = "A note on a session, an activity instance or a goal",
            example = """
                    {"context": "session", "contextId": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b",
                     "text": "Felt relaxed today"}""")
    record NewNote(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"session", "instance", "goal"})
                   String context,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID contextId,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String text) {
    }

    @Schema(name = "NotePatch", example = """
            {"text": "Felt relaxed; tempo 126 next time"}""")
    record Patch(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1) String text) {
    }
}
