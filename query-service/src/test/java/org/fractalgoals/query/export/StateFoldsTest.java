package org.fractalgoals.query.export;

import org.fractalgoals.events.activity.ActivityGroupCreated;
import org.fractalgoals.events.activity.ActivityGroupDeleted;
import org.fractalgoals.events.activity.ActivityGroupRenamed;
import org.fractalgoals.events.activity.ActivityGroupsReordered;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.fractalgoals.events.note.NoteEdited;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.BlockGoalDetached;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.program.ProgramDayChanged;
import org.fractalgoals.events.program.ProgramDayDeleted;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceMoved;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionGoalsLinked;
import org.fractalgoals.events.session.SessionGoalsUnlinked;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SessionSectionAdded;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.events.session.TimerStopped;
import org.fractalgoals.events.session.ValuesRecorded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The current states the export folds from an aggregate's events, one kind at a time. */
class StateFoldsTest {

    private static final String OWNER = "owner";
    private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
    private final UUID fractal = UUID.randomUUID();

    @Test
    void a_session_keeps_its_sections_instances_in_order_times_values_goals_and_completion() {
        UUID session = UUID.randomUUID();
        UUID fromTemplate = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        UUID activity = UUID.randomUUID();
        UUID metric = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID otherGoal = UUID.randomUUID();
        SessionFold fold = new SessionFold();

        fold.apply(new SessionCreated(fractal, session, "Morning", null, null, null, T, 30,
                                      List.of(new SessionSection("Warm-up", 10, List.of(new SessionInstance(fromTemplate, activity)))),
                                      List.of(goal), OWNER, T));
        fold.apply(new SessionSectionAdded(fractal, session, 1, "Main", null, OWNER, T.plusSeconds(1)));
        fold.apply(new ActivityInstanceAdded(fractal, session, added, activity, 0, 0, OWNER, T.plusSeconds(2)));
        fold.apply(new ActivityInstanceAdded(fractal, session, removed, activity, 0, 2, OWNER, T.plusSeconds(3)));
        fold.apply(new ActivityInstanceRemoved(fractal, session, removed, OWNER, T.plusSeconds(4)));
        fold.apply(new ActivityInstanceMoved(fractal, session, fromTemplate, 1, 0, OWNER, T.plusSeconds(5)));
        fold.apply(new TimerStarted(fractal, session, added, T.plusSeconds(6), OWNER, T.plusSeconds(6)));
        fold.apply(new TimerStopped(fractal, session, added, T.plusSeconds(66), 60, OWNER, T.plusSeconds(66)));
        fold.apply(new ValuesRecorded(fractal, session, added, activity,
                                      List.of(new RecordedValue(metric, null, BigDecimal.ONE)), OWNER, T.plusSeconds(67)));
        fold.apply(new ValuesRecorded(fractal, session, added, activity,
                                      List.of(new RecordedValue(metric, null, null)), OWNER, T.plusSeconds(68)));
        fold.apply(new SessionGoalsLinked(fractal, session, List.of(otherGoal), OWNER, T.plusSeconds(69)));
        fold.apply(new SessionGoalsUnlinked(fractal, session, List.of(goal), OWNER, T.plusSeconds(70)));
        fold.apply(new SessionCompleted(fractal, session, T.plusSeconds(100), 100, OWNER, T.plusSeconds(100)));

        SessionFold.State state = (SessionFold.State) fold.state();
        assertThat(state.sections()).extracting(SessionFold.Section::name).containsExactly("Warm-up", "Main");
        assertThat(state.sections().get(0).instances()).extracting(SessionFold.Instance::id).containsExactly(added);
        assertThat(state.sections().get(1).instances()).extracting(SessionFold.Instance::id).containsExactly(fromTemplate);
        SessionFold.Instance timed = state.sections().get(0).instances().getFirst();
        assertThat(timed.startedAt()).isEqualTo(T.plusSeconds(6));
        assertThat(timed.durationSeconds()).isEqualTo(60);
        assertThat(timed.values()).as("a null value clears it").isEmpty();
        assertThat(state.goalIds()).containsExactly(otherGoal);
        assertThat(state.completed()).isTrue();
        assertThat(state.endedAt()).isEqualTo(T.plusSeconds(100));
        assertThat(fold.deleted()).isFalse();

        fold.apply(new SessionReopened(fractal, session, OWNER, T.plusSeconds(200)));

        SessionFold.State reopened = (SessionFold.State) fold.state();
        assertThat(reopened.completed()).isFalse();
        assertThat(reopened.completedAt()).isNull();
        assertThat(reopened.endedAt()).isNull();
        assertThat(reopened.durationSeconds()).isNull();
    }

