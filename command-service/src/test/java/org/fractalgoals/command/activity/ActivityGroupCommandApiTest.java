package org.fractalgoals.command.activity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupDescriptionChanged;
import org.fractalgoals.events.activity.ActivityGroupRenamed;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity-group endpoints of the command-service over HTTP, against the real event store. */
class ActivityGroupCommandApiTest extends CommandServiceTest {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private ActivityLookup lookup;

    private final String alice = TestTokens.newUserId();
    private UUID fractal;

    @BeforeEach
    void fractal() {
        fractal = created(send("POST", "/api/v1/fractals", "{\"name\": \"Piano\"}"));
    }

    private Response send(String method, String path, String json, String... headers) {
        ApiClient.Request request = api.method(method, path, json).token(TestTokens.forUser(alice));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.send();
    }

    private static UUID created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    private String groups() {
        return "/api/v1/fractals/" + fractal + "/activity-groups";
    }

    private UUID group(String name) {
        return created(send("POST", groups(), "{\"name\": \"" + name + "\"}"));
    }

    private List<Object> events() {
        return eventStore.readEvents(ActivityGroupsId.of(fractal).toString(), 0).asStream()
                         .map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    private Response order(UUID... ids) {
        StringBuilder json = new StringBuilder("{\"groupIds\": [");
        for (int i = 0; i < ids.length; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(ids[i]).append('"');
        }
        return send("PUT", groups() + "/order", json.append("]}").toString());
    }

    @Test
    void s8_groups_are_created_in_order_reordered_and_deleted_without_deleting_their_activities() {
        UUID technique = group("Technique");
        UUID repertoire = group("Repertoire");
        UUID theory = group("Theory");
        UUID scales = created(send("POST", "/api/v1/fractals/" + fractal + "/activities",
                                   "{\"name\": \"Scales\", \"groupId\": \"" + technique
                                           + "\", \"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\"}]}"));

        Response reordered = order(theory, technique, repertoire);
        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.header("X-Consistency-Token")).isPresent();
        Response deleted = send("DELETE", groups() + "/" + technique, null);
        assertThat(deleted.status()).isEqualTo(204);

        assertThat(events()).containsExactly(
                new ActivityGroupCreated(fractal, technique, "Technique", null, alice, createdAt(0)),
                new ActivityGroupCreated(fractal, repertoire, "Repertoire", null, alice, createdAt(1)),
                new ActivityGroupCreated(fractal, theory, "Theory", null, alice, createdAt(2)),
                new ActivityGroupsReordered(fractal, List.of(theory, technique, repertoire), alice,
                                            ((ActivityGroupsReordered) events().get(3)).occurredAt()),
                new ActivityGroupDeleted(fractal, technique, alice, ((ActivityGroupDeleted) events().get(4)).occurredAt()));
        assertThat(lookup.find(fractal, scales)).isPresent();
    }

    private java.time.Instant createdAt(int index) {
        return ((ActivityGroupCreated) events().get(index)).occurredAt();
    }

    @Test
    void a_create_answers_201_with_the_groups_location() {
        Response response = send("POST", groups(), "{\"name\": \"Technique\", \"description\": \"Scales\"}");
        UUID id = created(response);
        assertThat(response.header("Location")).hasValue(groups() + "/" + id);
        assertThat(((ActivityGroupCreated) events().getFirst()).description()).isEqualTo("Scales");
    }

    @Test
    void a_group_needs_a_name() {
        Response blank = send("POST", groups(), "{\"name\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").asText()).isEqualTo("name");
        Response missing = send("POST", groups(), "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(events()).isEmpty();
    }

    @Test
    void a_patch_renames_clears_the_description_and_keeps_what_was_left_out() {
        UUID technique = created(send("POST", groups(), "{\"name\": \"Technique\", \"description\": \"Scales\"}"));

        Response renamed = send("PATCH", groups() + "/" + technique, "{\"name\": \"Technical work\"}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.body().get("id").asText()).isEqualTo(technique.toString());
        Response cleared = send("PATCH", groups() + "/" + technique, "{\"description\": null}");
        assertThat(cleared.status()).isEqualTo(200);

        List<Object> events = events();
        assertThat(events.get(1)).isInstanceOf(ActivityGroupRenamed.class);
        assertThat(((ActivityGroupRenamed) events.get(1)).name()).isEqualTo("Technical work");
        assertThat(events.get(2)).isInstanceOf(ActivityGroupDescriptionChanged.class);
        assertThat(((ActivityGroupDescriptionChanged) events.get(2)).description()).isNull();
        assertThat(events).hasSize(3);
    }

    @Test
    void an_unknown_group_is_404_group_not_found() {
        Response none = send("PATCH", groups() + "/" + UUID.randomUUID(), "{\"name\": \"x\"}");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().get("detail").asText()).isEqualTo("Group not found");

        group("Technique");
        Response unknown = send("DELETE", groups() + "/" + UUID.randomUUID(), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("detail").asText()).isEqualTo("Group not found");
    }

    @Test
    void an_order_must_name_every_group_once() {
        UUID technique = group("Technique");
        UUID theory = group("Theory");

        Response missing = order(theory);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asText()).isEqualTo("groupIds");
        Response foreign = order(theory, UUID.randomUUID());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body().get("errors").get(0).get("field").asText()).isEqualTo("groupIds[1]");
        Response empty = send("PUT", groups() + "/order", "{\"groupIds\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").get(0).get("message").asText()).isEqualTo("No group ids provided");
        Response notUuid = send("PUT", groups() + "/order", "{\"groupIds\": [\"x\"]}");
        assertThat(notUuid.status()).isEqualTo(400);
        assertThat(events()).hasSize(2);

        assertThat(order(theory, technique).status()).isEqualTo(200);
    }

    @Test
    void an_order_before_any_group_exists_is_refused_like_any_other_wrong_order() {
        Response empty = send("PUT", groups() + "/order", "{\"groupIds\": []}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().get("errors").get(0).get("field").asText()).isEqualTo("groupIds");
        Response invented = order(UUID.randomUUID());
        assertThat(invented.status()).isEqualTo(400);
        assertThat(invented.body().get("errors").get(0).get("field").asText()).isEqualTo("groupIds[0]");
    }

    @Test
    void if_match_is_compared_with_the_version_of_the_fractals_groups() {
        UUID technique = group("Technique");
        UUID theory = group("Theory");

        Response stale = send("DELETE", groups() + "/" + technique, null, "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        Response current = send("PUT", groups() + "/order", "{\"groupIds\": [\"" + theory + "\", \"" + technique + "\"]}",
                                "If-Match", "\"1\"");
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(events()).hasSize(3);
    }

    @Test
    void a_repeated_post_with_the_same_idempotency_key_creates_one_group() {
        String key = UUID.randomUUID().toString();
        Response first = send("POST", groups(), "{\"name\": \"Technique\"}", "Idempotency-Key", key);
        Response second = send("POST", groups(), "{\"name\": \"Technique\"}", "Idempotency-Key", key);
        assertThat(second.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(events()).hasSize(1);
    }
}
