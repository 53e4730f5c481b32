package org.fractalgoals.command.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FieldChange;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Body of {@code POST …/sessions}. {@code startedAt} left out means "now"; sent as null, the session is created
 * without a start (planned), and a later PATCH of {@code startedAt} starts it.
 */
record NewSessionRequest(UUID templateId, UUID programDayId, String name, String description,
                         FieldChange<Instant> startedAt, List<UUID> goalIds, List<NewImmediateGoal> newImmediateGoals) {

    static final int NEW_GOALS_MAX = 20;
    private static final Set<String> FIELDS = Set.of("templateId", "programDayId", "name", "description", "startedAt",
                                                     "goalIds", "newImmediateGoals");

    /** A goal to create under {@code parentId} as an IMMEDIATE goal and link to the new session. */
    record NewImmediateGoal(UUID parentId, String name) {
    }

    static NewSessionRequest from(JsonNode json) {
        JsonBody body = JsonBody.object(json, FIELDS);
        UUID templateId = body.uuid("templateId");
        UUID programDayId = body.uuid("programDayId");
        String name = body.text("name");
        String description = body.text("description");
        FieldChange<Instant> startedAt = body.change("startedAt", JsonBody::instant);
        List<UUID> goalIds = body.uuids("goalIds");
        List<NewImmediateGoal> newGoals = body.objects("newImmediateGoals", Set.of("parentId", "name"), (goal, index) -> {
            UUID parentId = goal.requiredUuid("parentId");
            String goalName = goal.requiredText("name");
            if (goalName != null && goalName.length() > SessionText.NAME_MAX) {
                goal.error("name", "At most " + SessionText.NAME_MAX + " characters");
            }
            return new NewImmediateGoal(parentId, goalName);
        });
        if (newGoals != null && newGoals.size() > NEW_GOALS_MAX) {
            body.error("newImmediateGoals", "At most " + NEW_GOALS_MAX + " new goals");
        }
        body.done();
        return new NewSessionRequest(templateId, programDayId, name, description, startedAt,
                                     goalIds == null ? List.of() : goalIds, newGoals == null ? List.of() : newGoals);
    }
}
