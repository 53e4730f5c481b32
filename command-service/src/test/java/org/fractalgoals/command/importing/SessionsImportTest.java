package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.importing.session.SessionsImport;
import org.fractalgoals.command.importing.v1.V1Activity;
import org.fractalgoals.command.importing.v1.V1Activity.V1Metric;
import org.fractalgoals.command.importing.v1.V1Activity.V1Split;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Instance;
import org.fractalgoals.command.importing.v1.V1Instance.V1MetricValue;
import org.fractalgoals.command.importing.v1.V1Instance.V1Set;
import org.fractalgoals.command.importing.v1.V1Instance.V1SetEntry;
import org.fractalgoals.command.importing.v1.V1Session;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionGoal;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionSection;
import org.fractalgoals.command.session.SessionApiTest;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.platform.ImportMetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions step against the real command side: v1.2 sessions built in the test, the goals and activities they
 * name made first through the API (as the earlier steps would), every command sent with the import's metadata.
 */
class SessionsImportTest extends SessionApiTest {

    private static final Instant START = Instant.parse("2025-11-10T19:02:05Z");
    private static final Instant END = Instant.parse("2025-11-10T19:46:18.127Z");
    /** v1.2 stamps completed_at a little after the end the browser sent. */
    private static final Instant COMPLETED_AT = Instant.parse("2025-11-10T19:46:18.296931Z");

    @Autowired
    private CommandGateway commands;
    @Autowired
    private SessionsImport step;

    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();
    private final UUID accuracy = UUID.randomUUID();
    private final UUID left = UUID.randomUUID();
    private final UUID right = UUID.randomUUID();
    private TestImportContext context;
    private V1Activity scales;
    private V1Activity hands;

    @BeforeEach
    void aFractalWithATargetAndTheActivitiesTheEarlierStepsImported() {
        aFractalWithAShortTermGoal();
        UUID scalesId = catalogue.activity(fractal, true, Set.of(tempo, reps), Set.of());
        UUID handsId = catalogue.activity(fractal, false, Set.of(accuracy), Set.of(left, right));
        created(send("POST", base() + "/goals/" + shortTerm + "/targets", alice,
                     Map.of("name", "Scales 120×4", "activityId", scalesId, "thresholds", List.of(
                             Map.of("metricId", tempo, "operator", "GTE", "value", 120),
                             Map.of("metricId", reps, "operator", "GTE", "value", 4)))));
        context = new TestImportContext(commands, alice)
                .given("goals", "root", fractal).given("goals", "short", shortTerm)
                .given("activities", "scales", scalesId).given("activities", "hands", handsId)
                .mapped("metrics", "tempo", tempo).mapped("metrics", "reps", reps).mapped("metrics", "accuracy", accuracy)
                .mapped("splits", "left", left).mapped("splits", "right", right);
        scales = new V1Activity("scales", "root", null, "C major scale", "", true, true, true, false,
                                List.of(new V1Metric("tempo", "Tempo", "bpm", true, false),
                                        new V1Metric("reps", "Reps", "reps", false, false)), List.of(), START);
        hands = new V1Activity("hands", "root", null, "Hand independence", "", false, true, false, true,
                               List.of(new V1Metric("accuracy", "Accuracy", "%", false, false)),
                               List.of(new V1Split("left", "Left", 0), new V1Split("right", "Right", 1)), START);
    }

    private static V1SetEntry entry(String metric, String value) {
        return new V1SetEntry(metric, null, value == null ? null : new BigDecimal(value));
    }

    private static V1Set set(String tempo, String reps) {
        return new V1Set(List.of(entry("tempo", tempo), entry("reps", reps)));
    }

    private V1Database database(List<V1Session> sessions, List<V1Instance> instances) {
        return new V1Database(List.of(), List.of(), List.of(scales, hands), List.of(), List.of(), sessions, instances,
                              List.of());
    }

    private static V1Session session(String id, boolean completed, Instant completedAt, Instant end, Instant deletedAt,
                                     List<V1SessionSection> sections, List<V1SessionGoal> goals) {
        return new V1Session(id, "root", "Daily Practice", "", START, end, 40, null, completed, completedAt, deletedAt,
                             null, null, sections, goals, START.minusSeconds(60));
    }

