package org.fractalgoals.command.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Body of {@code POST …/goals/{goalId}/move}. */
@Schema(example = """
        {"parentId": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f"}""")
record MoveRequest(@NotNull UUID parentId) {
}
