package org.fractalgoals.query.activity;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.activity.ActivityChanged;
import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.ActivityDeleted;
import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupEvent;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.activity.SplitDefinition;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity read endpoints over HTTP, fed through the event store as the command-service feeds it. */
class ActivityQueryApiTest extends QueryServiceTest {

    private static final List<String> ACTIVITY_FIELDS = List.of(
            "id", "name", "description", "groupId", "hasSets", "hasSplits", "hasMetrics", "multiplicative", "metrics",
            "splits", "createdAt", "updatedAt", "instanceCount", "lastUsedAt", "version");

    @Autowired
    private EventWriter events;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();
    private final Instant now = Instant.parse("2026-01-05T10:00:00Z");
    private UUID fractal;
    private ConsistencyToken token;
    private long groupSequence;

    private final MetricDefinition tempo = new MetricDefinition(UUID.randomUUID(), "Tempo", "bpm", true, true);
    private final MetricDefinition reps = new MetricDefinition(UUID.randomUUID(), "Reps", "reps", false, true);

    @BeforeEach
    void fractal() {
        fractal = fractalOf(alice);
    }

    private UUID fractalOf(String owner) {
        UUID id = UUID.randomUUID();
        token = events.append(id, 0, new FractalCreated(id, owner, now),
                              new GoalCreated(id, id, null, GoalLevel.ULTIMATE, "Piano", null, null, null, owner, now));
        return id;
    }

    private UUID group(String name) {
        UUID id = UUID.randomUUID();
        token = events.append(ActivityGroupsId.of(fractal), groupSequence++,
                              new ActivityGroupCreated(fractal, id, name, "about " + name, alice, now));
        return id;
    }

    private void groupEvent(ActivityGroupEvent event) {
        token = events.append(ActivityGroupsId.of(fractal), groupSequence++, event);
    }

    private UUID activity(String name, UUID groupId) {
        UUID id = UUID.randomUUID();
        token = events.append(id, 0, new ActivityCreated(fractal, id, name, "desc", groupId, true, false, true, false,
                                                         List.of(tempo, reps), List.of(), alice, now));
        return id;
    }

    private Response get(String user, String path) {
        return api.get(path).token(TestTokens.forUser(user)).header(ConsistencyToken.HEADER, token.encode()).send();
    }

    private String base() {
        return "/api/v1/fractals/" + fractal;
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void s8_groups_are_listed_in_their_order_with_the_version_as_etag() {
        UUID technique = group("Technique");
        UUID repertoire = group("Repertoire");
        UUID theory = group("Theory");
        groupEvent(new ActivityGroupsReordered(fractal, List.of(theory, technique, repertoire), alice, now));

        Response response = get(alice, base() + "/activity-groups");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(names(response.body().get("items"))).containsExactly("Theory", "Technique", "Repertoire");
        JsonNode first = response.body().get("items").get(0);
        assertThat(fieldNames(first)).containsExactly("id", "name", "description", "position");
        assertThat(first.get("id").asText()).isEqualTo(theory.toString());
        assertThat(first.get("description").asText()).isEqualTo("about Theory");
        assertThat(first.get("position").asInt()).isZero();
        assertThat(response.header("ETag")).hasValue("\"3\"");
    }

    @Test
    void a_fractal_without_groups_lists_none() {
        Response response = get(alice, base() + "/activity-groups");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("items")).isEmpty();
        assertThat(response.header("ETag")).isEmpty();
    }

