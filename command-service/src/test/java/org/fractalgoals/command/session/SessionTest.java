package org.fractalgoals.command.session;

import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.events.goal.MetricValue;
import org.fractalgoals.events.goal.RecordedSet;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.AddActivityInstance;
import org.fractalgoals.events.session.ChangeInstanceNote;
import org.fractalgoals.events.session.CompleteSession;
import org.fractalgoals.events.session.CreateSession;
import org.fractalgoals.events.session.DeleteSession;
import org.fractalgoals.events.session.EditSession;
import org.fractalgoals.events.session.InstanceNoteChanged;
import org.fractalgoals.events.session.InstanceTimesSet;
import org.fractalgoals.events.session.MoveActivityInstance;
import org.fractalgoals.events.session.RecordSets;
import org.fractalgoals.events.session.RecordValues;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.RemoveActivityInstance;
import org.fractalgoals.events.session.ReopenSession;
import org.fractalgoals.events.session.ResetTimer;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionDescriptionChanged;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionGoalsUnlinked;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionRenamed;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SessionSectionAdded;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.events.session.SetInstanceTimes;
import org.fractalgoals.events.session.SetsRecorded;
import org.fractalgoals.events.session.StartTimer;
import org.fractalgoals.events.session.StopTimer;
import org.fractalgoals.events.session.TimerReset;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.session.ValuesRecorded;
import org.fractalgoals.platform.ImportMetaData;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.ProblemType;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.fractalgoals.command.session.SessionFixture.NOW;
import static org.fractalgoals.command.session.SessionFixture.OWNER;
import static org.fractalgoals.command.session.SessionFixture.START;
import static org.fractalgoals.command.session.SessionFixture.set;
import static org.fractalgoals.command.session.SessionFixture.value;

class SessionTest {

    private final SessionFixture s = new SessionFixture();
    private AggregateTestFixture<Session> fixture;

    @BeforeEach
    void setUp() {
        fixture = fresh();
    }

    /** A fixture of its own, for a test that checks a second case. */
    private AggregateTestFixture<Session> fresh() {
        AggregateTestFixture<Session> created = new AggregateTestFixture<>(Session.class);
        created.registerInjectableResource(s);
        return created;
    }

    /** Expects a refusal naming exactly these fields, in this order, and no events. */
    static void expectFields(ResultValidator<?> result, String... fields) {
        result.expectNoEvents().expectException(violationOf(fields));
    }

    static Matcher<Throwable> violationOf(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolationException violation
                        && violation.errors().stream().map(FieldError::field).toList().equals(List.of(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation on the fields " + List.of(fields));
            }
        };
    }

