package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 through the whole system: a user made for the test uploads the original app's v1.2 file through the
 * web entry; once the import says COMPLETED, every count and fact of the fixture's manifest (small.json) is read
 * back through the query API. Importing the same file again changes nothing; rows today's rules refuse are
 * reported while the rest arrives; an operator imports for a user with {@code ./fractal import-v1}.
 */
@ExtendWith(RunningSystem.class)
class ImportV1IT {

    private static final ApiClient WEB = new ApiClient("http://localhost:8080");
    private static final String PASSWORD = "Fractal-Import-2026!";
    private static final String S1 = "2025-11-10T19:02:05Z";
    private static final String S2 = "2025-11-17T19:05:53Z";
    private static final String S3 = "2025-11-20T07:48:19Z";
    private static final String S4 = "2026-01-05T19:00:27Z";

    private static JsonNode manifest;

    @BeforeAll
    static void readManifest() throws Exception {
        manifest = V1Upload.manifest();
    }

    @Test
    void the_v1_fixture_arrives_with_every_count_and_fact_of_its_manifest() throws Exception {
        String token = newUser("importer");

        JsonNode result = V1Upload.importAndWait(V1Upload.fixtureCopy(), token);

        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("COMPLETED");
        assertThat(result.get("processed").asLong()).isEqualTo(result.get("total").asLong()).isPositive();
        JsonNode counts = manifest.get("counts");
        JsonNode summary = result.get("summary");
        assertThat(summary.get("refused")).as("nothing in the fixture breaks today's rules: " + summary).isEmpty();
        JsonNode imported = summary.get("counts");
        assertThat(imported.get("goals").asInt()).isEqualTo(counts.get("goals_total").asInt());
        assertThat(imported.get("targets").asInt()).isEqualTo(counts.get("targets").asInt());
        assertThat(imported.get("activityGroups").asInt()).isEqualTo(counts.get("activity_groups").asInt());
        assertThat(imported.get("activities").asInt()).isEqualTo(counts.get("activities").asInt());
        assertThat(imported.get("templates").asInt()).isEqualTo(counts.get("session_templates").asInt());
        assertThat(imported.get("programs").asInt()).isEqualTo(counts.get("programs").asInt());
        assertThat(imported.get("programBlocks").asInt()).isEqualTo(counts.get("program_blocks").asInt());
        assertThat(imported.get("programDays").asInt()).isEqualTo(counts.get("program_days").get("total").asInt());
        int deleted = counts.get("sessions").get("deleted").asInt();
        assertThat(imported.get("sessions").asInt()).isEqualTo(counts.get("sessions").get("total").asInt() - deleted);
        assertThat(imported.get("activityInstances").asInt()).isEqualTo(12); // 14 rows, 2 of them in the deleted S5
        assertThat(summary.get("warnings").toString()).as("the soft-deleted session is named, not silently left out")
                .contains(manifest.get("session_labels").get("S5").get("id").asText());

        Reader read = new Reader(token);
        goalsAndTargets(read, counts);
        catalogue(read, counts);
        sessions(read, counts);
        program(read, counts);
    }