    @Test
    void activities_are_listed_by_name_ignoring_case_and_filtered_by_group() {
        UUID technique = group("Technique");
        activity("scales", technique);
        activity("Arpeggios", technique);
        activity("Nocturne", null);

        Response all = get(alice, base() + "/activities");
        Response grouped = get(alice, base() + "/activities?groupId=" + technique);

        assertThat(all.status()).isEqualTo(200);
        assertThat(names(all.body().get("items"))).containsExactly("Arpeggios", "Nocturne", "scales");
        assertThat(fieldNames(all.body().get("items").get(0))).containsExactlyElementsOf(ACTIVITY_FIELDS);
        assertThat(names(grouped.body().get("items"))).containsExactly("Arpeggios", "scales");
        assertThat(get(alice, base() + "/activities?groupId=not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void the_activity_list_is_paged_by_name_and_follows_the_group_filter() {
        UUID technique = group("Technique");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            activity("Scale " + i, technique);
            expected.add("Scale " + i);
        }
        // Two of one name (the id orders them) on either side of a page boundary, and a name holding the
        // cursor's separator: the pages still have neither gaps nor repeats.
        activity("Scale 1", technique);
        expected.add(1, "Scale 1");
        UUID last = UUID.randomUUID();
        MetricDefinition bars = new MetricDefinition(UUID.randomUUID(), "Bars", "bars", false, false);
        token = events.append(last, 0, new ActivityCreated(fractal, last, "Scale|5", null, null, true, false, true,
                                                           false, List.of(bars), List.of(), alice, now));

        List<JsonNode> grouped = allPages(base() + "/activities?groupId=" + technique + "&limit=2", 3);
        assertThat(grouped).extracting(item -> item.get("name").asText()).containsExactlyElementsOf(expected);
        assertThat(grouped).extracting(item -> item.get("id").asText()).doesNotHaveDuplicates();
        expected.add("Scale|5");
        List<JsonNode> all = allPages(base() + "/activities?limit=3", 3);
        assertThat(all).extracting(item -> item.get("name").asText()).containsExactlyElementsOf(expected);
        assertThat(all).extracting(item -> item.get("id").asText()).doesNotHaveDuplicates();
        // Metrics are read for the page's activities, on every page.
        assertThat(all.getFirst().get("metrics")).hasSize(2);
        assertThat(all.getLast().get("metrics").get(0).get("name").asText()).isEqualTo("Bars");
        assertThat(get(alice, base() + "/activities?limit=7").body().get("nextCursor").isNull()).isTrue();
    }

    @Test
    void the_group_list_is_paged_in_the_groups_order_with_positions_over_all_groups() {
        List<UUID> groups = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            groups.add(group("Group " + i));
        }
        groupEvent(new ActivityGroupsReordered(fractal, List.of(groups.get(4), groups.get(0), groups.get(1),
                                                                groups.get(2), groups.get(3)), alice, now));

        Response first = get(alice, base() + "/activity-groups?limit=2");
        Response second = get(alice, base() + "/activity-groups?limit=2&cursor=" + first.body().get("nextCursor").asText());

        assertThat(names(first.body().get("items"))).containsExactly("Group 4", "Group 0");
        assertThat(names(second.body().get("items"))).containsExactly("Group 1", "Group 2");
        assertThat(second.body().get("items").get(0).get("position").asInt()).isEqualTo(2);
        assertThat(second.header("ETag")).hasValue("\"5\"");
        assertThat(allPages(base() + "/activity-groups?limit=2", 3)).extracting(item -> item.get("name").asText())
                .containsExactly("Group 4", "Group 0", "Group 1", "Group 2", "Group 3");
    }

    @Test
    void a_bad_limit_or_cursor_is_a_400_problem() {
        activity("Scales", null);
        for (String list : List.of("/activities", "/activity-groups")) {
            for (String query : List.of("?limit=0", "?limit=201", "?limit=many", "?cursor=not-a-cursor")) {
                Response response = get(alice, base() + list + query);
                assertThat(response.status()).as(list + query).isEqualTo(400);
                assertThat(response.header("Content-Type")).as(list + query)
                                                           .hasValueSatisfying(type -> assertThat(type)
                                                                   .startsWith("application/problem+json"));
            }
        }
        // A cursor of the other list is not one of this list.
        group("Technique");
        group("Theory");
        String groupCursor = get(alice, base() + "/activity-groups?limit=1").body().get("nextCursor").asText();
        assertThat(get(alice, base() + "/activities?cursor=" + groupCursor).status()).isEqualTo(400);
    }

    /** Every item of a paged list, following nextCursor; fails unless it takes exactly {@code pages} pages. */
    private List<JsonNode> allPages(String firstPage, int pages) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        int count = 0;
        do {
            Response page = get(alice, firstPage + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            page.body().get("items").forEach(items::add);
            JsonNode next = page.body().get("nextCursor");
            cursor = next.isNull() ? null : next.asText();
            count++;
        } while (cursor != null && count <= pages);
        assertThat(count).isEqualTo(pages);
        return items;
    }