    @Test
    void a_completed_session_keeps_its_times_order_sets_values_and_note_and_achieves_a_target_without_completing_the_goal() {
        V1Instance scalesRow = new V1Instance("i-scales", "s1", "scales", "root", Instant.parse("2025-11-10T19:05:00Z"),
                Instant.parse("2025-11-10T19:15:30Z"), 630L, "Even tone",
                List.of(set("100", "4"), set("125", "4"),
                        new V1Set(List.of(entry("tempo", "110"), entry("reps", null), entry("removed", "3")))),
                List.of(), Instant.parse("2025-11-10T19:03:00Z"));
        V1Instance handsRow = new V1Instance("i-hands", "s1", "hands", "root", null, null, null, null, List.of(),
                List.of(new V1MetricValue("mv-left", "accuracy", "left", 85.0),
                        new V1MetricValue("mv-right", "accuracy", "right", 78.0),
                        new V1MetricValue("mv-gone", "removed", "left", 12.0)),
                Instant.parse("2025-11-10T19:04:00Z"));
        V1Instance unlisted = new V1Instance("i-unlisted", "s1", "scales", "root", null, null, null, null, List.of(),
                                             List.of(), Instant.parse("2025-11-10T19:20:00Z"));
        V1Session s1 = session("s1", true, COMPLETED_AT, END, null,
                               List.of(new V1SessionSection("Warm-up", null, List.of("i-hands", "i-scales"), List.of()),
                                       new V1SessionSection("Repertoire", null, List.of(), List.of())),
                               List.of(new V1SessionGoal("short", "short_term")));

        step.run(database(List.of(s1), List.of(scalesRow, handsRow, unlisted)), context);

        UUID sessionId = context.idOf("sessions", "s1");
        List<Object> events = events(sessionId);
        SessionCreated created = (SessionCreated) events.getFirst();
        assertThat(created.startedAt()).isEqualTo(START);
        assertThat(created.occurredAt()).isEqualTo(START.minusSeconds(60));
        assertThat(created.plannedMinutes()).isEqualTo(40);
        assertThat(created.goalIds()).containsExactly(shortTerm);
        assertThat(created.sections()).extracting(section -> section.name()).containsExactly("Warm-up", "Repertoire");

        // Display order from session_data, not created order; the unlisted row goes to the last section, with a warning.
        assertThat(events).filteredOn(ActivityInstanceAdded.class::isInstance).map(ActivityInstanceAdded.class::cast)
                          .extracting(e -> e.instanceId(), e -> e.section(), e -> e.position())
                          .containsExactly(org.assertj.core.groups.Tuple.tuple(context.idOf("activityInstances", "i-hands"), 0, 0),
                                           org.assertj.core.groups.Tuple.tuple(context.idOf("activityInstances", "i-scales"), 0, 1),
                                           org.assertj.core.groups.Tuple.tuple(context.idOf("activityInstances", "i-unlisted"), 1, 0));
        assertThat(context.warnings).anyMatch(w -> w.sourceId().equals("s1") && w.message().contains("i-unlisted"));

        InstanceTimesSet times = only(events, InstanceTimesSet.class);
        assertThat(times.startedAt()).isEqualTo(Instant.parse("2025-11-10T19:05:00Z"));
        assertThat(times.stoppedAt()).isEqualTo(Instant.parse("2025-11-10T19:15:30Z"));
        assertThat(times.durationSeconds()).isEqualTo(630L);
        assertThat(times.occurredAt()).isEqualTo(Instant.parse("2025-11-10T19:15:30Z"));

        SetsRecorded sets = only(events, SetsRecorded.class);
        assertThat(sets.occurredAt()).isEqualTo(Instant.parse("2025-11-10T19:15:30Z"));
        assertThat(sets.sets()).containsExactly(
                new ActivitySet(List.of(new RecordedValue(tempo, null, new BigDecimal("100")), new RecordedValue(reps, null, new BigDecimal("4")))),
                new ActivitySet(List.of(new RecordedValue(tempo, null, new BigDecimal("125")), new RecordedValue(reps, null, new BigDecimal("4")))),
                new ActivitySet(List.of(new RecordedValue(tempo, null, new BigDecimal("110")))));
        assertThat(context.refusedOf("sets")).singleElement()
                .satisfies(refusal -> assertThat(refusal.message()).contains("metric removed no longer exists"));

        ValuesRecorded values = only(events, ValuesRecorded.class);
        assertThat(values.values()).containsExactly(new RecordedValue(accuracy, left, new BigDecimal("85.0")),
                                                    new RecordedValue(accuracy, right, new BigDecimal("78.0")));
        assertThat(context.refusedOf("metricValues")).extracting(TestImportContext.Entry::sourceId).containsExactly("mv-gone");
        assertThat(only(events, InstanceNoteChanged.class).notes()).isEqualTo("Even tone");

        SessionCompleted completed = (SessionCompleted) events.getLast();
        assertThat(completed.endedAt()).isEqualTo(END);
        assertThat(completed.occurredAt()).isEqualTo(COMPLETED_AT);
        assertThat(completed.durationSeconds()).isEqualTo(2653);

        // The (125, 4) set achieves the target; the goal, whose only target that is, stays open.
        List<Object> goalEvents = events(fractal);
        TargetAchieved achieved = only(goalEvents, TargetAchieved.class);
        assertThat(achieved.sessionId()).isEqualTo(sessionId);
        assertThat(achieved.occurredAt()).isEqualTo(Instant.parse("2025-11-10T19:15:30Z"));
        assertThat(goalEvents).noneMatch(GoalCompleted.class::isInstance);

        // The import's metadata travels onto the events.
        assertThat(eventStore.readEvents(sessionId.toString(), 0).asStream()
                             .allMatch(event -> event.getMetaData().containsKey(ImportMetaData.IMPORT_ID))).isTrue();
    }