    private void goalsAndTargets(Reader read, JsonNode counts) {
        JsonNode fractals = read.json("/api/v1/fractals").get("items");
        assertThat(fractals).hasSize(2);
        Map<String, JsonNode> byName = byName(fractals);
        JsonNode pianist = byName.get("Become a pianist");
        JsonNode marathon = byName.get("Run a marathon");
        assertThat(pianist.get("level").asText()).isEqualTo("ULTIMATE");
        assertThat(marathon.get("level").asText()).isEqualTo("LONG_TERM");
        assertThat(pianist.get("createdAt").asText()).isEqualTo("2025-11-03T18:30:12.510503Z");
        for (JsonNode fractal : manifest.get("counts").get("fractals")) {
            assertThat(byName.get(fractal.get("name").asText()).get("goalCount").asInt())
                    .as(fractal.get("name").asText()).isEqualTo(fractal.get("goals_in_tree").asInt());
        }
        read.fractal = pianist.get("id").asText();

        List<JsonNode> goals = new ArrayList<>();
        goals.addAll(flatten(read.json("/api/v1/fractals/" + pianist.get("id").asText() + "/tree")));
        goals.addAll(flatten(read.json("/api/v1/fractals/" + marathon.get("id").asText() + "/tree")));
        assertThat(goals).hasSize(counts.get("goals_total").asInt());
        Map<String, Integer> perLevel = new HashMap<>();
        goals.forEach(goal -> perLevel.merge(goal.get("level").asText(), 1, Integer::sum));
        counts.get("goals_per_level").properties().forEach(level ->
                assertThat(perLevel.get(levelOf(level.getKey()))).as(level.getKey()).isEqualTo(level.getValue().asInt()));
        assertThat(goals.stream().filter(goal -> goal.get("completed").asBoolean())).hasSize(counts.get("goals_completed").asInt());
        assertThat(goals.stream().filter(goal -> !goal.get("deadline").isNull())).hasSize(counts.get("goals_with_deadline").asInt());
        Map<String, JsonNode> goal = byName(goals);
        read.goals = goal;

        JsonNode bars = goal.get("Bars 1–8");
        assertThat(bars.get("level").asText()).isEqualTo("IMMEDIATE");
        assertThat(bars.get("completed").asBoolean()).isTrue();
        assertThat(bars.get("completedAt").asText()).isEqualTo("2025-11-10T19:50:40.285311Z");
        assertThat(bars.get("parentId").asText()).isEqualTo(goal.get("Hands together at 60 bpm").get("id").asText());

        List<String> chain = new ArrayList<>();
        for (JsonNode node = goal.get("Thumb under on the F"); node != null; node = parentOf(node, goals)) {
            chain.addFirst(node.get("name").asText() + "/" + node.get("level").asText());
        }
        List<String> expectedChain = new ArrayList<>();
        for (JsonNode link : fact("7-level chain").get("chain")) {
            expectedChain.add(link.get("name").asText() + "/" + levelOf(link.get("type").asText()));
        }
        assertThat(chain).isEqualTo(expectedChain);

        for (JsonNode deadline : fact("three goals have deadlines").get("deadlines")) {
            assertThat(goal.get(deadline.get("goal").asText()).get("deadline").asText())
                    .as(deadline.get("goal").asText()).isEqualTo(deadline.get("date").asText());
        }
        JsonNode root = goal.get("Become a pianist");
        assertThat(root.get("parentId").isNull()).isTrue();
        assertThat(root.get("createdAt").asText()).isEqualTo("2025-11-03T18:30:12.510503Z");
    }