    @Test
    void a_program_keeps_its_blocks_with_their_goals_and_days_and_a_deleted_block_takes_its_days() {
        UUID program = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID day = UUID.randomUUID();
        UUID deletedDay = UUID.randomUUID();
        UUID dayOfGoneBlock = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID detached = UUID.randomUUID();
        UUID template = UUID.randomUUID();
        LocalDate start = LocalDate.parse("2026-03-01");
        ProgramFold fold = new ProgramFold();

        fold.apply(new ProgramCreated(fractal, program, "Spring", null, start, start.plusMonths(2), true, List.of(goal), OWNER, T));
        fold.apply(new ProgramBlockAdded(fractal, program, kept, "Base", start, start.plusDays(30), "#000000", OWNER, T));
        fold.apply(new ProgramBlockAdded(fractal, program, gone, "Peak", start, start.plusDays(30), "#ffffff", OWNER, T));
        fold.apply(new BlockGoalAttached(fractal, program, kept, goal, OWNER, T));
        fold.apply(new BlockGoalAttached(fractal, program, kept, detached, OWNER, T));
        fold.apply(new BlockGoalDetached(fractal, program, kept, detached, OWNER, T));
        fold.apply(new ProgramDayAdded(fractal, program, kept, day, "Monday", start, 1, List.of(), OWNER, T));
        fold.apply(new ProgramDayAdded(fractal, program, kept, deletedDay, "Tuesday", start.plusDays(1), 2, List.of(), OWNER, T));
        fold.apply(new ProgramDayAdded(fractal, program, gone, dayOfGoneBlock, "Friday", start, 1, List.of(), OWNER, T));
        fold.apply(new ProgramDayChanged(fractal, program, kept, day, "Leg day", List.of(template), OWNER, T));
        fold.apply(new ProgramDayDeleted(fractal, program, kept, deletedDay, OWNER, T));
        fold.apply(new ProgramBlockDeleted(fractal, program, gone, List.of(dayOfGoneBlock), OWNER, T));

        ProgramFold.State state = (ProgramFold.State) fold.state();
        assertThat(state.blocks()).extracting(ProgramFold.Block::id).containsExactly(kept);
        ProgramFold.Block block = state.blocks().getFirst();
        assertThat(block.goalIds()).containsExactly(goal);
        assertThat(block.days()).extracting(ProgramFold.Day::id, ProgramFold.Day::name, ProgramFold.Day::date,
                                            ProgramFold.Day::templateIds)
                                .containsExactly(tuple(day, "Leg day", start, List.of(template)));
    }

    @Test
    void activity_groups_keep_their_order_names_and_leave_out_deleted_ones() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        ActivityGroupsFold fold = new ActivityGroupsFold();
        assertThat(fold.state()).isNull();

        fold.apply(new ActivityGroupCreated(fractal, first, "Legs", null, OWNER, T));
        fold.apply(new ActivityGroupCreated(fractal, second, "Arms", null, OWNER, T.plusSeconds(1)));
        fold.apply(new ActivityGroupCreated(fractal, deleted, "Core", null, OWNER, T.plusSeconds(2)));
        fold.apply(new ActivityGroupsReordered(fractal, List.of(second, first, deleted), OWNER, T.plusSeconds(3)));
        fold.apply(new ActivityGroupRenamed(fractal, first, "Lower body", OWNER, T.plusSeconds(4)));
        fold.apply(new ActivityGroupDeleted(fractal, deleted, OWNER, T.plusSeconds(5)));

        assertThat(((ActivityGroupsFold.State) fold.state()).groups())
                .extracting(ActivityGroupsFold.Group::id, ActivityGroupsFold.Group::name, ActivityGroupsFold.Group::updatedAt)
                .containsExactly(tuple(second, "Arms", T.plusSeconds(1)), tuple(first, "Lower body", T.plusSeconds(4)));
        assertThat(fold.deleted()).isFalse();
    }

    @Test
    void a_deleted_note_keeps_its_last_text_and_says_it_was_deleted_and_events_of_other_kinds_change_nothing() {
        UUID note = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        NoteFold fold = new NoteFold();

        fold.apply(new NoteCreated(fractal, note, NoteContext.GOAL, goal, null, "First", OWNER, T));
        fold.apply(new NoteEdited(fractal, note, "Second", OWNER, T.plusSeconds(1)));
        fold.apply(new FractalCreated(fractal, OWNER, T.plusSeconds(2)));
        fold.apply(new NoteDeleted(fractal, note, OWNER, T.plusSeconds(3)));

        assertThat(fold.state()).isEqualTo(new NoteFold.State(NoteContext.GOAL, goal, null, "Second"));
        assertThat(fold.deleted()).isTrue();
    }
}
