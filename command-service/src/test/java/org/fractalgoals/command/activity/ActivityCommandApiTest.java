package org.fractalgoals.command.activity;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The activity endpoints of the command-service over HTTP, against the real event store. */
class ActivityCommandApiTest extends CommandServiceTest {

    private static final String SCALE = """
            {"name": "C major scale", "description": "Two octaves", "hasSets": true, "hasMetrics": true,
             "metrics": [{"name": "Tempo", "unit": "bpm", "topSet": true}, {"name": "Reps", "unit": "reps"}]}""";

    @Autowired
    private EventStore eventStore;
    @Autowired
    private ActivityLookup lookup;
    @Autowired
    private JdbcTemplate jdbc;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();
    private UUID fractal;

    @BeforeEach
    void fractal() {
        fractal = created(send("POST", "/api/v1/fractals", alice, "{\"name\": \"Piano\"}"));
    }

    private Response send(String method, String path, String user, String json, String... headers) {
        ApiClient.Request request = api.method(method, path, json).token(TestTokens.forUser(user));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.send();
    }

    private static UUID created(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asText());
    }

    private String activities() {
        return "/api/v1/fractals/" + fractal + "/activities";
    }

    private UUID createActivity(String json) {
        return created(send("POST", activities(), alice, json));
    }

    private List<Object> events(UUID aggregate) {
        return eventStore.readEvents(aggregate.toString(), 0).asStream().map(DomainEventMessage::getPayload)
                         .map(Object.class::cast).toList();
    }

    private static String error(Response response, int index, String part) {
        return response.body().get("errors").get(index).get(part).asText();
    }

    @Test
    void a_create_answers_201_with_location_and_id_and_the_activity_exists_for_other_features() {
        Response response = send("POST", activities(), alice, SCALE);

        UUID id = created(response);
        assertThat(response.header("Location")).hasValue(activities() + "/" + id);
        assertThat(response.header("X-Consistency-Token")).isPresent();
        ActivityCreated event = (ActivityCreated) events(id).getFirst();
        assertThat(event.name()).isEqualTo("C major scale");
        assertThat(event.hasSets()).isTrue();
        assertThat(event.hasSplits()).isFalse();
        assertThat(event.multiplicative()).isFalse();
        assertThat(event.metrics()).extracting(MetricDefinition::name).containsExactly("Tempo", "Reps");
        assertThat(event.metrics()).extracting(MetricDefinition::multiplicative).containsExactly(true, true);
        ActivityLookup.Shape shape = lookup.find(fractal, id).orElseThrow();
        assertThat(shape.hasSets()).isTrue();
        assertThat(shape.hasMetrics()).isTrue();
        assertThat(shape.metricIds()).containsExactlyInAnyOrderElementsOf(
                event.metrics().stream().map(MetricDefinition::metricId).toList());
        assertThat(shape.splitIds()).isEmpty();
        assertThat(lookup.find(UUID.randomUUID(), id)).isEmpty();
    }

    @Test
    void names_and_texts_are_stored_encrypted_and_the_command_side_tables_hold_none() {
        UUID id = createActivity(SCALE);

        String stored = jdbc.queryForObject("select convert_from(payload, 'UTF8') from eventstore.domainevententry "
                                                    + "where aggregateidentifier = ?", String.class, id.toString());
        assertThat(stored).doesNotContain("C major scale", "Tempo", "bpm").contains("pd1:");
        String row = jdbc.queryForObject("select activity_ref::text from activity_ref where activity_id = ?",
                                         String.class, id);
        assertThat(row).doesNotContain("Tempo", "scale");
    }

    @Test
    void s6_four_metrics_are_refused_with_v1_2s_message() {
        Response response = send("POST", activities(), alice, """
                {"name": "C major scale", "hasSets": true, "metrics": [{"name": "Tempo", "unit": "bpm"},
                 {"name": "Reps", "unit": "reps"}, {"name": "Accuracy", "unit": "%"}, {"name": "Ease", "unit": "1-5"}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("detail").asText()).contains("Maximum of 3 metrics");
        assertThat(error(response, 0, "field")).isEqualTo("metrics");
        assertThat(error(response, 0, "message")).isEqualTo("Maximum of 3 metrics allowed per activity.");
    }

    @Test
    void s7_six_splits_or_a_single_split_are_refused() {
        String splits6 = "[{\"name\":\"1\"},{\"name\":\"2\"},{\"name\":\"3\"},{\"name\":\"4\"},{\"name\":\"5\"},{\"name\":\"6\"}]";
        Response six = send("POST", activities(), alice, "{\"name\": \"Hand independence\", \"hasSplits\": true, "
                + "\"metrics\": [{\"name\": \"Accuracy\", \"unit\": \"%\"}], \"splits\": " + splits6 + "}");
        assertThat(six.status()).isEqualTo(400);
        assertThat(six.body().get("detail").asText()).contains("Maximum of 5 splits");
        assertThat(error(six, 0, "field")).isEqualTo("splits");

        Response one = send("POST", activities(), alice, "{\"name\": \"Hand independence\", \"hasSplits\": true, "
                + "\"metrics\": [{\"name\": \"Accuracy\", \"unit\": \"%\"}], \"splits\": [{\"name\": \"Left\"}]}");
        assertThat(one.status()).isEqualTo(400);
        assertThat(error(one, 0, "field")).isEqualTo("splits");

        UUID two = createActivity("{\"name\": \"Hand independence\", \"hasSplits\": true, "
                + "\"metrics\": [{\"name\": \"Accuracy\", \"unit\": \"%\"}], \"splits\": [{\"name\": \"Left\"}, {\"name\": \"Right\"}]}");
        assertThat(((ActivityCreated) events(two).getFirst()).splits()).extracting(SplitDefinition::name)
                                                                       .containsExactly("Left", "Right");
    }

    @Test
    void refusals_name_the_field_at_fault() {
        Response unit = send("POST", activities(), alice,
                             "{\"name\": \"Scales\", \"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\"}, {\"name\": \"Reps\"}]}");
        assertThat(unit.status()).isEqualTo(400);
        assertThat(error(unit, 0, "field")).isEqualTo("metrics[1].unit");

        Response topSet = send("POST", activities(), alice,
                               "{\"name\": \"Scales\", \"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\", \"topSet\": true}]}");
        assertThat(error(topSet, 0, "field")).isEqualTo("metrics[0].topSet");

        Response noName = send("POST", activities(), alice, "{\"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\"}]}");
        assertThat(error(noName, 0, "field")).isEqualTo("name");
        assertThat(error(noName, 0, "message")).isEqualTo("Name is required");

        Response wrongType = send("POST", activities(), alice, "{\"name\": \"Scales\", \"hasSets\": \"yes\", \"colour\": 1}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(List.of(error(wrongType, 0, "field"), error(wrongType, 1, "field"))).containsExactlyInAnyOrder("hasSets", "colour");

        Response group = send("POST", activities(), alice, "{\"name\": \"Scales\", \"groupId\": \"" + UUID.randomUUID()
                + "\", \"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\"}]}");
        assertThat(error(group, 0, "field")).isEqualTo("groupId");

        Response notJson = send("POST", activities(), alice, "[1, 2]");
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void an_activity_can_be_put_in_a_group_of_its_fractal() {
        UUID technique = created(send("POST", "/api/v1/fractals/" + fractal + "/activity-groups", alice,
                                      "{\"name\": \"Technique\"}"));
        UUID id = createActivity("{\"name\": \"Scales\", \"groupId\": \"" + technique
                                         + "\", \"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\"}]}");
        assertThat(((ActivityCreated) events(id).getFirst()).groupId()).isEqualTo(technique);

        UUID otherFractal = created(send("POST", "/api/v1/fractals", alice, "{\"name\": \"Guitar\"}"));
        Response elsewhere = send("POST", "/api/v1/fractals/" + otherFractal + "/activities", alice,
                                  "{\"name\": \"Scales\", \"groupId\": \"" + technique
                                          + "\", \"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\"}]}");
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(error(elsewhere, 0, "field")).isEqualTo("groupId");
    }

    @Test
    void s6_removing_a_metric_by_leaving_it_out_lists_it_as_removed_and_keeps_the_others_ids() {
        UUID id = createActivity(SCALE);
        ActivityCreated created = (ActivityCreated) events(id).getFirst();
        UUID tempo = created.metrics().get(0).metricId();
        UUID reps = created.metrics().get(1).metricId();

        Response edited = send("PATCH", activities() + "/" + id, alice,
                               "{\"metrics\": [{\"name\": \"Tempo\", \"unit\": \"bpm\", \"topSet\": true}]}");

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.body().get("id").asText()).isEqualTo(id.toString());
        ActivityChanged changed = (ActivityChanged) events(id).getLast();
        assertThat(changed.metrics()).extracting(MetricDefinition::metricId).containsExactly(tempo);
        assertThat(changed.removedMetricIds()).containsExactly(reps);
        assertThat(changed.name()).isEqualTo("C major scale");
        assertThat(changed.description()).isEqualTo("Two octaves");
        assertThat(lookup.find(fractal, id).orElseThrow().metricIds()).containsExactly(tempo);
    }

    @Test
    void a_patch_keeps_what_was_left_out_and_clears_what_was_sent_as_null() {
        UUID id = createActivity(SCALE);

        Response edited = send("PATCH", activities() + "/" + id, alice, "{\"name\": \"Scales\", \"description\": null}");

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        ActivityChanged changed = (ActivityChanged) events(id).getLast();
        assertThat(changed.name()).isEqualTo("Scales");
        assertThat(changed.description()).isNull();
        assertThat(changed.metrics()).hasSize(2);
        assertThat(changed.hasSets()).isTrue();

        Response nullName = send("PATCH", activities() + "/" + id, alice, "{\"name\": null}");
        assertThat(nullName.status()).isEqualTo(400);
        assertThat(error(nullName, 0, "field")).isEqualTo("name");
    }

    @Test
    void if_match_with_a_stale_activity_version_answers_412_and_changes_nothing() {
        UUID id = createActivity(SCALE);
        assertThat(send("PATCH", activities() + "/" + id, alice, "{\"name\": \"Scales\"}", "If-Match", "\"0\"").status())
                .isEqualTo(200);

        Response stale = send("PATCH", activities() + "/" + id, alice, "{\"name\": \"Old\"}", "If-Match", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        Response staleDelete = send("DELETE", activities() + "/" + id, alice, null, "If-Match", "\"0\"");
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(events(id)).hasSize(2);

        assertThat(send("DELETE", activities() + "/" + id, alice, null, "If-Match", "\"1\"").status()).isEqualTo(204);
    }

    @Test
    void duplicate_copies_the_definition_under_new_ids_without_the_group() {
        UUID technique = created(send("POST", "/api/v1/fractals/" + fractal + "/activity-groups", alice,
                                      "{\"name\": \"Technique\"}"));
        UUID original = createActivity("{\"name\": \"Hands\", \"groupId\": \"" + technique + "\", \"hasSplits\": true, "
                + "\"multiplicative\": true, \"metrics\": [{\"name\": \"Accuracy\", \"unit\": \"%\", \"multiplicative\": false}], "
                + "\"splits\": [{\"name\": \"Left\"}, {\"name\": \"Right\"}]}");

        Response response = send("POST", activities() + "/" + original + "/duplicate", alice, null);

        UUID copy = created(response);
        assertThat(response.header("Location")).hasValue(activities() + "/" + copy);
        ActivityCreated source = (ActivityCreated) events(original).getFirst();
        ActivityCreated duplicate = (ActivityCreated) events(copy).getFirst();
        assertThat(duplicate.name()).isEqualTo("Hands (Copy)");
        assertThat(duplicate.groupId()).isNull();
        assertThat(duplicate.multiplicative()).isTrue();
        assertThat(duplicate.hasSplits()).isTrue();
        assertThat(duplicate.metrics()).extracting(MetricDefinition::name, MetricDefinition::multiplicative)
                                       .containsExactly(tuple("Accuracy", false));
        assertThat(duplicate.metrics().getFirst().metricId()).isNotEqualTo(source.metrics().getFirst().metricId());
        assertThat(duplicate.splits()).extracting(SplitDefinition::name).containsExactly("Left", "Right");
        assertThat(lookup.find(fractal, copy)).isPresent();
    }

    @Test
    void a_deleted_activity_is_gone_for_every_command_and_for_other_features() {
        UUID id = createActivity(SCALE);

        assertThat(send("DELETE", activities() + "/" + id, alice, null).status()).isEqualTo(204);

        assertThat(events(id).getLast()).isInstanceOf(ActivityDeleted.class);
        assertThat(lookup.find(fractal, id)).isEmpty();
        Response patch = send("PATCH", activities() + "/" + id, alice, "{\"name\": \"x\"}");
        assertThat(patch.status()).isEqualTo(404);
        assertThat(patch.body().get("detail").asText()).isEqualTo("Activity not found");
        assertThat(send("DELETE", activities() + "/" + id, alice, null).status()).isEqualTo(404);
        assertThat(send("POST", activities() + "/" + id + "/duplicate", alice, null).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_activity_id_or_the_id_of_something_else_is_404() {
        for (UUID id : List.of(UUID.randomUUID(), fractal, ActivityGroupsId.of(fractal))) {
            Response patch = send("PATCH", activities() + "/" + id, alice, "{\"name\": \"x\"}");
            assertThat(patch.status()).as(patch.toString()).isEqualTo(404);
            assertThat(patch.body().get("detail").asText()).isEqualTo("Activity not found");
            assertThat(send("DELETE", activities() + "/" + id, alice, null).status()).isEqualTo(404);
            assertThat(send("POST", activities() + "/" + id + "/duplicate", alice, null).status()).isEqualTo(404);
        }
        assertThat(send("PATCH", activities() + "/not-a-uuid", alice, "{}").status()).isEqualTo(404);
    }

    @Test
    void a_repeated_post_with_the_same_idempotency_key_creates_one_activity() {
        String key = UUID.randomUUID().toString();
        Response first = send("POST", activities(), alice, SCALE, "Idempotency-Key", key);
        Response second = send("POST", activities(), alice, SCALE, "Idempotency-Key", key);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(second.header("Idempotent-Replayed")).hasValue("true");
        Integer count = jdbc.queryForObject("select count(*) from activity_ref where fractal_id = ?", Integer.class, fractal);
        assertThat(count).isEqualTo(1);
    }

    @Test
    void an_activity_of_another_fractal_of_the_same_owner_is_404() {
        UUID id = createActivity(SCALE);
        UUID other = created(send("POST", "/api/v1/fractals", alice, "{\"name\": \"Guitar\"}"));

        assertThat(send("PATCH", "/api/v1/fractals/" + other + "/activities/" + id, alice, "{\"name\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/fractals/" + other + "/activities/" + id + "/duplicate", alice, null).status())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/fractals/" + other + "/activities/" + id, alice, null).status())
                .isEqualTo(404);
        assertThat(events(id)).hasSize(1);
    }

    @Test
    void every_activity_and_group_endpoint_answers_404_for_someone_elses_fractal_and_changes_nothing() {
        UUID id = createActivity(SCALE);
        UUID group = created(send("POST", "/api/v1/fractals/" + fractal + "/activity-groups", alice,
                                  "{\"name\": \"Technique\"}"));
        UUID bobsFractal = created(send("POST", "/api/v1/fractals", bob, "{\"name\": \"Bob's\"}"));
        String groups = "/api/v1/fractals/" + fractal + "/activity-groups";
        Map<String, String> calls = new LinkedHashMap<>();
        calls.put("POST " + activities(), SCALE);
        calls.put("PATCH " + activities() + "/" + id, "{\"name\": \"x\"}");
        calls.put("DELETE " + activities() + "/" + id, null);
        calls.put("POST " + activities() + "/" + id + "/duplicate", null);
        calls.put("POST " + groups, "{\"name\": \"x\"}");
        calls.put("PATCH " + groups + "/" + group, "{\"name\": \"x\"}");
        calls.put("DELETE " + groups + "/" + group, null);
        calls.put("PUT " + groups + "/order", "{\"groupIds\": [\"" + group + "\"]}");
        // Alice's activity and group through Bob's own fractal.
        String viaBob = "/api/v1/fractals/" + bobsFractal;
        calls.put("PATCH " + viaBob + "/activities/" + id, "{\"name\": \"x\"}");
        calls.put("DELETE " + viaBob + "/activities/" + id, null);
        calls.put("POST " + viaBob + "/activities/" + id + "/duplicate", null);
        calls.put("PATCH " + viaBob + "/activity-groups/" + group, "{\"name\": \"x\"}");
        calls.put("DELETE " + viaBob + "/activity-groups/" + group, null);
        int activityEvents = events(id).size();
        int groupEvents = events(ActivityGroupsId.of(fractal)).size();

        List<String> failures = new ArrayList<>();
        calls.forEach((call, body) -> {
            String[] parts = call.split(" ", 2);
            Response response = send(parts[0], parts[1], bob, body);
            if (response.status() != 404) {
                failures.add(call + " → " + response);
            }
        });

        assertThat(failures).isEmpty();
        assertThat(events(id)).hasSize(activityEvents);
        assertThat(events(ActivityGroupsId.of(fractal))).hasSize(groupEvents);
        assertThat(events(ActivityGroupsId.of(bobsFractal))).isEmpty();
    }

    @Test
    void deleting_the_fractal_removes_its_activities_and_groups_from_the_lookups() {
        UUID id = createActivity(SCALE);
        created(send("POST", "/api/v1/fractals/" + fractal + "/activity-groups", alice, "{\"name\": \"Technique\"}"));

        assertThat(send("DELETE", "/api/v1/fractals/" + fractal, alice, null).status()).isEqualTo(204);

        assertThat(lookup.find(fractal, id)).isEmpty();
        Integer groups = jdbc.queryForObject("select count(*) from activity_group_ref where fractal_id = ?", Integer.class,
                                             fractal);
        assertThat(groups).isZero();
        assertThat(send("PATCH", activities() + "/" + id, alice, "{\"name\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void the_answer_of_an_edit_carries_the_id_and_a_consistency_token() {
        UUID id = createActivity(SCALE);
        Response response = send("PATCH", activities() + "/" + id, alice, "{\"multiplicative\": true}");
        JsonNode body = response.body();
        assertThat(body.get("id").asText()).isEqualTo(id.toString());
        assertThat(response.header("X-Consistency-Token")).isPresent();
        assertThat(((ActivityChanged) events(id).getLast()).multiplicative()).isTrue();
    }
}
