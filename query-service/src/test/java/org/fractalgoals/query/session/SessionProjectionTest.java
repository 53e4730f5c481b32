package org.fractalgoals.query.session;

import org.fractalgoals.events.goal.ComparisonOperator;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.goal.TargetAchieved;
import org.fractalgoals.events.goal.TargetAdded;
import org.fractalgoals.events.goal.TargetChanged;
import org.fractalgoals.events.goal.TargetRemoved;
import org.fractalgoals.events.goal.ReopenCause;
import org.fractalgoals.events.goal.TargetReopened;
import org.fractalgoals.events.goal.Threshold;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionDescriptionChanged;
import org.fractalgoals.events.session.SessionEvent;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionGoalsUnlinked;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionRenamed;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SessionSectionAdded;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.events.session.SessionStatus;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.query.session.SessionDetail.InstanceView;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The sessions projection's handlers called directly, against the real read-model tables. */
class SessionProjectionTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Autowired
    private SessionProjection projection;
    @Autowired
    private SessionRepository repository;

    private final String owner = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID shortTerm = UUID.randomUUID();
    private final UUID immediate = UUID.randomUUID();
    private final UUID scales = UUID.randomUUID();
    private final UUID nocturne = UUID.randomUUID();
    private final UUID tempo = UUID.randomUUID();
    private final UUID reps = UUID.randomUUID();

    private final List<Map.Entry<Object, Long>> applied = new ArrayList<>();
    private long fractalSequence = 10;

    /** One session's events, applied with consecutive sequence numbers and remembered for redelivery. */
    private final class Session {
        final UUID id = UUID.randomUUID();
        final UUID warmUp = UUID.randomUUID();
        final UUID repertoire = UUID.randomUUID();
        long next;

        Session(Instant startedAt, Integer plannedMinutes, List<UUID> goals) {
            create(startedAt, plannedMinutes, goals);
        }

        /** Ids only: the session is created later with {@link #create}. */
        Session(boolean later) {
        }

        void create(Instant startedAt, Integer plannedMinutes, List<UUID> goals) {
            apply(new SessionCreated(fractal, id, "Daily Practice", "Every morning", UUID.randomUUID(), null, startedAt,
                                     plannedMinutes,
                                     List.of(new SessionSection("Warm-up", 10, List.of(new SessionInstance(warmUp, scales))),
                                             new SessionSection("Repertoire", 30,
                                                                List.of(new SessionInstance(repertoire, nocturne)))),
                                     goals, owner, T0));
        }

        Session() {
            this(T0, 40, List.of(shortTerm));
        }

        void apply(SessionEvent event) {
            long sequence = next++;
            projection.on(event, sequence);
            applied.add(Map.entry(event, sequence));
        }

        SessionDetail detail() {
            return repository.session(owner, fractal, id).orElseThrow();
        }

        InstanceView instance(UUID instanceId) {
            return detail().sections().stream().flatMap(s -> s.instances().stream())
                           .filter(i -> i.id().equals(instanceId)).findFirst().orElseThrow();
        }
    }

    private void applyFractal(GoalEvent event) {
        long sequence = fractalSequence++;
        deliver(event, sequence);
        applied.add(Map.entry(event, sequence));
    }

    private void deliver(Object event, long sequence) {
        switch (event) {
            case SessionEvent e -> projection.on(e, sequence);
            case TargetAdded e -> projection.on(e, sequence);
            case TargetChanged e -> projection.on(e, sequence);
            case TargetRemoved e -> projection.on(e, sequence);
            case TargetAchieved e -> projection.on(e, sequence);
            case TargetReopened e -> projection.on(e, sequence);
            case GoalDeleted e -> projection.on(e, sequence);
            case FractalDeleted e -> projection.on(e, sequence);
            default -> throw new IllegalArgumentException(event.toString());
        }
    }

    private void redeliverAll() {
        applied.forEach(entry -> deliver(entry.getKey(), entry.getValue()));
    }

    private static List<String> sectionNames(SessionDetail detail) {
        return detail.sections().stream().map(s -> s.name() + ":" + s.instances().stream().map(InstanceView::id).toList())
                     .toList();
    }

    @Test
    void a_created_session_shows_its_sections_instances_links_and_planned_total() {
        Session session = new Session();

        SessionDetail detail = session.detail();

        assertThat(detail.name()).isEqualTo("Daily Practice");
        assertThat(detail.description()).isEqualTo("Every morning");
        assertThat(detail.startedAt()).isEqualTo(T0);
        assertThat(detail.plannedMinutes()).isEqualTo(40);
        assertThat(detail.goalIds()).containsExactly(shortTerm);
        assertThat(detail.completed()).isFalse();
        assertThat(detail.endedAt()).isNull();
        assertThat(detail.sections()).extracting(SessionDetail.SectionView::name, SessionDetail.SectionView::plannedMinutes)
                                     .containsExactly(tuple("Warm-up", 10),
                                                      tuple("Repertoire", 30));
        InstanceView warmUp = session.instance(session.warmUp);
        assertThat(warmUp.activityId()).isEqualTo(scales);
        assertThat(warmUp.running()).isFalse();
        assertThat(warmUp.sets()).isEmpty();
        assertThat(warmUp.values()).isEmpty();
        assertThat(detail.totalDurationSeconds()).isEqualTo(2400);
        assertThat(detail.totalDurationSource()).isEqualTo("PLANNED");
        assertThat(detail.version()).isZero();
    }

    @Test
    void instances_are_added_moved_and_removed_keeping_positions_dense() {
        Session session = new Session();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        session.apply(new ActivityInstanceAdded(fractal, session.id, first, nocturne, 0, 0, owner, T0));
        session.apply(new ActivityInstanceAdded(fractal, session.id, second, scales, 0, 1, owner, T0));
        assertThat(sectionNames(session.detail())).containsExactly(
                "Warm-up:" + List.of(first, second, session.warmUp), "Repertoire:" + List.of(session.repertoire));

        session.apply(new ActivityInstanceMoved(fractal, session.id, session.warmUp, 1, 0, owner, T0));
        session.apply(new ActivityInstanceMoved(fractal, session.id, second, 0, 0, owner, T0));
        session.apply(new ActivityInstanceRemoved(fractal, session.id, session.repertoire, owner, T0));
        session.apply(new SessionSectionAdded(fractal, session.id, 2, null, null, owner, T0));

        assertThat(sectionNames(session.detail())).containsExactly(
                "Warm-up:" + List.of(second, first), "Repertoire:" + List.of(session.warmUp), "null:[]");
    }

    @Test
    void timers_give_durations_running_timers_show_their_start_and_the_open_total_sums_durations() {
        Session session = new Session();
        session.apply(new TimerStarted(fractal, session.id, session.warmUp, T0, owner, T0));
        InstanceView running = session.instance(session.warmUp);
        assertThat(running.running()).isTrue();
        assertThat(running.startedAt()).isEqualTo(T0);
        assertThat(running.durationSeconds()).isNull();

        session.apply(new TimerStopped(fractal, session.id, session.warmUp, T0.plusSeconds(600), 600, owner, T0));
        session.apply(new InstanceTimesSet(fractal, session.id, session.repertoire, T0, T0.plusSeconds(300), 300L, owner, T0));
        SessionDetail detail = session.detail();
        assertThat(session.instance(session.warmUp).durationSeconds()).isEqualTo(600);
        assertThat(session.instance(session.warmUp).running()).isFalse();
        assertThat(detail.sections()).extracting(SessionDetail.SectionView::durationSeconds).containsExactly(600L, 300L);
        // S16: an open session's total is the sum of its instances' durations.
        assertThat(detail.totalDurationSeconds()).isEqualTo(900);
        assertThat(detail.totalDurationSource()).isEqualTo("INSTANCES");

        session.apply(new TimerReset(fractal, session.id, session.warmUp, owner, T0));
        assertThat(session.instance(session.warmUp).startedAt()).isNull();
        assertThat(session.detail().sections().getFirst().durationSeconds()).isNull();
    }

    @Test
    void completion_sets_end_and_duration_a_moved_start_moves_the_end_and_reopening_clears_them() {
        Session session = new Session();
        Instant end = T0.plusSeconds(1800);
        session.apply(new SessionCompleted(fractal, session.id, end, 1800, owner, end));
        SessionDetail completed = session.detail();
        assertThat(completed.completed()).isTrue();
        assertThat(completed.completedAt()).isEqualTo(end);
        assertThat(completed.endedAt()).isEqualTo(end);
        assertThat(completed.totalDurationSeconds()).isEqualTo(1800);
        assertThat(completed.totalDurationSource()).isEqualTo("COMPLETED");

        session.apply(new SessionStartChanged(fractal, session.id, T0.minusSeconds(3600), end.minusSeconds(3600), owner, end));
        assertThat(session.detail().endedAt()).isEqualTo(end.minusSeconds(3600));
        assertThat(session.detail().totalDurationSeconds()).isEqualTo(1800);

        session.apply(new SessionReopened(fractal, session.id, owner, end));
        SessionDetail reopened = session.detail();
        assertThat(reopened.completed()).isFalse();
        assertThat(reopened.completedAt()).isNull();
        assertThat(reopened.endedAt()).isNull();
        assertThat(reopened.totalDurationSource()).isEqualTo("PLANNED");
    }

    @Test
    void sets_are_replaced_in_order_and_single_values_set_by_metric_and_split_with_null_clearing() {
        Session session = new Session();
        UUID left = UUID.randomUUID();
        session.apply(new SetsRecorded(fractal, session.id, session.warmUp, scales, List.of(
                new ActivitySet(List.of(value(tempo, null, "120"), value(reps, null, "3"))),
                new ActivitySet(List.of(value(tempo, null, "110.5")))), owner, T0));
        session.apply(new ValuesRecorded(fractal, session.id, session.repertoire, nocturne,
                                         List.of(value(tempo, left, "90"), value(reps, null, "2")), owner, T0));
        session.apply(new ValuesRecorded(fractal, session.id, session.repertoire, nocturne,
                                         List.of(value(tempo, left, "95"), value(reps, null, null)), owner, T0));

        InstanceView withSets = session.instance(session.warmUp);
        assertThat(withSets.sets()).hasSize(2);
        assertThat(withSets.sets().get(0).values()).extracting(SessionDetail.ValueView::value)
                                                    .containsExactly(new BigDecimal("120"), new BigDecimal("3"));
        assertThat(withSets.sets().get(1).values().getFirst().value()).isEqualTo(new BigDecimal("110.5"));
        assertThat(session.instance(session.repertoire).values())
                .containsExactly(new SessionDetail.ValueView(tempo, left, new BigDecimal("95")));
    }

    private static RecordedValue value(UUID metric, UUID split, String value) {
        return new RecordedValue(metric, split, value == null ? null : new BigDecimal(value));
    }

    @Test
    void texts_goal_links_and_notes_follow_their_events() {
        Session session = new Session();
        session.apply(new SessionRenamed(fractal, session.id, "Evening", owner, T0));
        session.apply(new SessionDescriptionChanged(fractal, session.id, null, owner, T0));
        session.apply(new SessionGoalsLinked(fractal, session.id, List.of(immediate), owner, T0));
        session.apply(new SessionGoalsUnlinked(fractal, session.id, List.of(shortTerm), owner, T0));
        session.apply(new InstanceNoteChanged(fractal, session.id, session.warmUp, "Relax the thumb", owner, T0));

        SessionDetail detail = session.detail();
        assertThat(detail.name()).isEqualTo("Evening");
        assertThat(detail.description()).isNull();
        assertThat(detail.goalIds()).containsExactly(immediate);
        assertThat(session.instance(session.warmUp).notes()).isEqualTo("Relax the thumb");
        assertThat(detail.version()).isEqualTo(5);
    }

    @Test
    void redelivering_every_event_changes_nothing() {
        Session session = new Session();
        session.apply(new ActivityInstanceAdded(fractal, session.id, UUID.randomUUID(), nocturne, 0, 0, owner, T0));
        session.apply(new ActivityInstanceMoved(fractal, session.id, session.warmUp, 1, 1, owner, T0));
        session.apply(new ValuesRecorded(fractal, session.id, session.repertoire, nocturne,
                                         List.of(value(tempo, null, "1")), owner, T0));
        session.apply(new ActivityInstanceRemoved(fractal, session.id, session.repertoire, owner, T0));
        UUID target = UUID.randomUUID();
        applyFractal(new TargetAdded(fractal, shortTerm, target, "Scales 120×4", scales, thresholds(), owner, T0));
        applyFractal(new TargetAchieved(fractal, shortTerm, target, session.id, session.warmUp, owner, T0));
        SessionDetail before = session.detail();

        redeliverAll();

        assertThat(session.detail()).isEqualTo(before);
    }

    private List<Threshold> thresholds() {
        return List.of(new Threshold(tempo, ComparisonOperator.GTE, BigDecimal.valueOf(120)),
                       new Threshold(reps, ComparisonOperator.GTE, BigDecimal.valueOf(4)));
    }

    @Test
    void achieved_targets_show_with_their_current_name_until_reopened_or_removed() {
        Session session = new Session();
        UUID target = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        applyFractal(new TargetAdded(fractal, shortTerm, target, "Scales", scales, thresholds(), owner, T0));
        applyFractal(new TargetAdded(fractal, shortTerm, other, "Other", scales, thresholds(), owner, T0));
        Instant at = T0.plusSeconds(60);
        applyFractal(new TargetAchieved(fractal, shortTerm, target, session.id, session.warmUp, owner, at));
        applyFractal(new TargetAchieved(fractal, shortTerm, other, session.id, session.warmUp, owner, at.plusSeconds(1)));
        applyFractal(new TargetChanged(fractal, shortTerm, target, "Scales 120×4", scales, thresholds(), owner, at));

        assertThat(session.detail().achievedTargets()).containsExactly(
                new AchievedTargetView(target, shortTerm, "Scales 120×4", at),
                new AchievedTargetView(other, shortTerm, "Other", at.plusSeconds(1)));
        assertThat(repository.sessions(owner, fractal, null, 50, null).items().getFirst().achievedTargets()).hasSize(2);

        applyFractal(new TargetReopened(fractal, shortTerm, target, ReopenCause.GOAL_UNCOMPLETED, owner, at));
        applyFractal(new TargetRemoved(fractal, shortTerm, other, owner, at));
        assertThat(session.detail().achievedTargets()).isEmpty();
    }

    @Test
    void an_achievement_applied_before_its_session_still_shows() {
        UUID target = UUID.randomUUID();
        Session session = new Session(true);
        applyFractal(new TargetAdded(fractal, shortTerm, target, "Scales", scales, thresholds(), owner, T0));
        applyFractal(new TargetAchieved(fractal, shortTerm, target, session.id, session.warmUp, owner, T0));

        session.create(T0, 40, List.of(shortTerm));

        assertThat(session.detail().achievedTargets()).extracting(AchievedTargetView::targetId).containsExactly(target);
    }

    @Test
    void a_deleted_goal_loses_its_links_targets_and_achievements_and_is_not_linked_again() {
        UUID target = UUID.randomUUID();
        Session session = new Session(T0, 40, List.of(shortTerm, immediate));
        applyFractal(new TargetAdded(fractal, immediate, target, "IG target", scales, thresholds(), owner, T0));
        applyFractal(new TargetAchieved(fractal, immediate, target, session.id, session.warmUp, owner, T0));

        applyFractal(new GoalDeleted(fractal, immediate, List.of(immediate), owner, T0));
        session.apply(new SessionGoalsLinked(fractal, session.id, List.of(immediate), owner, T0));
        Session later = new Session(T0, 40, List.of(immediate));

        assertThat(session.detail().goalIds()).containsExactly(shortTerm);
        assertThat(session.detail().achievedTargets()).isEmpty();
        assertThat(later.detail().goalIds()).isEmpty();
    }

    @Test
    void a_deleted_session_is_hidden_and_ignores_later_events() {
        Session session = new Session();
        session.apply(new SessionDeleted(fractal, session.id, owner, T0));
        session.apply(new SessionRenamed(fractal, session.id, "Back?", owner, T0));

        assertThat(repository.session(owner, fractal, session.id)).isEmpty();
        assertThat(repository.sessions(owner, fractal, null, 50, null).items()).isEmpty();
        redeliverAll();
        assertThat(repository.session(owner, fractal, session.id)).isEmpty();
    }

    @Test
    void the_sessions_of_a_deleted_fractal_disappear_for_good() {
        Session session = new Session();
        applyFractal(new FractalDeleted(fractal, owner, T0));
        assertThat(repository.session(owner, fractal, session.id)).isEmpty();

        redeliverAll();
        new Session();

        assertThat(repository.sessions(owner, fractal, null, 50, null).items()).isEmpty();
    }

    @Test
    void the_list_is_newest_first_by_start_filters_by_status_and_pages_with_a_cursor() {
        Session oldest = new Session(T0, null, List.of(shortTerm));
        Session newest = new Session(T0.plusSeconds(7200), null, List.of(shortTerm));
        Session notStarted = new Session(null, null, List.of(shortTerm));
        Session middle = new Session(T0.plusSeconds(3600), null, List.of(shortTerm));
        middle.apply(new SessionCompleted(fractal, middle.id, T0.plusSeconds(5400), 1800, owner, T0.plusSeconds(5400)));

        // Not started: ordered by its creation time (T0), after the oldest by id or before it.
        List<UUID> all = repository.sessions(owner, fractal, null, 50, null).items().stream().map(SessionSummary::id).toList();
        assertThat(all.subList(0, 2)).containsExactly(newest.id, middle.id);
        assertThat(all.subList(2, 4)).containsExactlyInAnyOrder(oldest.id, notStarted.id);

        SessionPage first = repository.sessions(owner, fractal, null, 2, null);
        SessionPage second = repository.sessions(owner, fractal, null, 2, first.nextCursor());
        assertThat(first.items()).extracting(SessionSummary::id).containsExactly(newest.id, middle.id);
        assertThat(second.items()).extracting(SessionSummary::id).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(second.nextCursor()).isNull();

        assertThat(repository.sessions(owner, fractal, SessionStatus.COMPLETED, 50, null).items())
                .extracting(SessionSummary::id).containsExactly(middle.id);
        assertThat(repository.sessions(owner, fractal, SessionStatus.OPEN, 50, null).items()).hasSize(3);
        SessionSummary summary = repository.sessions(owner, fractal, SessionStatus.COMPLETED, 50, null).items().getFirst();
        assertThat(summary.totalDurationSeconds()).isEqualTo(1800);
        assertThat(summary.sections()).extracting(SessionSummary.SectionSummary::instanceCount).containsExactly(1, 1);
        assertThat(repository.sessions("someone else", fractal, null, 50, null).items()).isEmpty();
    }
}