    private void catalogue(Reader read, JsonNode counts) {
        String base = "/api/v1/fractals/" + read.fractal;
        JsonNode groups = read.json(base + "/activity-groups").get("items");
        assertThat(groups).hasSize(counts.get("activity_groups").asInt());
        assertThat(names(groups)).containsExactly("Technique", "Repertoire");
        JsonNode activities = read.json(base + "/activities").get("items");
        assertThat(activities).hasSize(counts.get("activities").asInt());
        Map<String, JsonNode> activity = byName(activities);
        read.activities = activity;
        int metrics = 0;
        int splits = 0;
        for (JsonNode each : activities) {
            metrics += each.get("metrics").size();
            splits += each.get("splits").size();
        }
        assertThat(metrics).isEqualTo(counts.get("metrics").asInt());
        assertThat(splits).isEqualTo(counts.get("splits").asInt());
        assertThat(activity.values().stream().filter(a -> a.get("groupId").isNull()))
                .hasSize(counts.get("activities_ungrouped").asInt());
        assertThat(activity.values().stream().filter(a -> a.get("hasSets").asBoolean()))
                .hasSize(counts.get("activities_with_sets").asInt());
        assertThat(activity.values().stream().filter(a -> a.get("hasSplits").asBoolean()))
                .hasSize(counts.get("activities_with_splits").asInt());
        assertThat(activity.values().stream().filter(a -> a.get("metrics").isEmpty()))
                .hasSize(counts.get("activities_without_metrics").asInt());

        JsonNode scale = activity.get("C major scale");
        assertThat(scale.get("hasSets").asBoolean()).isTrue();
        assertThat(scale.get("multiplicative").asBoolean()).isTrue();
        assertThat(scale.get("groupId").asText()).isEqualTo(byName(groups).get("Technique").get("id").asText());
        JsonNode tempo = byName(scale.get("metrics")).get("Tempo");
        assertThat(tempo.get("unit").asText()).isEqualTo("bpm");
        assertThat(tempo.get("topSet").asBoolean()).isTrue();
        assertThat(tempo.get("multiplicative").asBoolean()).isTrue();
        JsonNode reps = byName(scale.get("metrics")).get("Reps");
        assertThat(reps.get("unit").asText()).isEqualTo("reps");
        assertThat(reps.get("topSet").asBoolean()).isFalse();
        assertThat(names(activity.get("Hand independence").get("splits"))).containsExactly("Left", "Right");
        assertThat(activity.get("Sight-reading").get("groupId").isNull()).isTrue();
        assertThat(activity.get("Nocturne run-through").get("hasMetrics").asBoolean()).isFalse();
        assertThat(activity.get("Nocturne run-through").get("metrics")).isEmpty();

        JsonNode hands = read.goals.get("Hands together at 60 bpm");
        JsonNode targets = hands.get("targets");
        assertThat(targets).hasSize(2);
        for (JsonNode expected : fact("has 2 targets").get("targets")) {
            JsonNode target = byName(targets).get(expected.get("name").asText());
            JsonNode of = activity.get(expected.get("activity").asText());
            assertThat(target.get("activityId").asText()).isEqualTo(of.get("id").asText());
            Map<String, JsonNode> metricByName = byName(of.get("metrics"));
            List<String> thresholds = new ArrayList<>();
            target.get("thresholds").forEach(t -> thresholds.add(
                    nameOfMetric(of, t.get("metricId").asText()) + t.get("operator").asText() + t.get("value").decimalValue().stripTrailingZeros().toPlainString()));
            List<String> wanted = new ArrayList<>();
            expected.get("thresholds").forEach(t -> {
                assertThat(metricByName).containsKey(t.get(0).asText());
                wanted.add(t.get(0).asText() + "GTE" + t.get(1).decimalValue().stripTrailingZeros().toPlainString());
            });
            assertThat(thresholds).containsExactlyInAnyOrderElementsOf(wanted);
        }
        // S2 has the set (125, 4): the target is recorded as achieved there, but the goal stays as v1.2 had it.
        JsonNode scales = byName(targets).get("Scales 120×4");
        assertThat(scales.get("achieved").asBoolean()).isTrue();
        assertThat(hands.get("completed").asBoolean()).isFalse();

        JsonNode templates = read.json(base + "/templates").get("items");
        assertThat(templates).hasSize(counts.get("session_templates").asInt());
        JsonNode daily = byName(templates).get("Daily Practice");
        assertThat(daily.get("sections").get(0).get("name").asText()).isEqualTo("Warm-up");
        assertThat(daily.get("sections").get(0).get("plannedMinutes").asInt()).isEqualTo(10);
        assertThat(daily.get("sections").get(0).get("activityIds")).extracting(JsonNode::asText).containsExactly(
                scale.get("id").asText(), activity.get("Hand independence").get("id").asText());
        assertThat(daily.get("sections").get(1).get("plannedMinutes").asInt()).isEqualTo(30);
        JsonNode sprint = byName(templates).get("Sight-reading Sprint");
        assertThat(sprint.get("sections")).extracting(s -> s.get("name").asText() + " " + s.get("plannedMinutes").asInt())
                .containsExactly("Reading 15", "Review 5");
    }

