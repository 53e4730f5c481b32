package org.fractalgoals.command.session;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Documentation only: the shape of the session and activity-instance bodies that are read as a JSON tree (so that
 * a field left out and a field sent as null differ, and a wrong type gets a clear problem), for the OpenAPI
 * document. {@link NewSessionRequest}, {@link SessionPatch} and {@link InstanceBodies} do the reading.
 */
final class SessionApiDocs {

    private SessionApiDocs() {
    }

    @Schema(name = "NewSessionBody",
            description = "Every field may be left out: a template gives the sections, a program day links the "
                    + "session to it, startedAt defaults to now",
            example = """
                    {"templateId": "0b6c1d2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e", "name": "Morning practice",
                     "goalIds": ["6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f"],
                     "newImmediateGoals": [{"parentId": "6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f", "name": "Bars 1-8"}]}""")
    record NewSession(UUID templateId, UUID programDayId, String name, String description,
                      @Schema(nullable = true) Instant startedAt, List<UUID> goalIds,
                      @ArraySchema(maxItems = NewSessionRequest.NEW_GOALS_MAX) List<NewGoal> newImmediateGoals) {
    }

    @Schema(name = "NewImmediateGoalBody", description = "An immediate goal to create under parentId and link")
    record NewGoal(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID parentId,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name) {
    }

    @Schema(name = "SessionPatch",
            description = "Only the fields sent change; null clears a field. Starting a session is a PATCH of "
                    + "startedAt",
            example = """
                    {"startedAt": "2026-03-01T09:30:00Z", "goalIds": ["6f1c3f4e-7d8a-4b5c-9e2f-0a1b2c3d4e5f"]}""")
    record Patch(@Schema(nullable = true) String name, @Schema(nullable = true) String description,
                 @Schema(nullable = true) Instant startedAt, List<UUID> goalIds) {
    }

    @Schema(name = "AddInstanceBody", description = "Adds the activity to a section, at the end unless a position is given",
            example = """
                    {"activityId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "section": 0, "position": 2}""")
    record Add(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID activityId, Integer section,
               Integer position) {
    }

    @Schema(name = "MoveInstanceBody", example = """
            {"section": 1, "position": 0}""")
    record Move(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer section,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer position) {
    }

    @Schema(name = "InstanceTimesBody", description = "Sets the times by hand; null clears one",
            example = """
                    {"startedAt": "2026-03-01T09:30:00Z", "stoppedAt": "2026-03-01T09:42:00Z"}""")
    record Times(@Schema(nullable = true) Instant startedAt, @Schema(nullable = true) Instant stoppedAt) {
    }

    @Schema(name = "InstanceNotesBody", description = "The notes of the instance; null clears them",
            example = """
                    {"notes": "Left hand rushed in bar 5"}""")
    record Notes(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true) String notes) {
    }

    @Schema(name = "InstanceSetBody", description = "One set, in order")
    record SetOfValues(List<MetricValue> values) {
    }

    @Schema(name = "InstanceValueBody", description = "A value of a metric (of a split, when the activity has them)")
    record MetricValue(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID metricId, UUID splitId,
                 @Schema(nullable = true, description = "null clears the value") BigDecimal value) {
    }

    /** The example of PUT …/sets: every set of the instance, replacing those it had. */
    static final String SETS_EXAMPLE = """
            [{"values": [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a", "value": 120}]},
             {"values": [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a", "value": 126}]}]""";

    /** The example of PUT …/values: values of an activity without sets. */
    static final String VALUES_EXAMPLE = """
            [{"metricId": "1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a", "value": 92.5}]""";
}
