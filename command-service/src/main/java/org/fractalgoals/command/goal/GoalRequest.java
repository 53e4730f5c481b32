package org.fractalgoals.command.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.LocalDate;
import java.util.UUID;

/** Body of {@code POST /api/v1/fractals/{fractalId}/goals}; a missing level means the parent's next. */
@Schema(example = """
        {"parentId": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f", "name": "Play the Nocturne", "level": "LONG_TERM",
         "deadline": "2026-12-31"}""")
record GoalRequest(@NotNull UUID parentId,
                   @NotBlank @Size(max = GoalText.NAME_MAX) String name,
                   @Size(max = GoalText.DESCRIPTION_MAX) String description,
                   GoalLevel level,
                   LocalDate deadline,
                   @Size(max = GoalText.RELEVANCE_MAX) String relevance) {
}
