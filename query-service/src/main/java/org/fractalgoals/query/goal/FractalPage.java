package org.fractalgoals.query.goal;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of the list answer; {@code nextCursor} is null on the last page. */
@Schema(example = """
        {"items": [{"id": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f", "name": "Play the piano", "description": null,
                    "level": "ULTIMATE", "deadline": null, "createdAt": "2026-01-05T10:00:00Z",
                    "updatedAt": "2026-03-01T09:42:00Z", "goalCount": 14, "completedGoalCount": 3}],
         "nextCursor": "MjAyNi0wMS0wNVQxMDowMDowMFp8NmYxYzNmNGU"}""")
public record FractalPage(List<FractalSummary> items, String nextCursor) {
}
