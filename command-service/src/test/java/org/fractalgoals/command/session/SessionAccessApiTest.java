package org.fractalgoals.command.session;

import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Someone else's fractal, session, instance or note does not exist for the caller, whatever the endpoint. */
class SessionAccessApiTest extends SessionApiTest {

    @Test
    void every_session_instance_and_note_endpoint_answers_404_for_someone_elses_fractal_and_changes_nothing() {
        aFractalWithAShortTermGoal();
        UUID sessionId = anEmptySession();
        UUID metric = UUID.randomUUID();
        UUID instanceId = addInstance(sessionId, activity(true, Set.of(metric)));
        UUID note = created(send("POST", base() + "/notes", alice,
                                 Map.of("context", "session", "contextId", sessionId, "text", "private")));
        String s = session(sessionId);
        String i = instance(sessionId, instanceId);
        Map<String, Object> calls = new LinkedHashMap<>();
        calls.put("POST " + base() + "/sessions", Map.of("goalIds", List.of(shortTerm)));
        calls.put("PATCH " + s, Map.of("name", "x"));
        calls.put("DELETE " + s, null);
        calls.put("POST " + s + "/complete", null);
        calls.put("POST " + s + "/reopen", null);
        calls.put("POST " + s + "/activities", Map.of("activityId", UUID.randomUUID()));
        calls.put("DELETE " + i, null);
        calls.put("POST " + i + "/move", Map.of("section", 0, "position", 0));
        calls.put("POST " + i + "/timer/start", null);
        calls.put("POST " + i + "/timer/stop", null);
        calls.put("POST " + i + "/timer/reset", null);
        calls.put("PUT " + i + "/times", Map.of("startedAt", "2026-01-05T10:00:00Z"));
        calls.put("PUT " + i + "/sets", List.of(Map.of("values", List.of(Map.of("metricId", metric, "value", 1)))));
        calls.put("PUT " + i + "/values", List.of());
        calls.put("PATCH " + i, Map.of("notes", "x"));
        calls.put("POST " + base() + "/notes", Map.of("context", "session", "contextId", sessionId, "text", "x"));
        calls.put("PATCH " + base() + "/notes/" + note, Map.of("text", "x"));
        calls.put("DELETE " + base() + "/notes/" + note, null);
        long before = eventCount();
        List<String> failures = new ArrayList<>();
        calls.forEach((call, body) -> {
            String[] parts = call.split(" ", 2);
            Response response = send(parts[0], parts[1], bob, body);
            if (response.status() != 404 || !response.body().get("detail").asText().equals("Fractal not found")) {
                failures.add(call + " → " + response);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void a_session_addressed_under_another_fractal_of_the_same_user_is_404() {
        aFractalWithAShortTermGoal();
        UUID sessionId = anEmptySession();
        UUID otherFractal = created(send("POST", "/api/v1/fractals", alice, Map.of("name", "Other")));
        Response response = send("POST", "/api/v1/fractals/" + otherFractal + "/sessions/" + sessionId + "/complete",
                                 alice, null);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).isEqualTo("Session not found");
    }
}
