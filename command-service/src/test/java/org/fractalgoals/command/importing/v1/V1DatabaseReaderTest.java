package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fractalgoals.command.importing.v1.V1Instance.V1Set;
import org.fractalgoals.command.importing.v1.V1Instance.V1SetEntry;
import org.fractalgoals.command.importing.v1.V1Program.V1Block;
import org.fractalgoals.command.importing.v1.V1Program.V1Day;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionGoal;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reads the fixture written by the original v1.2 server and checks it against its manifest. */
class V1DatabaseReaderTest {

    private static final String S1 = "b5b59088-91c4-46ab-adf6-dccbe4b2c2fd";
    private static final String S4 = "443a5c06-f4b3-419d-a143-73f06a66fd35";
    private static final String S5 = "3bf87d92-c433-4b1a-a5fb-3246276d05ee";
    private static final String TEMPO = "181d2b2b-e8a9-4f9a-aa57-799fddf61ef7";
    private static final String REPS = "66d98009-ceb8-4acf-b224-976a7ac1435d";

    private static V1Database db;
    private static JsonNode counts;

    @BeforeAll
    static void readFixture(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("small.sqlite");
        try (InputStream in = resource("fixtures/original-v1.2/small.sqlite")) {
            Files.copy(in, file);
        }
        try (InputStream in = resource("fixtures/original-v1.2/small.json")) {
            counts = new ObjectMapper().readTree(in).get("counts");
        }
        db = V1DatabaseReader.read(file);
    }

    private static InputStream resource(String name) {
        InputStream in = V1DatabaseReaderTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    @Test
    void every_row_of_the_fixture_is_readable() {
        assertThat(db.unreadable()).isEmpty();
    }

    @Test
    void goals_match_the_manifest() {
        assertThat(db.goals()).hasSize(counts.get("goals_total").asInt());
        Map<String, Long> perType = db.goals().stream().collect(Collectors.groupingBy(V1Goal::type, Collectors.counting()));
        counts.get("goals_per_level").properties()
              .forEach(level -> assertThat(perType.get(level.getKey())).as(level.getKey())
                                                                     .isEqualTo(level.getValue().asLong()));
        assertThat(db.goals().stream().filter(g -> g.deadline() != null)).hasSize(counts.get("goals_with_deadline").asInt());
        assertThat(db.goals().stream().filter(V1Goal::completed)).hasSize(counts.get("goals_completed").asInt());
        assertThat(db.goals().stream().mapToInt(g -> g.targets().size()).sum()).isEqualTo(counts.get("targets").asInt());
    }

    @Test
    void roots_have_no_root_id_and_descendants_carry_their_root() {
        List<V1Goal> roots = db.goals().stream().filter(V1Goal::isRoot).toList();
        assertThat(roots).extracting(V1Goal::name, V1Goal::type, V1Goal::rootId)
                         .containsExactly(tuple("Become a pianist", "UltimateGoal", null),
                                          tuple("Run a marathon", "LongTermGoal", null));
        assertThat(db.goals().stream().filter(g -> !g.isRoot()).map(V1Goal::rootId).distinct())
                .containsExactlyInAnyOrder("66e04fc7-9f5b-487d-a669-f7a63b35b1b7", "8f0687f1-b9f4-4115-b0f2-baf8dd4b9601");
    }

    @Test
    void goals_come_parents_first() {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < db.goals().size(); i++) {
            position.put(db.goals().get(i).id(), i);
        }
        db.goals().stream().filter(g -> !g.isRoot())
          .forEach(g -> assertThat(position.get(g.parentId())).as(g.name()).isLessThan(position.get(g.id())));
    }

    @Test
    void deadlines_are_dates_and_completion_is_kept() {
        assertThat(db.goals().stream().filter(g -> g.deadline() != null))
                .extracting(V1Goal::name, V1Goal::deadline)
                .containsExactlyInAnyOrder(tuple("Build to 30 km per week", LocalDate.of(2025, 12, 31)),
                                           tuple("Hands together at 60 bpm", LocalDate.of(2025, 12, 20)),
                                           tuple("Op. 9 No. 2", LocalDate.of(2025, 12, 7)));
        V1Goal bars = goal("Bars 1–8");
        assertThat(bars.completed()).isTrue();
        assertThat(bars.completedAt()).isEqualTo(Instant.parse("2025-11-10T19:50:40.285311Z"));
        assertThat(bars.parentId()).isEqualTo(goal("Hands together at 60 bpm").id());
    }

    @Test
    void targets_come_from_the_json_column() {
        V1Goal goal = goal("Hands together at 60 bpm");
        assertThat(goal.targets()).extracting(V1Target::name, V1Target::activityId)
                                  .containsExactly(tuple("Scales 120×4", activity("C major scale").id()),
                                                   tuple("Even hands", activity("Hand independence").id()));
        assertThat(goal.targets().getFirst().thresholds()).extracting(V1Target.V1Threshold::metricId,
                                                                      V1Target.V1Threshold::value)
                                                          .containsExactly(tuple(TEMPO, 120.0), tuple(REPS, 4.0));
    }