    private void sessions(Reader read, JsonNode counts) {
        String base = "/api/v1/fractals/" + read.fractal;
        JsonNode list = read.json(base + "/sessions?limit=50").get("items");
        JsonNode sessionCounts = counts.get("sessions");
        assertThat(list).hasSize(sessionCounts.get("completed").asInt() + sessionCounts.get("open").asInt());
        assertThat(list.findValuesAsText("completed").stream().filter("true"::equals))
                .hasSize(sessionCounts.get("completed").asInt());
        JsonNode summary = read.json(base + "/analytics/sessions/summary");
        assertThat(summary.get("total").asInt()).isEqualTo(4);
        assertThat(summary.get("completed").asInt()).isEqualTo(sessionCounts.get("completed").asInt());
        assertThat(summary.get("open").asInt()).isEqualTo(sessionCounts.get("open").asInt());
        Map<String, JsonNode> byStart = new HashMap<>();
        for (JsonNode session : list) {
            byStart.put(session.get("startedAt").asText(), read.json(base + "/sessions/" + session.get("id").asText()));
        }
        assertThat(byStart).containsOnlyKeys(S1, S2, S3, S4);

        int links = 0;
        int instances = 0;
        int timed = 0;
        int running = 0;
        int sets = 0;
        int values = 0;
        int valuesWithSplit = 0;
        int notes = 0;
        for (JsonNode session : byStart.values()) {
            links += session.get("goalIds").size();
            for (JsonNode instance : instancesOf(session)) {
                instances++;
                timed += instance.get("startedAt").isNull() ? 0 : 1;
                running += instance.get("running").asBoolean() ? 1 : 0;
                sets += instance.get("sets").size();
                values += instance.get("values").size();
                for (JsonNode value : instance.get("values")) {
                    valuesWithSplit += value.get("splitId").isNull() ? 0 : 1;
                }
                notes += instance.get("notes").isNull() || instance.get("notes").asText().isEmpty() ? 0 : 1;
            }
        }
        // The manifest counts rows of all five sessions; the soft-deleted S5 has 1 goal link and 2 instances
        // (one timed, no sets, no values, no note), which are not imported.
        assertThat(links).isEqualTo(counts.get("session_goal_links").get("total").asInt() - 1);
        assertThat(instances).isEqualTo(counts.get("activity_instances").asInt() - 2);
        assertThat(timed).isEqualTo(counts.get("instances_with_timer_start").asInt() - 1);
        assertThat(running).isEqualTo(counts.get("instances_running").asInt());
        assertThat(values).isEqualTo(counts.get("metric_values").asInt());
        assertThat(valuesWithSplit).isEqualTo(counts.get("metric_values_with_split").asInt());
        assertThat(notes).isEqualTo(counts.get("notes").get("activity_instance_notes").asInt());
        // Blank set values ("") are not values: S4's second set keeps Tempo only.
        assertThat(sets).isEqualTo(counts.get("sets").asInt());

        JsonNode s1 = byStart.get(S1);
        JsonNode s1Fact = fact("total_duration_seconds = 2653");
        assertThat(s1.get("completed").asBoolean()).isTrue();
        assertThat(s1.get("endedAt").asText()).isEqualTo("2025-11-10T19:46:18.127Z");
        assertThat(s1.get("completedAt").asText()).isEqualTo("2025-11-10T19:46:18.296931Z");
        assertThat(s1.get("createdAt").asText()).isEqualTo("2025-11-10T19:02:05.991512Z");
        assertThat(s1.get("totalDurationSeconds").asLong()).isEqualTo(s1Fact.get("total_duration_seconds").asLong());
        assertThat(s1.get("plannedMinutes").asInt()).isEqualTo(40);
        assertThat(goalNames(read, s1)).containsExactlyInAnyOrder("Hands together at 60 bpm", "Bars 1–8");
        JsonNode scaleS1 = instanceOf(read, s1, "C major scale");
        List<String> setValues = new ArrayList<>();
        for (JsonNode set : scaleS1.get("sets")) {
            setValues.add(valueOf(read, "C major scale", set, "Tempo") + "," + valueOf(read, "C major scale", set, "Reps"));
        }
        assertThat(setValues).containsExactly("100,4", "120,3", "110,5");
        for (JsonNode timer : fact("timers (start/stop endpoints)").get("instances")) {
            JsonNode instance = instanceOf(read, s1, timer.get(0).asText());
            assertThat(instance.get("startedAt").asText()).isEqualTo(iso(timer.get(1).asText()));
            assertThat(instance.get("stoppedAt").asText()).isEqualTo(iso(timer.get(2).asText()));
            assertThat(instance.get("durationSeconds").asLong()).isEqualTo(timer.get(3).asLong());
        }
        JsonNode hands = instanceOf(read, s1, "Hand independence");
        Map<String, String> perSplit = new HashMap<>();
        for (JsonNode value : hands.get("values")) {
            perSplit.put(nameOfSplit(read.activities.get("Hand independence"), value.get("splitId").asText()),
                         value.get("value").decimalValue().stripTrailingZeros().toPlainString());
        }
        assertThat(perSplit).isEqualTo(Map.of("Left", "85", "Right", "78"));

        JsonNode s2 = byStart.get(S2);
        JsonNode s2Fact = fact("linked to program day");
        assertThat(s2.get("description").asText()).isEqualTo(s2Fact.get("description").asText());
        assertThat(s2.get("programDayId").isNull()).isFalse();
        read.s2ProgramDay = s2.get("programDayId").asText();
        assertThat(goalNames(read, s2)).containsExactlyInAnyOrder("Hands together at 60 bpm", "Bars 9–16");

        JsonNode s3 = byStart.get(S3);
        JsonNode typed = instanceOf(read, s3, "Sight-reading");
        assertThat(typed.get("startedAt").asText()).isEqualTo("2025-11-20T07:31:00Z");
        assertThat(typed.get("stoppedAt").asText()).isEqualTo("2025-11-20T07:46:00Z");
        assertThat(typed.get("durationSeconds").asLong()).isEqualTo(900);
        assertThat(typed.get("notes").asText()).isEqualTo("Bach chorales, slow");
        assertThat(goalNames(read, s3)).containsExactlyInAnyOrder("Daily sight-reading habit", "10 pieces in a week");

        JsonNode s4 = byStart.get(S4);
        assertThat(s4.get("completed").asBoolean()).isFalse();
        assertThat(s4.get("endedAt").isNull()).isTrue();
        assertThat(instanceOf(read, s4, "Hand independence").get("running").asBoolean()).isTrue();
        assertThat(instanceOf(read, s4, "Hand independence").get("startedAt").asText()).isEqualTo("2026-01-05T19:10:23.956743Z");
        List<String> sections = new ArrayList<>();
        for (JsonNode section : s4.get("sections")) {
            List<String> names = new ArrayList<>();
            section.get("instances").forEach(i -> names.add(nameOfActivity(read, i.get("activityId").asText())));
            sections.add(section.get("name").asText() + ": " + String.join(", ", names));
        }
        assertThat(sections).containsExactly("Warm-up: C major scale, Sight-reading, Hand independence",
                                             "Repertoire: Nocturne run-through");
        JsonNode secondSet = instanceOf(read, s4, "C major scale").get("sets").get(1);
        assertThat(secondSet.get("values")).hasSize(1);
        assertThat(valueOf(read, "C major scale", secondSet, "Tempo")).isEqualTo("122");
        assertThat(goalNames(read, s4)).containsExactlyInAnyOrder(
                "Hands together at 60 bpm", "Memorise the A section", "Bars 9–16");
    }