    @Test
    void one_activity_has_every_field_and_its_version_as_etag() {
        UUID technique = group("Technique");
        UUID id = activity("C major scale", technique);
        SplitDefinition left = new SplitDefinition(UUID.randomUUID(), "Left");
        SplitDefinition right = new SplitDefinition(UUID.randomUUID(), "Right");
        token = events.append(id, 1, new ActivityChanged(fractal, id, "C major scale", "Two octaves", technique, true,
                                                         true, true, true, List.of(tempo), List.of(left, right),
                                                         List.of(reps.metricId()), List.of(), alice, now.plusSeconds(60)));

        Response response = get(alice, base() + "/activities/" + id);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).hasValue("\"1\"");
        JsonNode body = response.body();
        List<String> detailFields = new ArrayList<>(ACTIVITY_FIELDS);
        detailFields.addAll(List.of("removedMetrics", "removedSplits"));
        assertThat(fieldNames(body)).containsExactlyElementsOf(detailFields);
        assertThat(body.get("groupId").asText()).isEqualTo(technique.toString());
        assertThat(body.get("hasSplits").asBoolean()).isTrue();
        assertThat(body.get("metrics")).hasSize(1);
        assertThat(fieldNames(body.get("metrics").get(0))).containsExactly("id", "name", "unit", "topSet", "multiplicative");
        assertThat(body.get("metrics").get(0).get("id").asText()).isEqualTo(tempo.metricId().toString());
        assertThat(body.get("metrics").get(0).get("topSet").asBoolean()).isTrue();
        assertThat(names(body.get("splits"))).containsExactly("Left", "Right");
        assertThat(body.get("splits").get(0).get("id").asText()).isEqualTo(left.splitId().toString());
        assertThat(body.get("createdAt").asText()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(body.get("updatedAt").asText()).isEqualTo("2026-01-05T10:01:00Z");
        assertThat(body.get("instanceCount").asInt()).isZero();
        assertThat(body.get("lastUsedAt").isNull()).isTrue();
        assertThat(body.get("removedMetrics")).hasSize(1);
        assertThat(body.get("removedMetrics").get(0).get("id").asText()).isEqualTo(reps.metricId().toString());
        assertThat(body.get("removedMetrics").get(0).get("name").asText()).isEqualTo("Reps");
        assertThat(body.get("removedMetrics").get(0).get("unit").asText()).isEqualTo("reps");

        Response unchanged = api.get(base() + "/activities/" + id).token(TestTokens.forUser(alice))
                                .header("If-None-Match", "\"1\"").send();
        assertThat(unchanged.status()).isEqualTo(304);
    }

    @Test
    void s8_deleting_a_group_shows_its_activities_ungrouped() {
        UUID technique = group("Technique");
        UUID scales = activity("Scales", technique);
        groupEvent(new ActivityGroupDeleted(fractal, technique, alice, now));

        Response detail = get(alice, base() + "/activities/" + scales);
        Response list = get(alice, base() + "/activities");

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().get("groupId").isNull()).isTrue();
        assertThat(names(list.body().get("items"))).containsExactly("Scales");
        assertThat(get(alice, base() + "/activity-groups").body().get("items")).isEmpty();
        assertThat(get(alice, base() + "/activities?groupId=" + technique).body().get("items")).isEmpty();
    }

    @Test
    void someone_elses_fractal_a_missing_or_deleted_activity_and_one_of_another_fractal_are_404() {
        UUID scales = activity("Scales", null);
        UUID deleted = activity("Deleted", null);
        token = events.append(deleted, 1, new ActivityDeleted(fractal, deleted, alice, now));
        UUID bobsFractal = fractalOf(bob);

        for (String path : List.of(base() + "/activity-groups", base() + "/activities", base() + "/activities/" + scales)) {
            Response foreign = get(bob, path);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.body().get("detail").asText()).isEqualTo("Fractal not found");
        }
        Response viaBob = get(bob, "/api/v1/fractals/" + bobsFractal + "/activities/" + scales);
        assertThat(viaBob.status()).isEqualTo(404);
        assertThat(viaBob.body().get("detail").asText()).isEqualTo("Activity not found");
        assertThat(get(alice, base() + "/activities/" + deleted).status()).isEqualTo(404);
        assertThat(get(alice, base() + "/activities/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(get(alice, base() + "/activities/not-a-uuid").status()).isEqualTo(404);
        assertThat(get(alice, "/api/v1/fractals/" + UUID.randomUUID() + "/activities").status()).isEqualTo(404);
        assertThat(names(get(alice, base() + "/activities").body().get("items"))).containsExactly("Scales");
        assertThat(get(bob, "/api/v1/fractals/" + bobsFractal + "/activities").body().get("items")).isEmpty();
    }

    @Test
    void a_deleted_fractal_answers_404_and_its_activities_are_gone() {
        UUID scales = activity("Scales", group("Technique"));
        token = events.append(fractal, 2, new FractalDeleted(fractal, alice, now));

        assertThat(get(alice, base() + "/activities").status()).isEqualTo(404);
        assertThat(get(alice, base() + "/activities/" + scales).status()).isEqualTo(404);
    }

    @Test
    void no_token_is_401() {
        assertThat(api.get(base() + "/activities").send().status()).isEqualTo(401);
    }
}