    static Matcher<Throwable> problem(ProblemType type) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof ProblemException problem && problem.type() == type;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a problem of type " + type);
            }
        };
    }

    private CreateSession create(List<SessionSection> sections, List<UUID> goals) {
        return new CreateSession(s.session, s.fractal, "Daily practice", null, null, null, START, 40, sections, goals,
                                 OWNER, START);
    }

    // ---- creating --------------------------------------------------------------------------------------

    @Test
    void a_session_is_created_with_its_sections_and_goal_links() {
        fixture.givenNoPriorActivity()
               .when(create(s.created().sections(), List.of(s.shortTerm)))
               .expectEvents(s.created());
    }

    @Test
    void a_goal_listed_twice_is_linked_once() {
        fixture.givenNoPriorActivity()
               .when(create(s.created().sections(), List.of(s.shortTerm, s.shortTerm)))
               .expectEvents(s.created());
    }

    @Test
    void a_session_needs_at_least_one_goal() {
        expectFields(fixture.givenNoPriorActivity().when(create(List.of(), List.of())), "goalIds");
    }

    @Test
    void every_goal_must_exist_in_the_fractal() {
        expectFields(fixture.givenNoPriorActivity().when(create(List.of(), List.of(s.shortTerm, UUID.randomUUID()))),
                     "goalIds");
    }

    @Test
    void every_instance_must_be_of_an_activity_of_the_fractal_and_appear_once() {
        UUID instance = UUID.randomUUID();
        List<SessionSection> sections = List.of(new SessionSection("A", 5, List.of(
                new SessionInstance(instance, s.scales), new SessionInstance(instance, UUID.randomUUID()))));
        expectFields(fixture.givenNoPriorActivity().when(create(sections, List.of(s.shortTerm))),
                     "sections[0].instances[1].instanceId", "sections[0].instances[1].activityId");
    }

    @Test
    void texts_and_planned_minutes_have_limits() {
        CreateSession command = new CreateSession(s.session, s.fractal, "n".repeat(201), "d".repeat(5001), null, null,
                                                  START, -1, List.of(new SessionSection("s".repeat(201), -5, List.of())),
                                                  List.of(s.shortTerm), OWNER, START);
        expectFields(fixture.givenNoPriorActivity().when(command), "name", "description", "plannedMinutes",
                     "sections[0].name", "sections[0].plannedMinutes");
    }

    // ---- editing ---------------------------------------------------------------------------------------

    private EditSession edit(FieldChange<String> name, FieldChange<String> description, FieldChange<Instant> start,
                             List<UUID> goals) {
        return new EditSession(s.session, s.fractal, name, description, start, goals, null, OWNER, NOW);
    }

    @Test
    void an_edit_changes_what_was_sent_and_nothing_else() {
        fixture.given(s.created())
               .when(edit(FieldChange.to("Evening practice"), FieldChange.to(null), null, null))
               .expectEvents(new SessionRenamed(s.fractal, s.session, "Evening practice", OWNER, NOW),
                             new SessionDescriptionChanged(s.fractal, s.session, null, OWNER, NOW));
    }

    @Test
    void moving_the_start_of_an_open_session_changes_only_the_start() {
        Instant earlier = START.minusSeconds(3600);
        fixture.given(s.created())
               .when(edit(null, null, FieldChange.to(earlier), null))
               .expectEvents(new SessionStartChanged(s.fractal, s.session, earlier, null, OWNER, NOW));
    }

    @Test
    void moving_the_start_of_a_completed_session_moves_its_end_and_keeps_its_duration() {
        Instant earlier = START.minusSeconds(3600);
        fixture.given(s.created(), new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW))
               .when(edit(null, null, FieldChange.to(earlier), null))
               .expectEvents(new SessionStartChanged(s.fractal, s.session, earlier, NOW.minusSeconds(3600), OWNER, NOW));
    }

    @Test
    void a_completed_session_keeps_a_start() {
        expectFields(fixture.given(s.created(), new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW))
                            .when(edit(null, null, FieldChange.to(null), null)), "startedAt");
    }

    @Test
    void an_open_session_may_lose_its_start_again() {
        fixture.given(s.created())
               .when(edit(null, null, FieldChange.to(null), null))
               .expectEvents(new SessionStartChanged(s.fractal, s.session, null, null, OWNER, NOW));
    }

    @Test
    void new_goal_ids_link_and_unlink_goals_by_difference() {
        fixture.given(s.created())
               .when(edit(null, null, null, List.of(s.immediate)))
               .expectEvents(new SessionGoalsLinked(s.fractal, s.session, List.of(s.immediate), OWNER, NOW),
                             new SessionGoalsUnlinked(s.fractal, s.session, List.of(s.shortTerm), OWNER, NOW));
    }

    @Test
    void an_edit_may_not_leave_a_session_without_goals_or_link_unknown_ones() {
        expectFields(fixture.given(s.created()).when(edit(null, null, null, List.of())), "goalIds");
        expectFields(fresh().given(s.created())
                             .when(edit(null, null, null, List.of(UUID.randomUUID()))), "goalIds");
    }

    @Test
    void a_stale_version_is_refused_and_the_current_one_accepted() {
        fixture.given(s.created(), new SessionRenamed(s.fractal, s.session, "x", OWNER, NOW))
               .when(new CompleteSession(s.session, s.fractal, 0L, OWNER, NOW))
               .expectNoEvents()
               .expectException(problem(ProblemType.STALE_VERSION));
        fresh()
                .given(s.created(), new SessionRenamed(s.fractal, s.session, "x", OWNER, NOW))
                .when(new ReopenSession(s.session, s.fractal, 1L, OWNER, NOW))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void someone_elses_session_or_one_of_another_fractal_is_not_found() {
        fixture.given(s.created())
               .when(new CompleteSession(s.session, s.fractal, null, "intruder", NOW))
               .expectException(NotFoundException.class)
               .expectNoEvents();
        fresh().given(s.created())
                .when(new CompleteSession(s.session, UUID.randomUUID(), null, OWNER, NOW))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    // ---- lifecycle -------------------------------------------------------------------------------------

    @Test
    void completing_stops_running_timers_first_and_records_end_and_duration() {
        UUID second = UUID.randomUUID();
        fixture.given(s.created(), s.added(second, s.stretching, 1, 0),
                      new TimerStarted(s.fractal, s.session, s.scalesInstance, START.plusSeconds(60), OWNER, START),
                      new TimerStarted(s.fractal, s.session, second, START.plusSeconds(90), OWNER, START))
               .when(new CompleteSession(s.session, s.fractal, null, OWNER, NOW))
               .expectEvents(new TimerStopped(s.fractal, s.session, s.scalesInstance, NOW, 1740, OWNER, NOW),
                             new TimerStopped(s.fractal, s.session, second, NOW, 1710, OWNER, NOW),
                             new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW));
    }

    @Test
    void durations_are_whole_seconds_rounded_down() {
        Instant end = START.plusMillis(1_999);
        fixture.given(s.created())
               .when(new CompleteSession(s.session, s.fractal, null, OWNER, end))
               .expectEvents(new SessionCompleted(s.fractal, s.session, end, 1, OWNER, end));
    }

    @Test
    void only_an_import_completes_a_session_with_an_end_apart_from_its_completion_time() {
        Instant end = START.plusSeconds(600);
        fixture.given(s.created())
               .when(new CompleteSession(s.session, s.fractal, null, OWNER, NOW, end),
                     java.util.Map.of(ImportMetaData.IMPORT_ID, "import-1"))
               .expectEvents(new SessionCompleted(s.fractal, s.session, end, 600, OWNER, NOW));
        fresh().given(s.created())
               .when(new CompleteSession(s.session, s.fractal, null, OWNER, NOW, end))
               .expectEvents(new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW));
    }

    @Test
    void only_an_import_creates_a_session_without_goals() {
        CreateSession withoutGoals = new CreateSession(s.session, s.fractal, null, null, null, null, START, null,
                                                       List.of(), List.of(), OWNER, START);
        fixture.givenNoPriorActivity()
               .when(withoutGoals, java.util.Map.of(ImportMetaData.IMPORT_ID, "import-1"))
               .expectEvents(new SessionCreated(s.fractal, s.session, null, null, null, null, START, null, List.of(),
                                                List.of(), OWNER, START));
        expectFields(fresh().givenNoPriorActivity().when(withoutGoals), "goalIds");
    }

    @Test
    void a_session_without_a_start_or_starting_later_cannot_complete() {
        SessionCreated planned = new SessionCreated(s.fractal, s.session, null, null, null, null, null, null, List.of(),
                                                    List.of(s.shortTerm), OWNER, START);
        expectFields(fixture.given(planned).when(new CompleteSession(s.session, s.fractal, null, OWNER, NOW)),
                     "startedAt");
        expectFields(fresh().given(s.created())
                             .when(new CompleteSession(s.session, s.fractal, null, OWNER, START.minusSeconds(1))),
                     "startedAt");
    }

    @Test
    void completing_a_completed_session_or_reopening_an_open_one_changes_nothing() {
        fixture.given(s.created(), new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW))
               .when(new CompleteSession(s.session, s.fractal, null, OWNER, NOW))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        fresh().given(s.created())
                .when(new ReopenSession(s.session, s.fractal, null, OWNER, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reopening_clears_the_completion() {
        fixture.given(s.created(), new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW))
               .when(new ReopenSession(s.session, s.fractal, null, OWNER, NOW))
               .expectEvents(new SessionReopened(s.fractal, s.session, OWNER, NOW));
    }

    @Test
    void a_deleted_session_cannot_be_changed() {
        fixture.given(s.created())
               .when(new DeleteSession(s.session, s.fractal, null, OWNER, NOW))
               .expectEvents(new SessionDeleted(s.fractal, s.session, OWNER, NOW));
        fresh().given(s.created(), new SessionDeleted(s.fractal, s.session, OWNER, NOW))
                .when(new ReopenSession(s.session, s.fractal, null, OWNER, NOW))
                .expectException(AggregateDeletedException.class)
                .expectNoEvents();
    }

    // ---- instances -------------------------------------------------------------------------------------

    private AddActivityInstance add(UUID instance, UUID activity, Integer section, Integer position) {
        return new AddActivityInstance(s.session, s.fractal, instance, activity, section, position, null, OWNER, NOW);
    }

    @Test
    void an_instance_without_a_section_goes_to_the_end_of_the_last_section() {
        UUID instance = UUID.randomUUID();
        fixture.given(s.created(), s.added(UUID.randomUUID(), s.scales, 1, 0))
               .when(add(instance, s.stretching, null, null))
               .expectEvents(new ActivityInstanceAdded(s.fractal, s.session, instance, s.stretching, 1, 1, OWNER, NOW));
    }

    @Test
    void an_instance_added_to_a_session_without_sections_creates_one() {
        UUID instance = UUID.randomUUID();
        SessionCreated empty = new SessionCreated(s.fractal, s.session, null, null, null, null, START, null, List.of(),
                                                  List.of(s.shortTerm), OWNER, START);
        fixture.given(empty)
               .when(add(instance, s.scales, null, null))
               .expectEvents(new SessionSectionAdded(s.fractal, s.session, 0, null, null, OWNER, NOW),
                             new ActivityInstanceAdded(s.fractal, s.session, instance, s.scales, 0, 0, OWNER, NOW));
    }

    @Test
    void an_instance_goes_into_the_section_and_position_asked_for() {
        UUID instance = UUID.randomUUID();
        fixture.given(s.created())
               .when(add(instance, s.stretching, 0, 0))
               .expectEvents(new ActivityInstanceAdded(s.fractal, s.session, instance, s.stretching, 0, 0, OWNER, NOW));
    }

    @Test
    void section_position_and_activity_must_exist() {
        expectFields(fixture.given(s.created()).when(add(UUID.randomUUID(), s.scales, 2, null)), "section");
        expectFields(fresh().given(s.created())
                             .when(add(UUID.randomUUID(), s.scales, 0, 2)), "position");
        expectFields(fresh().given(s.created())
                             .when(add(UUID.randomUUID(), UUID.randomUUID(), 0, 0)), "activityId");
    }

    @Test
    void removing_an_instance_that_is_not_there_is_not_found() {
        fixture.given(s.created())
               .when(new RemoveActivityInstance(s.session, s.fractal, UUID.randomUUID(), null, OWNER, NOW))
               .expectException(NotFoundException.class);
        fresh().given(s.created())
                .when(new RemoveActivityInstance(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW))
                .expectEvents(new ActivityInstanceRemoved(s.fractal, s.session, s.scalesInstance, OWNER, NOW));
    }

    @Test
    void an_instance_moves_within_and_between_sections() {
        UUID second = UUID.randomUUID();
        fixture.given(s.created(), s.added(second, s.stretching, 0, 1))
               .when(new MoveActivityInstance(s.session, s.fractal, second, 0, 0, null, OWNER, NOW))
               .expectEvents(new ActivityInstanceMoved(s.fractal, s.session, second, 0, 0, OWNER, NOW));
        fresh().given(s.created(), s.added(second, s.stretching, 0, 1))
                .when(new MoveActivityInstance(s.session, s.fractal, second, 1, 0, null, OWNER, NOW))
                .expectEvents(new ActivityInstanceMoved(s.fractal, s.session, second, 1, 0, OWNER, NOW));
    }

    @Test
    void a_move_to_where_the_instance_is_changes_nothing_and_a_move_out_of_range_is_refused() {
        fixture.given(s.created())
               .when(new MoveActivityInstance(s.session, s.fractal, s.scalesInstance, 0, 0, null, OWNER, NOW))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
        expectFields(fresh().given(s.created())
                             .when(new MoveActivityInstance(s.session, s.fractal, s.scalesInstance, 0, 1, null, OWNER, NOW)),
                     "position");
        expectFields(fresh().given(s.created())
                             .when(new MoveActivityInstance(s.session, s.fractal, s.scalesInstance, 5, 0, null, OWNER, NOW)),
                     "section");
    }

    // ---- timers ----------------------------------------------------------------------------------------

    private TimerStarted started(Instant at) {
        return new TimerStarted(s.fractal, s.session, s.scalesInstance, at, OWNER, at);
    }

    @Test
    void a_timer_starts_now_and_stops_with_its_duration_in_whole_seconds() {
        fixture.given(s.created())
               .when(new StartTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, START))
               .expectEvents(started(START));
        fresh().given(s.created(), started(START))
                .when(new StopTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, START.plusMillis(90_900)))
                .expectEvents(new TimerStopped(s.fractal, s.session, s.scalesInstance, START.plusMillis(90_900), 90,
                                               OWNER, START.plusMillis(90_900)));
    }

    @Test
    void stopping_a_timer_that_never_started_or_is_not_running_is_refused() {
        expectFields(fixture.given(s.created())
                            .when(new StopTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW)), "timer");
        expectFields(fresh()
                             .given(s.created(), started(START),
                                    new TimerStopped(s.fractal, s.session, s.scalesInstance, NOW, 1800, OWNER, NOW))
                             .when(new StopTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW)), "timer");
    }

    @Test
    void starting_a_running_timer_is_refused_but_a_stopped_one_restarts() {
        expectFields(fixture.given(s.created(), started(START))
                            .when(new StartTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW)), "timer");
        fresh()
                .given(s.created(), started(START),
                       new TimerStopped(s.fractal, s.session, s.scalesInstance, START.plusSeconds(5), 5, OWNER, START))
                .when(new StartTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW))
                .expectEvents(started(NOW));
    }

    @Test
    void several_timers_run_at_once() {
        UUID second = UUID.randomUUID();
        fixture.given(s.created(), s.added(second, s.stretching, 0, 1), started(START))
               .when(new StartTimer(s.session, s.fractal, second, null, OWNER, NOW))
               .expectEvents(new TimerStarted(s.fractal, s.session, second, NOW, OWNER, NOW));
    }

    @Test
    void timers_of_a_completed_session_do_not_start() {
        expectFields(fixture.given(s.created(), new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW))
                            .when(new StartTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW)), "timer");
    }

    @Test
    void a_reset_clears_the_times_and_a_reset_of_nothing_changes_nothing() {
        fixture.given(s.created(), started(START))
               .when(new ResetTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW))
               .expectEvents(new TimerReset(s.fractal, s.session, s.scalesInstance, OWNER, NOW));
        fresh().given(s.created())
                .when(new ResetTimer(s.session, s.fractal, s.scalesInstance, null, OWNER, NOW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void typed_times_give_a_duration_and_a_stop_before_the_start_is_refused() {
        Instant ten = Instant.parse("2026-11-25T10:00:00Z");
        Instant twentyFivePast = Instant.parse("2026-11-25T10:25:00Z");
        fixture.given(s.created())
               .when(new SetInstanceTimes(s.session, s.fractal, s.scalesInstance, ten, twentyFivePast, null, OWNER, NOW))
               .expectEvents(new InstanceTimesSet(s.fractal, s.session, s.scalesInstance, ten, twentyFivePast, 1500L,
                                                  OWNER, NOW));
        expectFields(fresh().given(s.created())
                             .when(new SetInstanceTimes(s.session, s.fractal, s.scalesInstance, twentyFivePast, ten,
                                                        null, OWNER, NOW)), "stoppedAt");
        expectFields(fresh().given(s.created())
                             .when(new SetInstanceTimes(s.session, s.fractal, s.scalesInstance, null, ten, null, OWNER,
                                                        NOW)), "stoppedAt");
    }

    @Test
    void typed_times_may_leave_a_timer_running_only_in_an_open_session() {
        fixture.given(s.created())
               .when(new SetInstanceTimes(s.session, s.fractal, s.scalesInstance, START, null, null, OWNER, NOW))
               .expectEvents(new InstanceTimesSet(s.fractal, s.session, s.scalesInstance, START, null, null, OWNER, NOW));
        expectFields(fresh()
                             .given(s.created(), new SessionCompleted(s.fractal, s.session, NOW, 1800, OWNER, NOW))
                             .when(new SetInstanceTimes(s.session, s.fractal, s.scalesInstance, START, null, null, OWNER,
                                                        NOW)), "stoppedAt");
    }

    // ---- sets and values -------------------------------------------------------------------------------

    @Test
    void sets_are_recorded_in_order_and_answered_as_evidence_for_the_sessions_goals() {
        var sets = List.of(set(value(s.tempo, 120), value(s.reps, 3)), set(value(s.tempo, 125), value(s.reps, 4)));
        fixture.given(s.created())
               .when(new RecordSets(s.session, s.fractal, s.scalesInstance, sets, null, OWNER, NOW))
               .expectEvents(new SetsRecorded(s.fractal, s.session, s.scalesInstance, s.scales, sets, OWNER, NOW))
               .expectResultMessagePayload(new Evidence(List.of(s.shortTerm), s.scales, List.of(
                       new RecordedSet(List.of(metric(s.tempo, 120), metric(s.reps, 3))),
                       new RecordedSet(List.of(metric(s.tempo, 125), metric(s.reps, 4))))));
    }

    private static MetricValue metric(UUID metric, int amount) {
        return new MetricValue(metric, null, BigDecimal.valueOf(amount));
    }

    @Test
    void set_values_must_be_metrics_of_the_activity_each_once() {
        var sets = List.of(set(value(s.tempo, 120), value(UUID.randomUUID(), 3)),
                           set(value(s.reps, 1), value(s.reps, 2)));
        expectFields(fixture.given(s.created())
                            .when(new RecordSets(s.session, s.fractal, s.scalesInstance, sets, null, OWNER, NOW)),
                     "[0].values[1].metricId", "[1].values[1]");
    }

    @Test
    void a_split_is_required_exactly_when_the_activity_has_splits() {
        UUID drill = UUID.randomUUID();
        expectFields(fixture.given(s.created(), s.added(drill, s.accuracyDrill, 0, 1))
                            .when(new RecordValues(s.session, s.fractal, drill,
                                                   List.of(value(s.accuracy, 90), value(s.accuracy, UUID.randomUUID(), 80)),
                                                   null, OWNER, NOW)),
                     "[0].splitId", "[1].splitId");
        expectFields(fresh().given(s.created())
                             .when(new RecordSets(s.session, s.fractal, s.scalesInstance,
                                                  List.of(set(value(s.tempo, s.left, 1))), null, OWNER, NOW)),
                     "[0].values[0].splitId");
    }

    @Test
    void sets_only_for_activities_with_sets_and_single_values_only_without() {
        UUID drill = UUID.randomUUID();
        expectFields(fixture.given(s.created(), s.added(drill, s.accuracyDrill, 0, 1))
                            .when(new RecordSets(s.session, s.fractal, drill, List.of(), null, OWNER, NOW)), "sets");
        expectFields(fresh().given(s.created())
                             .when(new RecordValues(s.session, s.fractal, s.scalesInstance, List.of(value(s.tempo, 1)),
                                                    null, OWNER, NOW)), "values");
    }

    @Test
    void single_values_are_set_by_metric_and_split_a_null_clears_one_and_all_current_ones_are_the_evidence() {
        UUID drill = UUID.randomUUID();
        fixture.given(s.created(), s.added(drill, s.accuracyDrill, 0, 1),
                      new ValuesRecorded(s.fractal, s.session, drill, s.accuracyDrill,
                                                                         List.of(value(s.accuracy, s.left, 90),
                                                                                 value(s.accuracy, s.right, 70)),
                                                                         OWNER, START))
               .when(new RecordValues(s.session, s.fractal, drill,
                                      List.of(new RecordedValue(s.accuracy, s.right, null),
                                              value(s.accuracy, s.left, 95)), null, OWNER, NOW))
               .expectEvents(new ValuesRecorded(s.fractal, s.session, drill, s.accuracyDrill,
                                                List.of(new RecordedValue(s.accuracy,
                                                                                                          s.right, null),
                                                        value(s.accuracy, s.left, 95)), OWNER, NOW))
               .expectResultMessagePayload(new Evidence(List.of(s.shortTerm), s.accuracyDrill, List.of(new RecordedSet(
                       List.of(new MetricValue(s.accuracy, s.left, BigDecimal.valueOf(95)))))));
    }

    @Test
    void nothing_is_recorded_for_an_activity_deleted_since() {
        s.deleteActivity(s.scales);
        expectFields(fixture.given(s.created())
                            .when(new RecordSets(s.session, s.fractal, s.scalesInstance, List.of(), null, OWNER, NOW)),
                     "activityId");
    }

    @Test
    void an_instance_has_notes_of_limited_length() {
        fixture.given(s.created())
               .when(new ChangeInstanceNote(s.session, s.fractal, s.scalesInstance, "Relax the thumb", null, OWNER, NOW))
               .expectEvents(new InstanceNoteChanged(s.fractal, s.session, s.scalesInstance, "Relax the thumb", OWNER, NOW));
        expectFields(fresh().given(s.created())
                             .when(new ChangeInstanceNote(s.session, s.fractal, s.scalesInstance, "x".repeat(5001), null,
                                                          OWNER, NOW)), "notes");
    }

    @Test
    void an_instance_of_another_session_is_not_found() {
        fixture.given(s.created())
               .when(new StartTimer(s.session, s.fractal, UUID.randomUUID(), null, OWNER, NOW))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
