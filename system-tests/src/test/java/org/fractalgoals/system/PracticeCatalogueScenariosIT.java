package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance scenarios S6–S9 (activities, splits, groups, templates) through the web entry with tokens from
 * Keycloak; every read sends the consistency token of the command before it.
 */
class PracticeCatalogueScenariosIT extends ScenarioTest {

    private String fractal;

    private String base() {
        if (fractal == null) {
            fractal = command(WEB.post("/api/v1/fractals", Map.of("name", "Become a pianist"))).body().get("id").asText();
        }
        return "/api/v1/fractals/" + fractal;
    }

    private static Map<String, Object> metric(String name, String unit, boolean topSet) {
        return Map.of("name", name, "unit", unit, "topSet", topSet);
    }

    private String scale(String groupId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "name", "C major scale", "hasSets", true, "hasMetrics", true,
                "metrics", List.of(metric("Tempo", "bpm", true), metric("Reps", "reps", false))));
        if (groupId != null) {
            body.put("groupId", groupId);
        }
        return command(WEB.post(base() + "/activities", body)).body().get("id").asText();
    }

    @Test
    void s6_a_set_based_activity_with_at_most_three_metrics_and_a_removed_metric_kept_for_history() {
        String technique = command(WEB.post(base() + "/activity-groups", Map.of("name", "Technique"))).body().get("id").asText();
        String scale = scale(technique);

        JsonNode card = read(base() + "/activities/" + scale);
        assertThat(card.get("hasSets").asBoolean()).isTrue();
        assertThat(card.get("groupId").asText()).isEqualTo(technique);
        assertThat(card.get("metrics")).extracting(m -> m.get("name").asText()).containsExactly("Tempo", "Reps");
        assertThat(card.get("metrics").get(0).get("topSet").asBoolean()).isTrue();
        assertThat(card.get("lastUsedAt").isNull()).isTrue();

        Response four = refused(WEB.post(base() + "/activities", Map.of(
                "name", "Too much", "hasMetrics", true,
                "metrics", List.of(metric("a", "x", false), metric("b", "x", false), metric("c", "x", false),
                                   metric("d", "x", false)))));
        assertThat(four.text()).contains("Maximum of 3 metrics allowed per activity.");

        String tempoId = card.get("metrics").get(0).get("id").asText();
        command(WEB.patch(base() + "/activities/" + scale, Map.of("metrics", List.of(
                Map.of("id", tempoId, "name", "Tempo", "unit", "bpm", "topSet", true)))));
        JsonNode edited = read(base() + "/activities/" + scale);
        assertThat(edited.get("metrics")).extracting(m -> m.get("name").asText()).containsExactly("Tempo");
        assertThat(edited.get("metrics").get(0).get("id").asText()).isEqualTo(tempoId);
        assertThat(edited.get("removedMetrics").toString()).contains("Reps");
    }

    @Test
    void s7_splits_stay_between_two_and_five() {
        Map<String, Object> accuracy = metric("Accuracy", "%", false);
        String handIndependence = command(WEB.post(base() + "/activities", Map.of(
                "name", "Hand independence", "hasSplits", true, "hasMetrics", true, "metrics", List.of(accuracy),
                "splits", List.of(Map.of("name", "Left"), Map.of("name", "Right"))))).body().get("id").asText();
        assertThat(read(base() + "/activities/" + handIndependence).get("splits"))
                .extracting(s -> s.get("name").asText()).containsExactly("Left", "Right");

        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            six.add(Map.of("name", "Split #" + i));
        }
        assertThat(refused(WEB.post(base() + "/activities", Map.of("name", "Six", "hasSplits", true, "metrics", List.of(accuracy),
                                                                    "splits", six))).text())
                .contains("Maximum of 5 splits allowed per activity.");
        refused(WEB.post(base() + "/activities", Map.of("name", "One", "hasSplits", true, "metrics", List.of(accuracy),
                                                         "splits", List.of(Map.of("name", "Only")))));
    }

    @Test
    void s8_groups_keep_their_order_and_deleting_one_ungroups_its_activities() {
        String technique = command(WEB.post(base() + "/activity-groups", Map.of("name", "Technique"))).body().get("id").asText();
        String repertoire = command(WEB.post(base() + "/activity-groups", Map.of("name", "Repertoire"))).body().get("id").asText();
        String theory = command(WEB.post(base() + "/activity-groups", Map.of("name", "Theory"))).body().get("id").asText();
        String scale = scale(technique);

        command(WEB.method("PUT", base() + "/activity-groups/order", Map.of("groupIds", List.of(theory, technique, repertoire))));
        assertThat(read(base() + "/activity-groups").get("items")).extracting(g -> g.get("name").asText())
                                                                  .containsExactly("Theory", "Technique", "Repertoire");

        command(WEB.delete(base() + "/activity-groups/" + technique));
        assertThat(read(base() + "/activity-groups").get("items")).extracting(g -> g.get("name").asText())
                                                                  .containsExactly("Theory", "Repertoire");
        JsonNode activity = read(base() + "/activities/" + scale);
        assertThat(activity.get("groupId").isNull()).isTrue();
        assertThat(activity.get("name").asText()).isEqualTo("C major scale");
    }

    @Test
    void s9_a_template_with_two_sections_is_made_validated_and_duplicated() {
        String scale = scale(null);
        String nocturne = command(WEB.post(base() + "/activities", Map.of("name", "Nocturne run-through", "hasMetrics", false)))
                .body().get("id").asText();
        Map<String, Object> daily = Map.of("name", "Daily Practice", "sections", List.of(
                Map.of("name", "Warm-up", "plannedMinutes", 10, "activityIds", List.of(scale)),
                Map.of("name", "Repertoire", "plannedMinutes", 30, "activityIds", List.of(nocturne))));
        String template = command(WEB.post(base() + "/templates", daily)).body().get("id").asText();

        JsonNode card = read(base() + "/templates/" + template);
        assertThat(card.get("sectionCount").asInt()).isEqualTo(2);
        assertThat(card.get("totalMinutes").asInt()).isEqualTo(40);

        assertThat(refused(WEB.post(base() + "/templates", Map.of("sections", daily.get("sections")))).text())
                .contains("Template name is required");
        assertThat(refused(WEB.post(base() + "/templates", Map.of("name", "Empty", "sections", List.of()))).text())
                .contains("Add at least one section to the template");

        String copy = command(WEB.post(base() + "/templates/" + template + "/duplicate", null)).body().get("id").asText();
        JsonNode duplicate = read(base() + "/templates/" + copy);
        assertThat(duplicate.get("name").asText()).isEqualTo("Daily Practice (Copy)");
        assertThat(duplicate.get("sections")).isEqualTo(card.get("sections"));

        assertThat(WEB.get(base() + "/templates/" + template).token(bob).send().status()).isEqualTo(404);
        assertThat(WEB.get(base() + "/activities").token(bob).send().status()).isEqualTo(404);
    }
}
