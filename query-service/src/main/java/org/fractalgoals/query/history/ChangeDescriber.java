package org.fractalgoals.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fractalgoals.events.goal.GoalChange;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalDescriptionChanged;
import org.fractalgoals.events.goal.GoalMoved;
import org.fractalgoals.events.goal.GoalRelevanceChanged;
import org.fractalgoals.events.goal.GoalRenamed;
import org.fractalgoals.events.goal.GoalUncompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.TargetReopened;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Says what a goal's event changed, as the {@code change} of its history entry: the initial values of a new goal
 * or target, {@code {field: {before, after}}} for an edit, the facts of the other events. It takes the "before"
 * values from {@link CurrentValues} and moves them on to the event's values. Call it once per event, in order.
 */
@Component
class ChangeDescriber {

    /** Numbers compare by value (5 = 5.0): a threshold written again with another scale is no change. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue())
            : a.equals(b) ? 0 : 1;
    private static final List<String> TARGET_FIELDS = List.of("name", "activityId", "thresholds");

    private final CurrentValues values;

    ChangeDescriber(CurrentValues values) {
        this.values = values;
    }

    ObjectNode describe(GoalChange event) {
        return switch (event) {
            case GoalCreated e -> created(e);
            case GoalRenamed e -> edit(e.fractalId(), e.goalId(), "name", e.name());
            case GoalDescriptionChanged e -> edit(e.fractalId(), e.goalId(), "description", e.description());
            case GoalDeadlineChanged e -> edit(e.fractalId(), e.goalId(), "deadline", e.deadline());
            case GoalRelevanceChanged e -> edit(e.fractalId(), e.goalId(), "relevance", e.relevance());
            case GoalMoved e -> beforeAfter(HistoryJson.object(), "parentId", HistoryJson.value(e.previousParentId()),
                                            HistoryJson.value(e.parentId()));
            case GoalDeleted e -> deleted(e);
            case GoalCompleted e -> HistoryJson.object().<ObjectNode>set("source", HistoryJson.value(e.source()))
                                               .set("sessionId", HistoryJson.value(e.sessionId()));
            case GoalUncompleted e -> HistoryJson.object();
            case TargetAdded e -> targetAdded(e);
            case TargetChanged e -> targetChanged(e);
            case TargetRemoved e -> targetRemoved(e);
            case TargetAchieved e -> aboutTarget(e.fractalId(), e.targetId())
                    .<ObjectNode>set("sessionId", HistoryJson.value(e.sessionId()))
                    .set("instanceId", HistoryJson.value(e.instanceId()));
            case TargetReopened e -> aboutTarget(e.fractalId(), e.targetId()).put("cause", e.cause().name());
        };
    }

    private ObjectNode created(GoalCreated event) {
        ObjectNode fields = HistoryJson.object();
        fields.set("name", HistoryJson.value(event.name()));
        fields.set("description", HistoryJson.value(event.description()));
        fields.set("deadline", HistoryJson.value(event.deadline()));
        fields.set("relevance", HistoryJson.value(event.relevance()));
        values.putGoal(event.fractalId(), event.goalId(), fields);
        ObjectNode change = HistoryJson.object();
        change.set("name", fields.get("name"));
        change.set("level", HistoryJson.value(event.level()));
        change.set("parentId", HistoryJson.value(event.parentId()));
        change.setAll(fields);
        return change;
    }

    private ObjectNode edit(UUID fractalId, UUID goalId, String field, Object newValue) {
        ObjectNode fields = values.goal(fractalId, goalId);
        JsonNode before = fields.path(field).isMissingNode() ? NullNode.instance : fields.get(field);
        JsonNode after = HistoryJson.value(newValue);
        fields.set(field, after);
        values.putGoal(fractalId, goalId, fields);
        return beforeAfter(HistoryJson.object(), field, before, after);
    }

    private ObjectNode deleted(GoalDeleted event) {
        List<UUID> removed = event.removedGoalIds() == null ? List.of(event.goalId()) : event.removedGoalIds();
        values.forgetGoals(event.fractalId(), removed);
        return HistoryJson.object().set("removedGoalIds", HistoryJson.MAPPER.valueToTree(removed));
    }

    private ObjectNode targetAdded(TargetAdded event) {
        ObjectNode fields = targetFields(event.name(), event.activityId(), event.thresholds());
        values.putTarget(event.fractalId(), event.goalId(), event.targetId(), fields);
        return HistoryJson.object().<ObjectNode>set("targetId", HistoryJson.value(event.targetId())).setAll(fields);
    }

    /** Only what the new definition changed; a definition sent again unchanged names just the target. */
    private ObjectNode targetChanged(TargetChanged event) {
        ObjectNode before = values.target(event.fractalId(), event.targetId());
        ObjectNode after = targetFields(event.name(), event.activityId(), event.thresholds());
        values.putTarget(event.fractalId(), event.goalId(), event.targetId(), after);
        ObjectNode change = HistoryJson.object().set("targetId", HistoryJson.value(event.targetId()));
        for (String field : TARGET_FIELDS) {
            JsonNode old = before.path(field).isMissingNode() ? NullNode.instance : before.get(field);
            if (!old.equals(SAME_VALUE, after.get(field))) {
                beforeAfter(change, field, old, after.get(field));
            }
        }
        return change;
    }

    private ObjectNode targetRemoved(TargetRemoved event) {
        ObjectNode change = aboutTarget(event.fractalId(), event.targetId());
        values.forgetTarget(event.fractalId(), event.targetId());
        return change;
    }

    /** The target's id and its name as it was then, so that an entry is readable without the target. */
    private ObjectNode aboutTarget(UUID fractalId, UUID targetId) {
        JsonNode name = values.target(fractalId, targetId).path("name");
        return HistoryJson.object().<ObjectNode>set("targetId", HistoryJson.value(targetId))
                          .set("name", name.isMissingNode() ? NullNode.instance : name);
    }

    private static ObjectNode targetFields(String name, UUID activityId, Object thresholds) {
        ObjectNode fields = HistoryJson.object();
        fields.set("name", HistoryJson.value(name));
        fields.set("activityId", HistoryJson.value(activityId));
        fields.set("thresholds", HistoryJson.value(thresholds));
        return fields;
    }

    private static ObjectNode beforeAfter(ObjectNode change, String field, JsonNode before, JsonNode after) {
        change.set(field, HistoryJson.object().<ObjectNode>set("before", before).set("after", after));
        return change;
    }
}
