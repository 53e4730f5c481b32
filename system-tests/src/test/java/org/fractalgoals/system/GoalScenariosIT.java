package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance scenarios S1–S5 and S25 of the original product (reference-original.md §17), through the web
 * entry with tokens from Keycloak. Each read sends the consistency token of the command before it.
 */
class GoalScenariosIT extends ScenarioTest {


    private String createGoal(String fractal, String parent, String name) {
        return command(WEB.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", parent, "name", name)))
                .body().get("id").asText();
    }

    private JsonNode tree(String fractal) {
        Response tree = get("/api/v1/fractals/" + fractal + "/tree");
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        return tree.body();
    }

    private static List<JsonNode> allNodes(JsonNode node) {
        List<JsonNode> nodes = new ArrayList<>(List.of(node));
        node.get("children").forEach(child -> nodes.addAll(allNodes(child)));
        return nodes;
    }

    /** S1 and S2: a fractal and its hierarchy one level at a time. */
    private record Pianist(String fractal, String longTerm, String midTerm, String shortTerm, String immediate) {
    }

    private Pianist pianist() {
        String fractal = command(WEB.post("/api/v1/fractals", Map.of("name", "Become a pianist", "level", "ULTIMATE",
                                                                     "description", "Play Chopin in public")))
                .body().get("id").asText();
        String longTerm = createGoal(fractal, fractal, "Master nocturnes");
        String midTerm = createGoal(fractal, longTerm, "Op. 9 No. 2");
        String shortTerm = createGoal(fractal, midTerm, "Hands together at 60 bpm");
        String immediate = createGoal(fractal, shortTerm, "Bars 1–8");
        return new Pianist(fractal, longTerm, midTerm, shortTerm, immediate);
    }

    @Test
    void s1_create_and_list_a_fractal() {
        String fractal = command(WEB.post("/api/v1/fractals", Map.of("name", "Become a pianist", "level", "ULTIMATE",
                                                                     "description", "Play Chopin in public")))
                .body().get("id").asText();

        JsonNode card = null;
        for (JsonNode item : get("/api/v1/fractals?limit=200").body().get("items")) {
            if (item.get("id").asText().equals(fractal)) {
                card = item;
            }
        }
        assertThat(card).isNotNull();
        assertThat(card.get("name").asText()).isEqualTo("Become a pianist");
        assertThat(card.get("level").asText()).isEqualTo("ULTIMATE");
        assertThat(card.get("createdAt").asText()).startsWith(LocalDate.now(ZoneOffset.UTC).toString());

        JsonNode tree = tree(fractal);
        assertThat(tree.get("children")).isEmpty();
        assertThat(tree.get("subtreeGoalCount").asInt()).isEqualTo(1);
        assertThat(tree.get("percentComplete").asInt()).isZero();

        Response immediateRoot = WEB.post("/api/v1/fractals", Map.of("name", "x", "level", "IMMEDIATE")).token(alice).send();
        assertThat(immediateRoot.status()).isEqualTo(400);
        assertThat(immediateRoot.body().get("errors").get(0).get("field").asText()).isEqualTo("level");
        assertThat(immediateRoot.body().get("errors").get(0).get("message").asText())
                .contains("ULTIMATE", "LONG_TERM", "MID_TERM", "SHORT_TERM");
    }

    @Test
    void s2_build_the_hierarchy_one_level_at_a_time() {
        Pianist p = pianist();
        JsonNode tree = tree(p.fractal());
        List<String> levels = allNodes(tree).stream().map(node -> node.get("level").asText()).toList();
        assertThat(levels).containsExactly("ULTIMATE", "LONG_TERM", "MID_TERM", "SHORT_TERM", "IMMEDIATE");
        assertThat(tree.get("subtreeGoalCount").asInt()).isEqualTo(5);
        assertThat(tree.get("percentComplete").asInt()).isZero();
        assertThat(allNodes(tree)).allMatch(node -> node.get("ageDays").asInt() == 0);

        String micro = createGoal(p.fractal(), p.immediate(), "Scratch micro");
        String nano = createGoal(p.fractal(), micro, "Scratch nano");
        assertThat(get("/api/v1/fractals/" + p.fractal() + "/goals/" + nano).body().get("level").asText()).isEqualTo("NANO");
        Response underNano = WEB.post("/api/v1/fractals/" + p.fractal() + "/goals", Map.of("parentId", nano, "name", "x"))
                                .token(alice).send();
        assertThat(underNano.status()).isEqualTo(400);
        assertThat(underNano.body().get("errors").get(0).get("message").asText()).contains("cannot have children");

        command(WEB.delete("/api/v1/fractals/" + p.fractal() + "/goals/" + micro));
        assertThat(tree(p.fractal()).get("subtreeGoalCount").asInt()).isEqualTo(5);
    }

    @Test
    void s3_deadlines_are_kept_and_shown() {
        Pianist p = pianist();
        LocalDate inFiveDays = LocalDate.now(ZoneOffset.UTC).plusDays(5);
        command(WEB.patch("/api/v1/fractals/" + p.fractal() + "/goals/" + p.shortTerm(), Map.of("deadline", inFiveDays.toString())));
        JsonNode goal = get("/api/v1/fractals/" + p.fractal() + "/goals/" + p.shortTerm()).body();
        assertThat(goal.get("deadline").asText()).isEqualTo(inFiveDays.toString());
        assertThat(goal.get("smart").get("timeBound").asBoolean()).isTrue();

        LocalDate threeDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        command(WEB.patch("/api/v1/fractals/" + p.fractal() + "/goals/" + p.shortTerm(), Map.of("deadline", threeDaysAgo.toString())));
        assertThat(get("/api/v1/fractals/" + p.fractal() + "/goals/" + p.shortTerm()).body().get("deadline").asText())
                .isEqualTo(threeDaysAgo.toString());

        // Beyond the original: a child may not be due after its parent.
        Response late = WEB.patch("/api/v1/fractals/" + p.fractal() + "/goals/" + p.immediate(),
                                  Map.of("deadline", inFiveDays.toString())).token(alice).send();
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body().get("errors").get(0).get("field").asText()).isEqualTo("deadline");
    }

