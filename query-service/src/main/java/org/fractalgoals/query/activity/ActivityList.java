package org.fractalgoals.query.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of a fractal's activities by name, case-insensitively; {@code nextCursor} is null on the last page. */
@Schema(example = """
        {"items": [{"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "C major scale", "description": "Two octaves",
                    "groupId": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "hasSets": true, "hasSplits": false,
                    "hasMetrics": true, "multiplicative": false,
                    "metrics": [{"id": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a", "name": "Tempo", "unit": "bpm",
                                 "topSet": true, "multiplicative": true}],
                    "splits": [], "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z",
                    "instanceCount": 12, "lastUsedAt": "2026-03-01T09:42:00Z", "version": 2}],
         "nextCursor": null}""")
record ActivityList(List<ActivityView> items, String nextCursor) {
}