    private void program(Reader read, JsonNode counts) {
        String base = "/api/v1/fractals/" + read.fractal;
        JsonNode programs = read.json(base + "/programs").get("items");
        assertThat(programs).hasSize(counts.get("programs").asInt());
        JsonNode program = read.json(base + "/programs/" + programs.get(0).get("id").asText());
        assertThat(program.get("name").asText()).isEqualTo("Winter Recital");
        assertThat(program.get("startDate").asText()).isEqualTo("2025-11-03");
        assertThat(program.get("endDate").asText()).isEqualTo("2026-01-31");
        assertThat(program.get("goalIds")).extracting(JsonNode::asText)
                .containsExactly(read.goals.get("Op. 9 No. 2").get("id").asText());
        JsonNode blocks = program.get("blocks");
        assertThat(blocks).hasSize(counts.get("program_blocks").asInt());
        int dated = 0;
        int abstractDays = 0;
        int templateLinks = 0;
        for (JsonNode expected : fact("block 'Base' has 5 dated days").get("blocks")) {
            JsonNode block = byName(blocks).get(expected.get("name").asText());
            assertThat(block.get("startDate").asText()).isEqualTo(expected.get("start_date").asText());
            assertThat(block.get("endDate").asText()).isEqualTo(expected.get("end_date").asText());
            assertThat(block.get("color").asText()).isEqualToIgnoringCase(expected.get("color").asText());
            List<String> goals = new ArrayList<>();
            expected.get("goals").forEach(g -> goals.add(read.goals.get(g.asText()).get("id").asText()));
            assertThat(block.get("goalIds")).extracting(JsonNode::asText).containsExactlyElementsOf(goals);
            int blockDated = 0;
            int blockAbstract = 0;
            for (JsonNode day : block.get("days")) {
                if (day.get("date").isNull()) {
                    blockAbstract++;
                } else {
                    blockDated++;
                }
                templateLinks += day.get("templateIds").size();
            }
            assertThat(blockDated).as(expected.get("name").asText()).isEqualTo(expected.get("dated_days").asInt());
            assertThat(blockAbstract).as(expected.get("name").asText()).isEqualTo(expected.get("abstract_days").asInt());
            dated += blockDated;
            abstractDays += blockAbstract;
        }
        assertThat(dated).isEqualTo(counts.get("program_days").get("dated").asInt());
        assertThat(abstractDays).isEqualTo(counts.get("program_days").get("abstract").asInt());
        assertThat(templateLinks).isEqualTo(counts.get("program_day_template_links").asInt());
        for (JsonNode expected : fact("copy-to-other-blocks keeps day_number").get("days")) {
            JsonNode block = byName(blocks).get(expected.get(0).asText());
            JsonNode day = byName(block.get("days")).get(expected.get(1).asText());
            assertThat(day.get("dayNumber").asInt()).as(expected.toString()).isEqualTo(expected.get(2).asInt());
            assertThat(day.get("date").isNull() ? null : day.get("date").asText())
                    .isEqualTo(expected.get(3).isNull() ? null : expected.get(3).asText());
        }
        JsonNode linkedDay = null;
        for (JsonNode day : byName(blocks).get("Base").get("days")) {
            if (day.get("id").asText().equals(read.s2ProgramDay)) {
                linkedDay = day;
            }
        }
        assertThat(linkedDay).as("S2's program day is a day of block Base").isNotNull();
        assertThat(linkedDay.get("name").asText()).isEqualTo("Monday Drills");
        assertThat(linkedDay.get("date").asText()).isEqualTo("2025-11-17");
    }

