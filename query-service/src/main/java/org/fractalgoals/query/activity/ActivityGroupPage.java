package org.fractalgoals.query.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of a fractal's activity groups in their order; {@code nextCursor} is null on the last page. */
@Schema(example = """
        {"items": [{"id": "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "name": "Technique",
                    "description": "Scales and studies", "position": 0}],
         "nextCursor": null}""")
record ActivityGroupPage(List<ActivityGroupView> items, String nextCursor) {
}
