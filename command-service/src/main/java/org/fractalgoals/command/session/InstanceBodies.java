package org.fractalgoals.command.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.RecordedValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The bodies of the activity instance endpoints, read with field paths for errors. */
final class InstanceBodies {

    private static final Set<String> VALUE_FIELDS = Set.of("metricId", "splitId", "value");

    private InstanceBodies() {
    }

    /** {@code {activityId, section?, position?}}: without section the last one, without position the end. */
    record Add(UUID activityId, Integer section, Integer position) {

        static Add from(JsonNode json) {
            JsonBody body = JsonBody.object(json, Set.of("activityId", "section", "position"));
            Add add = new Add(body.requiredUuid("activityId"), body.integer("section"), body.integer("position"));
            body.done();
            return add;
        }
    }

    /** {@code {section, position}}. */
    record Move(int section, int position) {

        static Move from(JsonNode json) {
            JsonBody body = JsonBody.object(json, Set.of("section", "position"));
            Integer section = body.requiredInteger("section");
            Integer position = body.requiredInteger("position");
            body.done();
            return new Move(section, position);
        }
    }

    /** {@code {startedAt, stoppedAt}}, each an instant or null. */
    record Times(Instant startedAt, Instant stoppedAt) {

        static Times from(JsonNode json) {
            JsonBody body = JsonBody.object(json, Set.of("startedAt", "stoppedAt"));
            Times times = new Times(body.instant("startedAt"), body.instant("stoppedAt"));
            body.done();
            return times;
        }
    }

    /** {@code {notes}}: the instance's notes text, null clearing it. */
    record Notes(String notes) {

        static Notes from(JsonNode json) {
            JsonBody body = JsonBody.object(json, Set.of("notes"));
            if (!body.has("notes")) {
                body.error("notes", "Is required (null clears the notes)");
            }
            Notes notes = new Notes(body.text("notes"));
            body.done();
            return notes;
        }
    }

    /** {@code [{values: [{metricId, splitId?, value}]}]}, in order. */
    static List<ActivitySet> sets(JsonNode json) {
        return JsonBody.array(json, (element, index) -> {
            JsonBody set = element.asObject(Set.of("values"));
            if (set == null) {
                return null;
            }
            List<RecordedValue> values = set.objects("values", VALUE_FIELDS, (value, i) -> value(value));
            return new ActivitySet(values == null ? List.of() : values.stream().filter(Objects::nonNull).toList());
        });
    }

    /** {@code [{metricId, splitId?, value}]}, a null value clearing that one. */
    static List<RecordedValue> values(JsonNode json) {
        return JsonBody.array(json, (element, index) -> {
            JsonBody value = element.asObject(VALUE_FIELDS);
            return value == null ? null : value(value);
        });
    }

    private static RecordedValue value(JsonBody body) {
        UUID metricId = body.requiredUuid("metricId");
        UUID splitId = body.uuid("splitId");
        BigDecimal value = body.number("value");
        return metricId == null ? null : new RecordedValue(metricId, splitId, value);
    }
}