    @Test
    void s4_complete_and_uncomplete_a_goal_without_cascade() {
        Pianist p = pianist();
        Response before = get("/api/v1/fractals/" + p.fractal() + "/goals/" + p.immediate());
        command(WEB.post("/api/v1/fractals/" + p.fractal() + "/goals/" + p.immediate() + "/complete", null)
                   .header("If-Match", before.header("ETag").orElseThrow()));

        JsonNode goal = get("/api/v1/fractals/" + p.fractal() + "/goals/" + p.immediate()).body();
        assertThat(goal.get("completed").asBoolean()).isTrue();
        assertThat(goal.get("completedAt").isNull()).isFalse();
        JsonNode tree = tree(p.fractal());
        assertThat(tree.get("percentComplete").asInt()).isEqualTo(20);
        assertThat(allNodes(tree).stream().filter(node -> node.get("completed").asBoolean()).count()).isEqualTo(1);

        command(WEB.post("/api/v1/fractals/" + p.fractal() + "/goals/" + p.immediate() + "/uncomplete", null));
        goal = get("/api/v1/fractals/" + p.fractal() + "/goals/" + p.immediate()).body();
        assertThat(goal.get("completed").asBoolean()).isFalse();
        assertThat(goal.get("completedAt").isNull()).isTrue();
        assertThat(tree(p.fractal()).get("percentComplete").asInt()).isZero();

        Response stale = WEB.post("/api/v1/fractals/" + p.fractal() + "/goals/" + p.immediate() + "/complete", null)
                            .token(alice).header("If-Match", before.header("ETag").orElseThrow()).send();
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void s5_delete_a_subtree() {
        Pianist p = pianist();
        command(WEB.delete("/api/v1/fractals/" + p.fractal() + "/goals/" + p.midTerm()));

        JsonNode tree = tree(p.fractal());
        assertThat(tree.get("subtreeGoalCount").asInt()).isEqualTo(2);
        assertThat(allNodes(tree)).extracting(node -> node.get("name").asText())
                                  .containsExactly("Become a pianist", "Master nocturnes");
        for (String gone : List.of(p.midTerm(), p.shortTerm(), p.immediate())) {
            assertThat(get("/api/v1/fractals/" + p.fractal() + "/goals/" + gone).status()).isEqualTo(404);
        }
    }

    @Test
    void s25_delete_a_fractal() {
        Pianist p = pianist();
        command(WEB.delete("/api/v1/fractals/" + p.fractal()));

        assertThat(get("/api/v1/fractals?limit=200").body().get("items").toString()).doesNotContain(p.fractal());
        assertThat(get("/api/v1/fractals/" + p.fractal() + "/tree").status()).isEqualTo(404);
        assertThat(get("/api/v1/fractals/" + p.fractal() + "/goals/" + p.shortTerm()).status()).isEqualTo(404);
        assertThat(WEB.post("/api/v1/fractals/" + p.fractal() + "/goals", Map.of("parentId", p.fractal(), "name", "x"))
                      .token(alice).send().status()).isEqualTo(404);
    }

    @Test
    void goal_selection_offers_open_short_term_goals_with_their_open_immediate_goals() {
        Pianist p = pianist();
        String doneImmediate = createGoal(p.fractal(), p.shortTerm(), "Bars 9–16");
        command(WEB.post("/api/v1/fractals/" + p.fractal() + "/goals/" + doneImmediate + "/complete", null));

        JsonNode items = get("/api/v1/fractals/" + p.fractal() + "/goals/selection").body().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("id").asText()).isEqualTo(p.shortTerm());
        assertThat(items.get(0).get("immediateGoals")).hasSize(1);
        assertThat(items.get(0).get("immediateGoals").get(0).get("id").asText()).isEqualTo(p.immediate());
    }

    @Test
    void bob_gets_404_from_every_goal_read_of_alices_fractal() {
        Pianist p = pianist();
        for (String path : List.of("/api/v1/fractals/" + p.fractal() + "/tree",
                                   "/api/v1/fractals/" + p.fractal() + "/goals/" + p.shortTerm(),
                                   "/api/v1/fractals/" + p.fractal() + "/goals/selection")) {
            Response response = WEB.get(path).token(bob).header("X-Consistency-Token", consistency).send();
            assertThat(response.status()).as(path).isEqualTo(404);
        }
    }
}
