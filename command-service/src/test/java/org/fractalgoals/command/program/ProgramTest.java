package org.fractalgoals.command.program;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.program.AddProgramBlock;
import org.fractalgoals.events.program.AddProgramDays;
import org.fractalgoals.events.program.AttachBlockGoal;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.BlockGoalDetached;
import org.fractalgoals.events.program.CopyProgramDay;
import org.fractalgoals.events.program.CreateProgram;
import org.fractalgoals.events.program.DeleteProgram;
import org.fractalgoals.events.program.DeleteProgramBlock;
import org.fractalgoals.events.program.DeleteProgramDay;
import org.fractalgoals.events.program.DetachBlockGoal;
import org.fractalgoals.events.program.EditProgram;
import org.fractalgoals.events.program.EditProgramBlock;
import org.fractalgoals.events.program.EditProgramDay;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramBlockChanged;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramChanged;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.program.ProgramDayChanged;
import org.fractalgoals.events.program.ProgramDayDeleted;
import org.fractalgoals.events.program.ProgramDeleted;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramTest implements ProgramReferences {

    private static final String OWNER = "owner-1";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalDate START = LocalDate.parse("2026-03-01");
    private static final LocalDate END = LocalDate.parse("2026-04-30");
    private final UUID fractal = UUID.randomUUID();
    private final UUID program = UUID.randomUUID();
    private final UUID midTerm = UUID.randomUUID();
    private final UUID immediate = UUID.randomUUID();
    private final UUID base = UUID.randomUUID();
    private final UUID peak = UUID.randomUUID();
    private final UUID daily = UUID.randomUUID();
    private final UUID evening = UUID.randomUUID();
    private final UUID seed = UUID.randomUUID();
    private final Map<UUID, GoalLevel> goals = new HashMap<>();
    private final Set<UUID> templates = new HashSet<>();
    private AggregateTestFixture<Program> fixture;

    @Override
    public Optional<GoalLevel> goalLevel(UUID fractalId, UUID goalId) {
        return fractalId.equals(fractal) ? Optional.ofNullable(goals.get(goalId)) : Optional.empty();
    }

    @Override
    public boolean templateExists(UUID fractalId, UUID templateId) {
        return fractalId.equals(fractal) && templates.contains(templateId);
    }

    @BeforeEach
    void setUp() {
        goals.put(midTerm, GoalLevel.MID_TERM);
        goals.put(immediate, GoalLevel.IMMEDIATE);
        templates.add(daily);
        templates.add(evening);
        fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource(this);
    }

    private ProgramCreated created() {
        return new ProgramCreated(fractal, program, "Spring Recital", "Chopin", START, END, true, List.of(midTerm), OWNER, NOW);
    }

    private ProgramBlockAdded baseBlock() {
        return new ProgramBlockAdded(fractal, program, base, "Base", START, LocalDate.parse("2026-03-20"), "#00AA00", OWNER, NOW);
    }

    private ProgramBlockAdded peakBlock() {
        return new ProgramBlockAdded(fractal, program, peak, "Peak", LocalDate.parse("2026-03-21"), END, "#3A86FF", OWNER, NOW);
    }

    private ProgramDayAdded day(UUID block, UUID id, LocalDate date, int number) {
        return new ProgramDayAdded(fractal, program, block, id, "Drills", date, number, List.of(daily), OWNER, NOW);
    }

    @Test
    void a_program_is_made_for_target_goals_between_two_dates() {
        fixture.givenNoPriorActivity()
               .when(new CreateProgram(program, fractal, "Spring Recital", "Chopin", START, END, true,
                                       List.of(midTerm, midTerm), OWNER, NOW))
               .expectEvents(created());
    }

    @Test
    void a_program_needs_a_name_dates_in_order_and_a_goal() {
        fixture.givenNoPriorActivity()
               .when(new CreateProgram(program, fractal, "Recital", null, START, END, true, List.of(), OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("At least one goal must be selected").expectNoEvents();
        fixture.givenNoPriorActivity()
               .when(new CreateProgram(program, fractal, "Recital", null, START, START, true, List.of(midTerm), OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("End date must be after start date");
        fixture.givenNoPriorActivity()
               .when(new CreateProgram(program, fractal, " ", null, START, END, true, List.of(midTerm), OWNER, NOW))
               .expectException(RuleViolationException.class).expectExceptionMessage("Program name is required");
        fixture.givenNoPriorActivity()
               .when(new CreateProgram(program, fractal, "Recital", null, null, END, true, List.of(midTerm), OWNER, NOW))
               .expectException(RuleViolationException.class).expectExceptionMessage("Start date is required");
    }

    @Test
    void target_goals_are_long_mid_or_short_term_goals_of_the_fractal() {
        fixture.givenNoPriorActivity()
               .when(new CreateProgram(program, fractal, "Recital", null, START, END, true,
                                       List.of(midTerm, immediate, UUID.randomUUID()), OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("Pick a long-, mid- or short-term goal of this fractal");
        List<FieldError> errors = new ArrayList<>();
        ProgramRules.targetGoals(fractal, List.of(midTerm, immediate, UUID.randomUUID()), this, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("goalIds[1]", "goalIds[2]");
    }

    @Test
    void a_program_is_edited_whole_and_its_blocks_stay_inside_its_dates() {
        fixture.given(created())
               .when(new EditProgram(program, fractal, "Autumn Recital", null, START, END.plusDays(10), false,
                                     List.of(midTerm), OWNER, NOW, null))
               .expectEvents(new ProgramChanged(fractal, program, "Autumn Recital", null, START, END.plusDays(10), false,
                                                List.of(midTerm), OWNER, NOW));
        fixture.given(created(), peakBlock())
               .when(new EditProgram(program, fractal, "Shorter", null, START, LocalDate.parse("2026-04-01"), true,
                                     List.of(midTerm), OWNER, NOW, null))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("The program's blocks must stay inside its dates");
    }

    @Test
    void another_owner_or_fractal_finds_no_program() {
        fixture.given(created())
               .when(new EditProgram(program, UUID.randomUUID(), "X", null, START, END, true, List.of(midTerm), OWNER, NOW, null))
               .expectException(NotFoundException.class);
        fixture.given(created())
               .when(new DeleteProgram(program, fractal, "owner-2", NOW, null))
               .expectException(NotFoundException.class);
    }

    @Test
    void deleting_a_program_names_its_days_so_that_their_sessions_lose_the_link() {
        UUID d1 = UUID.randomUUID();
        UUID d2 = UUID.randomUUID();
        fixture.given(created(), baseBlock(), peakBlock(), day(base, d1, null, 1), day(peak, d2, null, 1))
               .when(new DeleteProgram(program, fractal, OWNER, NOW, null))
               .expectEvents(new ProgramDeleted(fractal, program, List.of(d1, d2), OWNER, NOW))
               .expectMarkedDeleted();
    }

    @Test
    void a_block_lies_inside_the_program_ends_not_before_it_starts_and_has_a_colour() {
        fixture.given(created())
               .when(new AddProgramBlock(program, fractal, base, "Base", START, LocalDate.parse("2026-03-20"), null, OWNER, NOW))
               .expectEvents(new ProgramBlockAdded(fractal, program, base, "Base", START, LocalDate.parse("2026-03-20"),
                                                   "#3A86FF", OWNER, NOW));
        fixture.given(created())
               .when(new AddProgramBlock(program, fractal, base, "Base", LocalDate.parse("2026-03-20"), START, "#00AA00", OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("End date cannot be before start date");
        fixture.given(created())
               .when(new AddProgramBlock(program, fractal, base, "Base", START.minusDays(1), END, "#00AA00", OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("Must lie inside the program (2026-03-01 – 2026-04-30)");
        fixture.given(created())
               .when(new AddProgramBlock(program, fractal, base, "Base", START, END, "green", OWNER, NOW))
               .expectException(RuleViolationException.class).expectExceptionMessage("Colour must be #RRGGBB");
        fixture.given(created())
               .when(new AddProgramBlock(program, fractal, base, "", START, END, null, OWNER, NOW))
               .expectException(RuleViolationException.class).expectExceptionMessage("Block name is required");
    }

    @Test
    void a_block_is_edited_keeping_its_dated_days_inside_and_deleted_with_its_days() {
        UUID dated = UUID.randomUUID();
        fixture.given(created(), baseBlock())
               .when(new EditProgramBlock(program, fractal, base, "Base camp", START, LocalDate.parse("2026-03-10"),
                                          "#112233", OWNER, NOW))
               .expectEvents(new ProgramBlockChanged(fractal, program, base, "Base camp", START,
                                                     LocalDate.parse("2026-03-10"), "#112233", OWNER, NOW));
        fixture.given(created(), baseBlock(), day(base, dated, LocalDate.parse("2026-03-16"), 1))
               .when(new EditProgramBlock(program, fractal, base, "Base", START, LocalDate.parse("2026-03-10"), null, OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("The block's dated days must stay inside its dates");
        fixture.given(created(), baseBlock(), day(base, dated, LocalDate.parse("2026-03-16"), 1))
               .when(new DeleteProgramBlock(program, fractal, base, OWNER, NOW))
               .expectEvents(new ProgramBlockDeleted(fractal, program, base, List.of(dated), OWNER, NOW));
        fixture.given(created())
               .when(new DeleteProgramBlock(program, fractal, base, OWNER, NOW))
               .expectException(NotFoundException.class);
    }

    @Test
    void a_goal_is_attached_with_a_deadline_inside_the_block_and_detached() {
        fixture.given(created(), baseBlock())
               .when(new AttachBlockGoal(program, fractal, base, midTerm, LocalDate.parse("2026-03-15"), OWNER, NOW))
               .expectEvents(new BlockGoalAttached(fractal, program, base, midTerm, OWNER, NOW));
        fixture.given(created(), baseBlock())
               .when(new AttachBlockGoal(program, fractal, base, midTerm, LocalDate.parse("2026-03-25"), OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("The deadline must lie inside the block (2026-03-01 – 2026-03-20)");
        fixture.given(created(), baseBlock(), new BlockGoalAttached(fractal, program, base, midTerm, OWNER, NOW))
               .when(new AttachBlockGoal(program, fractal, base, midTerm, null, OWNER, NOW))
               .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(created(), baseBlock())
               .when(new AttachBlockGoal(program, fractal, base, UUID.randomUUID(), null, OWNER, NOW))
               .expectException(NotFoundException.class);
        fixture.given(created(), baseBlock(), new BlockGoalAttached(fractal, program, base, midTerm, OWNER, NOW))
               .when(new DetachBlockGoal(program, fractal, base, midTerm, OWNER, NOW))
               .expectEvents(new BlockGoalDetached(fractal, program, base, midTerm, OWNER, NOW));
        fixture.given(created(), baseBlock())
               .when(new DetachBlockGoal(program, fractal, base, midTerm, OWNER, NOW))
               .expectException(NotFoundException.class);
    }

    @Test
    void a_day_of_week_makes_one_dated_day_per_matching_weekday_inside_the_block() {
        // Base: Sunday 2026-03-01 to Friday 2026-03-20 holds the Mondays 2, 9 and 16.
        fixture.given(created(), baseBlock())
               .when(new AddProgramDays(program, fractal, base, seed, "Monday Drills", List.of(daily), null,
                                        DayOfWeek.MONDAY, OWNER, NOW))
               .expectEvents(
                       new ProgramDayAdded(fractal, program, base, Program.dayId(seed, 0), "Monday Drills",
                                           LocalDate.parse("2026-03-02"), 1, List.of(daily), OWNER, NOW),
                       new ProgramDayAdded(fractal, program, base, Program.dayId(seed, 1), "Monday Drills",
                                           LocalDate.parse("2026-03-09"), 2, List.of(daily), OWNER, NOW),
                       new ProgramDayAdded(fractal, program, base, Program.dayId(seed, 2), "Monday Drills",
                                           LocalDate.parse("2026-03-16"), 3, List.of(daily), OWNER, NOW))
               .expectResultMessagePayload(List.of(Program.dayId(seed, 0), Program.dayId(seed, 1), Program.dayId(seed, 2)));
    }

    @Test
    void a_day_is_dated_inside_the_block_or_abstract_and_a_day_on_a_taken_date_is_reused() {
        UUID existing = UUID.randomUUID();
        fixture.given(created(), baseBlock())
               .when(new AddProgramDays(program, fractal, base, seed, "Technique Day", List.of(daily, evening), null,
                                        null, OWNER, NOW))
               .expectEvents(new ProgramDayAdded(fractal, program, base, Program.dayId(seed, 0), "Technique Day", null, 1,
                                                 List.of(daily, evening), OWNER, NOW));
        fixture.given(created(), baseBlock())
               .when(new AddProgramDays(program, fractal, base, seed, "Late", List.of(daily), LocalDate.parse("2026-03-21"),
                                        null, OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("The date must lie inside the block (2026-03-01 – 2026-03-20)");
        fixture.given(created(), baseBlock(), day(base, existing, LocalDate.parse("2026-03-05"), 1))
               .when(new AddProgramDays(program, fractal, base, seed, "Renamed", List.of(evening),
                                        LocalDate.parse("2026-03-05"), null, OWNER, NOW))
               .expectEvents(new ProgramDayChanged(fractal, program, base, existing, "Renamed", List.of(evening), OWNER, NOW));
        fixture.given(created(), baseBlock())
               .when(new AddProgramDays(program, fractal, base, seed, "Both", List.of(daily), LocalDate.parse("2026-03-05"),
                                        DayOfWeek.MONDAY, OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("Give a date or a day of the week, not both");
    }

    @Test
    void a_day_needs_a_name_and_templates_of_the_fractal() {
        fixture.given(created(), baseBlock())
               .when(new AddProgramDays(program, fractal, base, seed, "Drills", List.of(), null, null, OWNER, NOW))
               .expectException(RuleViolationException.class).expectExceptionMessage("Pick at least one template");
        fixture.given(created(), baseBlock())
               .when(new AddProgramDays(program, fractal, base, seed, "Drills", List.of(UUID.randomUUID()), null, null,
                                        OWNER, NOW))
               .expectException(RuleViolationException.class)
               .expectExceptionMessage("There is no such template in this fractal");
        fixture.given(created(), baseBlock())
               .when(new AddProgramDays(program, fractal, base, seed, null, List.of(daily), null, null, OWNER, NOW))
               .expectException(RuleViolationException.class).expectExceptionMessage("Day name is required");
        fixture.given(created())
               .when(new AddProgramDays(program, fractal, base, seed, "Drills", List.of(daily), null, null, OWNER, NOW))
               .expectException(NotFoundException.class);
    }

    @Test
    void an_edit_with_cascade_changes_the_same_day_number_in_later_blocks_only() {
        UUID first = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        UUID otherNumber = UUID.randomUUID();
        fixture.given(created(), baseBlock(), peakBlock(), day(base, first, null, 1), day(peak, later, null, 1),
                      day(peak, otherNumber, null, 2))
               .when(new EditProgramDay(program, fractal, base, first, "Scales", List.of(evening), true, OWNER, NOW))
               .expectEvents(new ProgramDayChanged(fractal, program, base, first, "Scales", List.of(evening), OWNER, NOW),
                             new ProgramDayChanged(fractal, program, peak, later, "Scales", List.of(evening), OWNER, NOW));
        fixture.given(created(), baseBlock(), peakBlock(), day(base, first, null, 1), day(peak, later, null, 1))
               .when(new EditProgramDay(program, fractal, peak, later, "Scales", List.of(evening), true, OWNER, NOW))
               .expectEvents(new ProgramDayChanged(fractal, program, peak, later, "Scales", List.of(evening), OWNER, NOW));
        fixture.given(created(), baseBlock(), peakBlock(), day(base, first, null, 1))
               .when(new EditProgramDay(program, fractal, peak, first, "Scales", List.of(evening), false, OWNER, NOW))
               .expectException(NotFoundException.class);
    }

    @Test
    void a_copy_replaces_the_day_with_its_number_in_other_blocks_or_creates_an_abstract_one() {
        UUID source = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        ProgramBlockAdded thirdBlock = new ProgramBlockAdded(fractal, program, third, "Taper", LocalDate.parse("2026-04-20"),
                                                             END, "#FF0000", OWNER, NOW);
        fixture.given(created(), baseBlock(), new ProgramBlockAdded(fractal, program, peak, "Peak", LocalDate.parse("2026-03-21"),
                                                                    LocalDate.parse("2026-04-19"), "#3A86FF", OWNER, NOW),
                      thirdBlock, new ProgramDayAdded(fractal, program, base, source, "Technique", null, 1,
                                                      List.of(daily, evening), OWNER, NOW),
                      day(peak, match, null, 1))
               .when(new CopyProgramDay(program, fractal, base, source, seed, "Technique", OWNER, NOW))
               .expectEvents(new ProgramDayChanged(fractal, program, peak, match, "Technique", List.of(daily, evening), OWNER, NOW),
                             new ProgramDayAdded(fractal, program, third, Program.dayId(seed, 0), "Technique", null, 1,
                                                 List.of(daily, evening), OWNER, NOW));
    }

    @Test
    void a_day_is_deleted() {
        UUID d = UUID.randomUUID();
        fixture.given(created(), baseBlock(), day(base, d, null, 1))
               .when(new DeleteProgramDay(program, fractal, base, d, OWNER, NOW))
               .expectEvents(new ProgramDayDeleted(fractal, program, base, d, OWNER, NOW));
        fixture.given(created(), baseBlock(), day(base, d, null, 1), new ProgramDayDeleted(fractal, program, base, d, OWNER, NOW))
               .when(new DeleteProgramDay(program, fractal, base, d, OWNER, NOW))
               .expectException(NotFoundException.class);
    }
}