    @Test
    void an_open_session_keeps_a_running_timer_and_loses_only_the_times_of_a_reversed_manual_entry() {
        Instant running = Instant.parse("2026-01-05T18:10:00Z");
        V1Instance timer = new V1Instance("i-running", "s4", "scales", "root", running, null, null, null, List.of(),
                                          List.of(), running.minusSeconds(30));
        V1Instance reversed = new V1Instance("i-reversed", "s4", "hands", "root", Instant.parse("2026-01-05T18:20:00Z"),
                Instant.parse("2026-01-05T18:10:00Z"), -600L, null, List.of(),
                List.of(new V1MetricValue("mv-1", "accuracy", "left", 90.0)), running.minusSeconds(20));
        // Completed once and reopened: completed_at stays set in v1.2, the session is open.
        V1Session s4 = session("s4", false, Instant.parse("2026-01-05T19:00:00Z"), null, null,
                               List.of(new V1SessionSection("Warm-up", null, List.of("i-running", "i-reversed"), List.of())),
                               List.of(new V1SessionGoal("short", "short_term")));

        step.run(database(List.of(s4), List.of(timer, reversed)), context);

        List<Object> events = events(context.idOf("sessions", "s4"));
        TimerStarted started = only(events, TimerStarted.class);
        assertThat(started.instanceId()).isEqualTo(context.idOf("activityInstances", "i-running"));
        assertThat(started.startedAt()).isEqualTo(running);
        assertThat(started.occurredAt()).isEqualTo(running);
        assertThat(events).noneMatch(InstanceTimesSet.class::isInstance).noneMatch(SessionCompleted.class::isInstance);

        assertThat(context.refusedOf("activityInstances")).singleElement().satisfies(refusal -> {
            assertThat(refusal.sourceId()).isEqualTo("i-reversed");
            assertThat(refusal.message()).contains("before it started", "-600");
        });
        // The instance itself and what was recorded for it still came over.
        assertThat(context.imported("activityInstances", "i-reversed")).isTrue();
        assertThat(only(events, ValuesRecorded.class).instanceId()).isEqualTo(context.idOf("activityInstances", "i-reversed"));
    }

    @Test
    void a_session_whose_goals_are_all_gone_comes_without_goals_and_each_link_is_refused_while_a_deleted_one_is_skipped() {
        V1Session orphan = session("s-orphan", false, null, null, null, List.of(),
                                   List.of(new V1SessionGoal("gone-1", "immediate"), new V1SessionGoal("gone-2", "short_term")));
        V1Session deleted = session("s-deleted", true, END, END, END.plusSeconds(3600), List.of(),
                                    List.of(new V1SessionGoal("short", "short_term")));
        V1Instance ofDeleted = new V1Instance("i-deleted", "s-deleted", "scales", "root", null, null, null, null,
                                              List.of(), List.of(), START);

        step.run(database(List.of(orphan, deleted), List.of(ofDeleted)), context);

        SessionCreated created = (SessionCreated) events(context.idOf("sessions", "s-orphan")).getFirst();
        assertThat(created.goalIds()).isEmpty();
        assertThat(context.imported("sessions", "s-orphan")).isTrue();
        assertThat(context.refusedOf("sessionGoalLinks")).extracting(TestImportContext.Entry::sourceId)
                                                         .containsExactly("s-orphan/gone-1", "s-orphan/gone-2");

        assertThat(context.imported("sessions", "s-deleted")).isFalse();
        assertThat(events(context.idOf("sessions", "s-deleted"))).isEmpty();
        assertThat(context.refused).noneMatch(entry -> entry.sourceId().equals("s-deleted") || entry.sourceId().equals("i-deleted"));
        assertThat(context.warnings).anyMatch(w -> w.sourceId().equals("s-deleted") && w.message().contains("soft-deleted"));
    }

    private static <T> T only(List<Object> events, Class<T> type) {
        List<T> matching = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(matching).as(type.getSimpleName()).hasSize(1);
        return matching.getFirst();
    }
}