    @Test
    void importing_the_same_file_again_changes_nothing() throws Exception {
        String token = newUser("again");
        Path file = V1Upload.fixtureCopy();
        JsonNode first = V1Upload.importAndWait(file, token);
        assertThat(first.get("status").asText()).isEqualTo("COMPLETED");
        String userId = subjectOf(token);
        long eventsBefore = eventsOf(userId);
        assertThat(eventsBefore).isPositive();

        JsonNode second = V1Upload.importAndWait(file, token);

        assertThat(second.get("status").asText()).as(second.toString()).isEqualTo("COMPLETED");
        assertThat(second.get("summary").get("counts")).isEqualTo(first.get("summary").get("counts"));
        assertThat(eventsOf(userId)).as("events of the user's aggregates").isEqualTo(eventsBefore);
        assertThat(new Reader(token).json("/api/v1/fractals").get("items")).hasSize(2);
    }

    @Test
    void imported_events_keep_the_original_times_and_record_the_import() throws Exception {
        String token = newUser("times");
        Instant before = Instant.now();
        JsonNode result = V1Upload.importAndWait(V1Upload.fixtureCopy(), token);
        assertThat(result.get("status").asText()).isEqualTo("COMPLETED");
        String importId = result.get("id").asText();

        try (Connection database = database();
             PreparedStatement query = database.prepareStatement(
                     "select e.timestamp, convert_from(e.metadata, 'UTF8') from eventstore.domainevententry e "
                     + "where e.payloadtype = 'org.fractalgoals.events.goal.FractalCreated' "
                     + "and convert_from(e.metadata, 'UTF8') like ?")) {
            query.setString(1, "%" + importId + "%");
            try (ResultSet rows = query.executeQuery()) {
                int fractals = 0;
                while (rows.next()) {
                    fractals++;
                    assertThat(Instant.parse(rows.getString(1))).as("stored when the import ran").isAfter(before.minusSeconds(1));
                    assertThat(rows.getString(2)).contains("fractal-goals-v1.2");
                }
                assertThat(fractals).isEqualTo(2);
            }
        }
        Reader read = new Reader(token);
        JsonNode pianist = byName(read.json("/api/v1/fractals").get("items")).get("Become a pianist");
        String fractal = pianist.get("id").asText();
        JsonNode history = read.json("/api/v1/fractals/" + fractal + "/goals/" + fractal + "/history").get("items");
        assertThat(history.get(0).get("type").asText()).isEqualTo("GoalCreated");
        assertThat(history.get(0).get("occurredAt").asText()).isEqualTo("2025-11-03T18:30:12.510503Z");
    }

    @Test
    void rows_todays_rules_refuse_are_reported_and_the_rest_arrives() throws Exception {
        String token = newUser("refused");
        Path file = V1Upload.fixtureCopy();
        JsonNode s3 = manifest.get("session_labels").get("S3");
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement edit = sqlite.createStatement()) {
            // Reversed typed times: v1.2 stored a negative duration.
            edit.executeUpdate("update activity_instances set time_start = '2025-11-20 07:46:00.000000', "
                               + "time_stop = '2025-11-20 07:31:00.000000', duration_seconds = -900 "
                               + "where session_id = '" + s3.get("id").asText() + "' and notes = 'Bach chorales, slow'");
            // Both goals S3 is linked to disappear (as a v1.2 subtree deletion leaves its links behind).
            edit.executeUpdate("delete from goals where name in ('Daily sight-reading habit', '10 pieces in a week')");
            // An instance whose activity was deleted.
            edit.executeUpdate("update activity_instances set activity_definition_id = 'gone-activity' "
                               + "where notes = 'Thumb crossing smoother today'");
        }

