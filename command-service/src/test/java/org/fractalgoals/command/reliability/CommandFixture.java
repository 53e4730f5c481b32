package org.fractalgoals.command.reliability;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One of everything a command can name, created through the API by one user: a fractal with a goal and a
 * target, an activity, an activity group, a template, a session with an instance, a note, and a program with a
 * block and a day. {@link #value} gives the id for a path variable, so that a command reaches the code that
 * reads its body instead of stopping at "not found".
 */
final class CommandFixture {

    private final Map<String, String> ids = new HashMap<>();

    CommandFixture(ApiClient api, String token, EventStore eventStore) {
        String fractal = create(api, token, "/api/v1/fractals", Map.of("name", "Hostile input"));
        String base = "/api/v1/fractals/" + fractal;
        String goal = create(api, token, base + "/goals",
                             Map.of("parentId", fractal, "name", "Long term", "level", "LONG_TERM"));
        String activity = create(api, token, base + "/activities", Map.of(
                "name", "Scales", "hasSets", true, "metrics", List.of(Map.of("name", "Tempo", "unit", "bpm"))));
        UUID metric = eventStore.readEvents(activity, 0).asStream().map(DomainEventMessage::getPayload)
                                .map(ActivityCreated.class::cast).findFirst().orElseThrow()
                                .metrics().getFirst().metricId();
        String target = create(api, token, base + "/goals/" + goal + "/targets", Map.of(
                "name", "Fast", "activityId", activity,
                "thresholds", List.of(Map.of("metricId", metric, "operator", "GTE", "value", 100))));
        String group = create(api, token, base + "/activity-groups", Map.of("name", "Warm-ups"));
        String template = create(api, token, base + "/templates", Map.of("name", "Daily", "sections", List.of(
                Map.of("name", "Warm-up", "plannedMinutes", 10, "activityIds", List.of(activity)))));
        String session = create(api, token, base + "/sessions", Map.of("name", "Practice", "goalIds", List.of(goal)));
        String instance = create(api, token, base + "/sessions/" + session + "/activities",
                                 Map.of("activityId", activity));
        String note = create(api, token, base + "/notes",
                             Map.of("context", "session", "contextId", session, "text", "Felt fine"));
        String program = create(api, token, base + "/programs", Map.of(
                "name", "Recital", "startDate", "2026-03-01", "endDate", "2026-04-30", "goalIds", List.of(goal)));
        String block = create(api, token, base + "/programs/" + program + "/blocks", Map.of(
                "name", "Base", "startDate", "2026-03-01", "endDate", "2026-03-20", "color", "#00aa00"));
        String day = create(api, token, base + "/programs/" + program + "/blocks/" + block + "/days",
                            Map.of("name", "Technique", "templateIds", List.of(template)));
        ids.putAll(Map.ofEntries(Map.entry("fractalId", fractal), Map.entry("goalId", goal),
                                 Map.entry("activityId", activity), Map.entry("targetId", target),
                                 Map.entry("groupId", group), Map.entry("templateId", template),
                                 Map.entry("sessionId", session), Map.entry("instanceId", instance),
                                 Map.entry("noteId", note), Map.entry("programId", program),
                                 Map.entry("blockId", block), Map.entry("dayId", day)));
    }

    /** The id for a path variable; a fresh random one for a kind of thing the fixture does not have. */
    String value(String pathVariable) {
        return ids.getOrDefault(pathVariable, UUID.randomUUID().toString());
    }

    private static String create(ApiClient api, String token, String path, Object body) {
        Response response = api.post(path, body).token(token).send();
        if (response.status() != 201) {
            throw new IllegalStateException("Fixture step POST " + path + " failed: " + response);
        }
        return response.body().get("id").asText();
    }
}
