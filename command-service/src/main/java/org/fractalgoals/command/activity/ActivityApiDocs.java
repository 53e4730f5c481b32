package org.fractalgoals.command.activity;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * Documentation only: the shape of the activity and group bodies that are read as a JSON tree (so that a field
 * left out and a field sent as null differ), for the OpenAPI document. {@link ActivityPatch} and
 * {@link ActivityGroupPatch} do the reading.
 */
final class ActivityApiDocs {

    private ActivityApiDocs() {
    }

    @Schema(name = "ActivityBody",
            description = "On POST the activity; on PATCH only the fields sent change, null clears a field (not the "
                    + "name). Metrics and splits replace the list; an item without id is new",
            example = """
                    {"name": "C major scale", "description": "Two octaves", "groupId": null, "hasSets": true,
                     "hasSplits": false, "hasMetrics": true, "multiplicative": false,
                     "metrics": [{"name": "Tempo", "unit": "bpm", "topSet": true, "multiplicative": true}],
                     "splits": []}""")
    record Activity(@Schema(minLength = 1) String name,
                    @Schema(nullable = true) String description,
                    @Schema(nullable = true) UUID groupId,
                    Boolean hasSets,
                    Boolean hasSplits,
                    Boolean hasMetrics,
                    Boolean multiplicative,
                    List<Metric> metrics,
                    List<Split> splits) {
    }

    @Schema(name = "ActivityMetricBody")
    record Metric(@Schema(description = "Kept on a change; left out for a new metric") UUID id,
                  String name,
                  String unit,
                  @Schema(defaultValue = "false") Boolean topSet,
                  @Schema(defaultValue = "true") Boolean multiplicative) {
    }

    @Schema(name = "ActivitySplitBody")
    record Split(@Schema(description = "Kept on a change; left out for a new split") UUID id, String name) {
    }

    @Schema(name = "ActivityGroupBody",
            description = "On POST the group; on PATCH only the fields sent change, null clears the description",
            example = """
                    {"name": "Technique", "description": "Scales and studies"}""")
    record Group(@Schema(minLength = 1) String name, @Schema(nullable = true) String description) {
    }
}