        JsonNode result = V1Upload.importAndWait(file, token);

        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("COMPLETED");
        JsonNode refused = result.get("summary").get("refused");
        assertThat(refused).allSatisfy(row -> assertThat(row.get("reason").asText()).isNotBlank());
        assertThat(refused.findValuesAsText("entity")).contains("sessionGoalLinks", "activityInstances");
        assertThat(refused.toString()).contains(s3.get("id").asText());
        assertThat(result.get("summary").get("counts").get("goals").asInt()).isEqualTo(19);
        assertThat(result.get("summary").get("counts").get("sessions").asInt()).isEqualTo(4);

        Reader read = new Reader(token);
        JsonNode pianist = byName(read.json("/api/v1/fractals").get("items")).get("Become a pianist");
        String base = "/api/v1/fractals/" + pianist.get("id").asText();
        JsonNode sessions = read.json(base + "/sessions?limit=50").get("items");
        assertThat(sessions).hasSize(4);
        JsonNode sprint = null;
        for (JsonNode session : sessions) {
            if (session.get("startedAt").asText().equals(S3)) {
                sprint = read.json(base + "/sessions/" + session.get("id").asText());
            }
        }
        assertThat(sprint).as("S3 arrives without goals").isNotNull();
        assertThat(sprint.get("goalIds")).isEmpty();
        assertThat(sprint.get("completed").asBoolean()).isTrue();
    }

    @Test
    void an_operator_imports_for_a_user_with_the_fractal_script() throws Exception {
        String username = "cli-" + UUID.randomUUID().toString().substring(0, 8);
        new KeycloakAdmin().createUser(username, PASSWORD);
        Path file = V1Upload.fixtureCopy();

        Commands.Result run = Commands.run(Commands.PROJECT, RunningSystem.environment(), Duration.ofMinutes(3),
                                           "./fractal", "import-v1", file.toString(), "--user", username);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("COMPLETED");
        String token = KeycloakTokens.accessToken(username, PASSWORD);
        assertThat(names(new Reader(token).json("/api/v1/fractals").get("items")))
                .containsExactlyInAnyOrder("Become a pianist", "Run a marathon");
    }

    @Test
    void a_file_of_more_than_100_mb_is_accepted() throws Exception {
        String token = newUser("large");
        Path file = V1Upload.fixtureCopy();
        try (Connection sqlite = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement edit = sqlite.createStatement()) {
            edit.executeUpdate("create table padding (bytes blob)");
            for (int i = 0; i < 105; i++) {
                edit.executeUpdate("insert into padding values (randomblob(1048576))");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(100L * 1024 * 1024);

        JsonNode result = V1Upload.importAndWait(file, token);

        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("COMPLETED");
        assertThat(result.get("summary").get("counts").get("goals").asInt()).isEqualTo(21);
        Files.delete(file);
    }

    @Test
    void a_file_that_is_not_a_v1_database_is_refused_and_others_cannot_see_an_import() throws Exception {
        String token = newUser("wrong");
        Path text = Files.createTempFile("not-sqlite-", ".sqlite");
        Files.writeString(text, "this is not a database");

        V1Upload.HttpResult refused = V1Upload.post(text, token);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("type").asText()).isNotBlank();
        JsonNode mine = V1Upload.importAndWait(V1Upload.fixtureCopy(), token);
        String other = newUser("other");
        assertThat(V1Upload.status(mine.get("id").asText(), other).status()).isEqualTo(404);
        assertThat(V1Upload.status(mine.get("id").asText(), "not-a-token").status()).isEqualTo(401);
    }

    // --- helpers ---

    private static String newUser(String prefix) throws Exception {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        new KeycloakAdmin().createUser(username, PASSWORD);
        return KeycloakTokens.accessToken(username, PASSWORD);
    }

    private static JsonNode fact(String startOfText) {
        for (JsonNode fact : manifest.get("facts")) {
            if (fact.get("fact").asText().contains(startOfText)) {
                return fact.get("data");
            }
        }
        throw new AssertionError("no fact about " + startOfText);
    }

    private static String levelOf(String v1Type) {
        return switch (v1Type) {
            case "UltimateGoal" -> "ULTIMATE";
            case "LongTermGoal" -> "LONG_TERM";
            case "MidTermGoal" -> "MID_TERM";
            case "ShortTermGoal" -> "SHORT_TERM";
            case "ImmediateGoal" -> "IMMEDIATE";
            case "MicroGoal" -> "MICRO";
            case "NanoGoal" -> "NANO";
            default -> throw new AssertionError(v1Type);
        };
    }

    /** v1.2's "YYYY-MM-DD HH:MM:SS.ffffff" (UTC) as the API writes instants. */
    private static String iso(String v1Time) {
        String text = v1Time.replace(' ', 'T') + "Z";
        return Instant.parse(text).toString();
    }

    private static List<JsonNode> flatten(JsonNode node) {
        List<JsonNode> all = new ArrayList<>();
        all.add(node);
        for (JsonNode child : node.get("children")) {
            all.addAll(flatten(child));
        }
        return all;
    }

    private static JsonNode parentOf(JsonNode goal, List<JsonNode> goals) {
        if (goal.get("parentId").isNull()) {
            return null;
        }
        return goals.stream().filter(g -> g.get("id").asText().equals(goal.get("parentId").asText())).findFirst().orElseThrow();
    }

    private static Map<String, JsonNode> byName(Iterable<JsonNode> nodes) {
        Map<String, JsonNode> byName = new HashMap<>();
        nodes.forEach(node -> byName.put(node.get("name").asText(), node));
        return byName;
    }

    private static List<String> names(JsonNode nodes) {
        List<String> names = new ArrayList<>();
        nodes.forEach(node -> names.add(node.get("name").asText()));
        return names;
    }

    private static List<JsonNode> instancesOf(JsonNode session) {
        List<JsonNode> instances = new ArrayList<>();
        session.get("sections").forEach(section -> section.get("instances").forEach(instances::add));
        return instances;
    }

    private static JsonNode instanceOf(Reader read, JsonNode session, String activityName) {
        String activityId = read.activities.get(activityName).get("id").asText();
        return instancesOf(session).stream().filter(i -> i.get("activityId").asText().equals(activityId))
                .findFirst().orElseThrow(() -> new AssertionError(activityName + " in " + session));
    }

    private static String nameOfActivity(Reader read, String activityId) {
        return read.activities.values().stream().filter(a -> a.get("id").asText().equals(activityId))
                .map(a -> a.get("name").asText()).findFirst().orElse("?" + activityId);
    }

    private static String nameOfMetric(JsonNode activity, String metricId) {
        for (JsonNode metric : activity.get("metrics")) {
            if (metric.get("id").asText().equals(metricId)) {
                return metric.get("name").asText();
            }
        }
        return "?" + metricId;
    }

    private static String nameOfSplit(JsonNode activity, String splitId) {
        for (JsonNode split : activity.get("splits")) {
            if (split.get("id").asText().equals(splitId)) {
                return split.get("name").asText();
            }
        }
        return "?" + splitId;
    }

    private static String valueOf(Reader read, String activityName, JsonNode set, String metricName) {
        JsonNode activity = read.activities.get(activityName);
        for (JsonNode value : set.get("values")) {
            if (nameOfMetric(activity, value.get("metricId").asText()).equals(metricName)) {
                BigDecimal number = value.get("value").decimalValue();
                return number.stripTrailingZeros().toPlainString();
            }
        }
        return null;
    }

    private static List<String> goalNames(Reader read, JsonNode session) {
        List<String> names = new ArrayList<>();
        for (JsonNode id : session.get("goalIds")) {
            read.goals.values().stream().filter(g -> g.get("id").asText().equals(id.asText()))
                    .forEach(g -> names.add(g.get("name").asText()));
        }
        return names;
    }

    private static String subjectOf(String token) throws Exception {
        JsonNode claims = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        return claims.get("sub").asText();
    }

    /** Events whose metadata names the user as the actor: every event an import writes for them. */
    private static long eventsOf(String userId) throws SQLException {
        try (Connection database = database();
             PreparedStatement query = database.prepareStatement(
                     "select count(*) from eventstore.domainevententry where convert_from(metadata, 'UTF8') like ?")) {
            query.setString(1, "%" + userId + "%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + RunningSystem.environment().get("FRACTAL_DB_PORT") + "/fractal", "fractal", "");
    }

    /** Reads of one user; the import answered COMPLETED only once the read models held its events. */
    private static final class Reader {
        private final String token;
        String fractal;
        Map<String, JsonNode> goals = Map.of();
        Map<String, JsonNode> activities = Map.of();
        String s2ProgramDay;

        Reader(String token) {
            this.token = token;
        }

        JsonNode json(String path) {
            Response response = WEB.get(path).token(token).send();
            assertThat(response.status()).as(path + " " + response).isEqualTo(200);
            return response.body();
        }
    }
}
