package org.fractalgoals.command.session;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FieldChange;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Body of a PATCH on a session: a field left out stays, a field sent as null is cleared ({@code startedAt} null
 * un-starts an open session). {@code goalIds}, when sent, is the complete new set of linked goals. Planned
 * minutes and the template and program links are not editable: they survive every edit.
 */
record SessionPatch(FieldChange<String> name, FieldChange<String> description, FieldChange<Instant> startedAt,
                    List<UUID> goalIds) {

    private static final Set<String> FIELDS = Set.of("name", "description", "startedAt", "goalIds");

    static SessionPatch from(JsonNode json) {
        JsonBody body = JsonBody.object(json, FIELDS);
        FieldChange<String> name = body.change("name", JsonBody::text);
        FieldChange<String> description = body.change("description", JsonBody::text);
        FieldChange<Instant> startedAt = body.change("startedAt", JsonBody::instant);
        List<UUID> goalIds = body.uuids("goalIds");
        if (body.has("goalIds") && goalIds == null && json.get("goalIds").isNull()) {
            body.error("goalIds", "Must be an array of goal ids");
        }
        body.done();
        return new SessionPatch(name, description, startedAt, goalIds);
    }
}
