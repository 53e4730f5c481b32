package org.fractalgoals.command.goal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fractalgoals.events.goal.GoalLevel;

import java.time.LocalDate;

/** Body of {@code POST /api/v1/fractals}: the root goal of the new fractal. */
@Schema(example = """
        {"name": "Play the piano", "description": "For the joy of it", "level": "ULTIMATE", "deadline": null,
         "relevance": "Music keeps me calm"}""")
record FractalRequest(@NotBlank @Size(max = GoalText.NAME_MAX) String name,
                      @Size(max = GoalText.DESCRIPTION_MAX) String description,
                      GoalLevel level,
                      LocalDate deadline,
                      @Size(max = GoalText.RELEVANCE_MAX) String relevance) {
}