    @Test
    void the_catalogue_matches_the_manifest() {
        assertThat(db.activityGroups()).extracting(V1ActivityGroup::name).containsExactly("Technique", "Repertoire");
        assertThat(db.activities()).hasSize(counts.get("activities").asInt());
        assertThat(db.activities().stream().mapToInt(a -> a.metrics().size()).sum()).isEqualTo(counts.get("metrics").asInt());
        assertThat(db.activities().stream().mapToInt(a -> a.splits().size()).sum()).isEqualTo(counts.get("splits").asInt());
        V1Activity scale = activity("C major scale");
        assertThat(scale.hasSets()).isTrue();
        assertThat(scale.metricsMultiplicative()).isTrue();
        assertThat(scale.metrics()).extracting(V1Activity.V1Metric::name, V1Activity.V1Metric::unit,
                                               V1Activity.V1Metric::topSetMetric)
                                   .containsExactly(tuple("Tempo", "bpm", true), tuple("Reps", "reps", false));
        assertThat(activity("Hand independence").splits()).extracting(V1Activity.V1Split::name, V1Activity.V1Split::order)
                                                          .containsExactly(tuple("Left", 0), tuple("Right", 1));
        assertThat(activity("Sight-reading").groupId()).isNull();
        assertThat(activity("Nocturne run-through").metrics()).isEmpty();
        assertThat(db.templates()).hasSize(counts.get("session_templates").asInt());
        V1Template daily = db.templates().getFirst();
        assertThat(daily.name()).isEqualTo("Daily Practice");
        assertThat(daily.totalMinutes()).isEqualTo(40);
        assertThat(daily.sections()).extracting(V1Template.V1TemplateSection::name,
                                                V1Template.V1TemplateSection::durationMinutes,
                                                V1Template.V1TemplateSection::activityIds)
                                    .containsExactly(tuple("Warm-up", 10, List.of(activity("C major scale").id(),
                                                                                  activity("Hand independence").id())),
                                                     tuple("Repertoire", 30, List.of(activity("Nocturne run-through").id())));
    }

    @Test
    void sessions_include_the_soft_deleted_one() {
        JsonNode sessions = counts.get("sessions");
        assertThat(db.sessions()).hasSize(sessions.get("total").asInt());
        assertThat(db.sessions().stream().filter(s -> !s.deleted() && s.completed())).hasSize(sessions.get("completed").asInt());
        assertThat(db.sessions().stream().filter(s -> !s.deleted() && !s.completed())).hasSize(sessions.get("open").asInt());
        assertThat(db.sessions().stream().filter(V1Session::deleted)).extracting(V1Session::id, V1Session::deletedAt)
                .containsExactly(tuple(S5, Instant.parse("2025-11-25T18:03:51.798677Z")));
        assertThat(db.sessions().stream().filter(s -> s.programDayId() != null))
                .extracting(V1Session::programDayId).containsExactly("a5aae5e5-887a-4b43-aed1-750382bfbb96");
        List<V1SessionGoal> links = db.sessions().stream().flatMap(s -> s.goals().stream()).toList();
        assertThat(links).hasSize(counts.get("session_goal_links").get("total").asInt());
        assertThat(links.stream().filter(l -> l.goalType().equals("short_term")))
                .hasSize(counts.get("session_goal_links").get("short_term").asInt());
        assertThat(session(S1).goals()).extracting(V1SessionGoal::goalId)
                                       .containsExactly(goal("Hands together at 60 bpm").id(), goal("Bars 1–8").id());
    }

    @Test
    void session_times_and_durations_come_from_the_columns() {
        V1Session s1 = session(S1);
        assertThat(s1.start()).isEqualTo(Instant.parse("2025-11-10T19:02:05Z"));
        assertThat(s1.end()).isEqualTo(Instant.parse("2025-11-10T19:46:18.127Z"));
        assertThat(s1.totalDurationSeconds()).isEqualTo(2653L);
        assertThat(s1.plannedMinutes()).isEqualTo(40);
        assertThat(s1.completed()).isTrue();
        assertThat(s1.completedAt()).isEqualTo(Instant.parse("2025-11-10T19:46:18.296931Z"));
        assertThat(s1.createdAt()).isEqualTo(Instant.parse("2025-11-10T19:02:05.991512Z"));
        V1Session s4 = session(S4);
        assertThat(s4.completed()).isFalse();
        assertThat(s4.end()).isNull();
        assertThat(s4.totalDurationSeconds()).isNull();
    }

    @Test
    void the_display_order_of_sections_comes_from_session_data() {
        Function<String, String> activityOfInstance = id -> {
            String activityId = instance(id).activityId();
            return db.activities().stream().filter(a -> a.id().equals(activityId)).findFirst().orElseThrow().name();
        };
        assertThat(session(S4).sections()).extracting(V1SessionSection::name,
                                                      s -> s.instanceIds().stream().map(activityOfInstance).toList())
                .containsExactly(tuple("Warm-up", List.of("C major scale", "Sight-reading", "Hand independence")),
                                 tuple("Repertoire", List.of("Nocturne run-through")));
    }

