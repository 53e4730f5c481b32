package org.fractalgoals.query.history;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of a goal's history, oldest first; {@code nextCursor} is null on the last page. */
@Schema(example = """
        {"items": [{"sequence": 3, "type": "GoalCreated", "occurredAt": "2026-01-20T08:30:00Z",
        "actor": "f3a1c2d4-5b6e-4f70-8a91-b2c3d4e5f607", "change": {"name": "Clean major scales",
        "level": "SHORT_TERM", "parentId": "2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091", "description": null,
        "deadline": null, "relevance": null}}, {"sequence": 5, "type": "GoalDeadlineChanged",
        "occurredAt": "2026-01-21T19:00:00Z", "actor": "f3a1c2d4-5b6e-4f70-8a91-b2c3d4e5f607",
        "change": {"deadline": {"before": null, "after": "2026-04-30"}}}], "nextCursor": null}""")
public record GoalHistoryPage(List<GoalHistoryEntry> items, String nextCursor) {
}