    @Test
    void instances_match_the_manifest() {
        assertThat(db.instances()).hasSize(counts.get("activity_instances").asInt());
        assertThat(db.instances().stream().filter(i -> i.timeStart() != null))
                .hasSize(counts.get("instances_with_timer_start").asInt());
        assertThat(db.instances().stream().filter(i -> i.timeStart() != null && i.timeStop() == null))
                .hasSize(counts.get("instances_running").asInt());
        assertThat(db.instances().stream().mapToInt(i -> i.sets().size()).sum()).isEqualTo(counts.get("sets").asInt());
        assertThat(db.instances().stream().flatMap(i -> i.sets().stream()).mapToInt(s -> s.entries().size()).sum())
                .isEqualTo(counts.get("set_metric_entries").asInt());
        List<V1Instance.V1MetricValue> values = db.instances().stream().flatMap(i -> i.values().stream()).toList();
        assertThat(values).hasSize(counts.get("metric_values").asInt());
        assertThat(values.stream().filter(v -> v.splitId() != null)).hasSize(counts.get("metric_values_with_split").asInt());
        assertThat(db.instances().stream().filter(i -> i.notes() != null && !i.notes().isEmpty()))
                .hasSize(counts.get("notes").get("activity_instance_notes").asInt());
        assertThat(db.instances().stream().filter(i -> i.sessionId().equals(S5))).hasSize(2);
    }

    @Test
    void set_values_are_decimals_and_a_blank_value_is_null() {
        assertThat(instance("9daa14d0-3c52-4066-90fe-a4a5a7ea7960").sets())
                .extracting(set -> set.entries().stream().map(V1SetEntry::value).toList())
                .containsExactly(List.of(new BigDecimal("100"), new BigDecimal("4")),
                                 List.of(new BigDecimal("120"), new BigDecimal("3")),
                                 List.of(new BigDecimal("110"), new BigDecimal("5")));
        V1Set second = instance("314d70bd-4c65-47f3-b621-c2e3c4583eb1").sets().get(1);
        assertThat(second.entries()).containsExactly(new V1SetEntry(TEMPO, null, new BigDecimal("122")),
                                                     new V1SetEntry(REPS, null, null));
    }

    @Test
    void timers_and_split_values_are_kept() {
        V1Instance hands = instance("6406dbb8-bf78-4988-bebb-6be1368ddde6");
        assertThat(hands.timeStart()).isEqualTo(Instant.parse("2025-11-10T19:13:50.703599Z"));
        assertThat(hands.durationSeconds()).isEqualTo(305L);
        String left = activity("Hand independence").splits().getFirst().id();
        assertThat(hands.values()).extracting(V1Instance.V1MetricValue::splitId, V1Instance.V1MetricValue::value)
                                  .containsExactlyInAnyOrder(tuple(left, 85.0),
                                                             tuple(activity("Hand independence").splits().get(1).id(), 78.0));
        V1Instance reading = instance("b1335479-7fb9-46a9-a5ce-cdcf481562c3");
        assertThat(reading.notes()).isEqualTo("Bach chorales, slow");
        assertThat(reading.timeStop()).isEqualTo(Instant.parse("2025-11-20T07:46:00Z"));
    }

    @Test
    void the_program_has_its_blocks_days_and_templates() {
        assertThat(db.programs()).hasSize(1);
        V1Program program = db.programs().getFirst();
        assertThat(program.start()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(program.end()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(program.active()).isTrue();
        assertThat(program.goalIds()).containsExactly(goal("Op. 9 No. 2").id());
        assertThat(program.blocks()).extracting(V1Block::id, V1Block::name, V1Block::start, V1Block::end, V1Block::color,
                                                V1Block::goalIds)
                .containsExactly(tuple("1762195924723", "Base", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 7),
                                       "#4ECDC4", List.of(goal("Op. 9 No. 2").id())),
                                 tuple("1762195990270", "Peak", LocalDate.of(2025, 12, 8), LocalDate.of(2026, 1, 31),
                                       "#FF9F1C", List.of()));
        List<V1Day> days = program.blocks().stream().flatMap(b -> b.days().stream()).toList();
        assertThat(days).hasSize(counts.get("program_days").get("total").asInt());
        assertThat(days.stream().filter(d -> d.date() == null)).hasSize(counts.get("program_days").get("abstract").asInt())
                .allSatisfy(d -> assertThat(d).extracting(V1Day::name, V1Day::dayNumber).containsExactly("Technique Day", 6));
        assertThat(days.stream().mapToInt(d -> d.templateIds().size()).sum())
                .isEqualTo(counts.get("program_day_template_links").asInt());
        assertThat(program.blocks().get(1).days()).extracting(V1Day::name, V1Day::dayNumber, V1Day::date)
                .containsExactly(tuple("Dress rehearsal", 2, LocalDate.of(2025, 12, 20)), tuple("Technique Day", 6, null));
    }

    private static V1Goal goal(String name) {
        return db.goals().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }

    private static V1Activity activity(String name) {
        return db.activities().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static V1Session session(String id) {
        return db.sessions().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static V1Instance instance(String id) {
        return db.instances().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
