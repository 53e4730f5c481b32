package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.fractalgoals.command.importing.program.ProgramsImport;
import org.fractalgoals.command.importing.session.SessionsImport;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1Goal;
import org.fractalgoals.command.importing.v1.V1Program;
import org.fractalgoals.command.importing.v1.V1Program.V1Block;
import org.fractalgoals.command.importing.v1.V1Program.V1Day;
import org.fractalgoals.command.importing.v1.V1Session;
import org.fractalgoals.command.session.SessionApiTest;
import org.fractalgoals.command.template.TemplateReader;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.ImportProgramDay;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The programs step against the real command side, with the goals and templates the earlier steps would have
 * imported made first; then a session of one of the days, through the sessions step.
 */
class ProgramsImportTest extends SessionApiTest {

    private static final Instant CREATED = Instant.parse("2025-11-03T08:15:24Z");
    private static final String BASE_BLOCK = "1762195924723";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private ProgramsImport programs;
    @Autowired
    private SessionsImport sessions;

    private TestImportContext context;
    private UUID template;

    @BeforeEach
    void aGoalWithADeadlineAndATemplateTheEarlierStepsImported() {
        aFractalWithAShortTermGoal();
        assertThat(send("PATCH", base() + "/goals/" + shortTerm, alice, Map.of("deadline", "2025-12-20")).status())
                .isEqualTo(200);
        template = UUID.randomUUID();
        catalogue.template(fractal, new TemplateReader.Template(template, "Daily Practice", "", List.of()));
        context = new TestImportContext(commands, alice)
                .given("goals", "root", fractal).given("goals", "short", shortTerm)
                .given("templates", "daily", template);
    }

    private V1Database database(List<V1Program> list, List<V1Session> sessionRows) {
        V1Goal shortGoal = new V1Goal("short", "ShortTermGoal", "Hands together at 60 bpm", "", "root", "root",
                                      LocalDate.parse("2025-12-20"), false, null, List.of(), CREATED);
        return new V1Database(List.of(shortGoal), List.of(), List.of(), List.of(), list, sessionRows, List.of(), List.of());
    }

    @Test
    void blocks_with_date_now_ids_dated_and_abstract_days_keep_their_numbers_templates_and_goals() {
        V1Block base = new V1Block(BASE_BLOCK, "Base", LocalDate.parse("2025-11-03"), LocalDate.parse("2025-12-07"),
                "#FF006E", List.of("short", "gone-goal"), List.of(
                new V1Day("d-mon-1", LocalDate.parse("2025-11-03"), 1, "Monday Drills", List.of("daily")),
                new V1Day("d-mon-2", LocalDate.parse("2025-11-10"), 1, "Monday Drills", List.of("daily")),
                new V1Day("d-tech", null, 6, "Technique Day", List.of("daily", "gone-template")),
                new V1Day("d-empty", null, 7, "Rest", List.of("gone-template"))));
        V1Block peak = new V1Block("peak-uuid", "Peak", LocalDate.parse("2025-12-08"), LocalDate.parse("2026-01-31"),
                "#3A86FF", List.of(), List.of(
                new V1Day("d-tech-copy", null, 6, "Technique Day", List.of("daily")),
                new V1Day("d-dress", LocalDate.parse("2025-12-20"), 9, "Dress rehearsal", List.of("daily"))));
        V1Program program = new V1Program("p1", "root", "Winter Recital", "", LocalDate.parse("2025-11-03"),
                                          LocalDate.parse("2026-01-31"), true, List.of("short"), List.of(base, peak), CREATED);
        List<Object> goalEventsBefore = events(fractal);

        programs.run(database(List.of(program), List.of()), context);

        UUID programId = context.idOf("programs", "p1");
        List<Object> events = events(programId);
        ProgramCreated created = (ProgramCreated) events.getFirst();
        assertThat(created.goalIds()).containsExactly(shortTerm);
        assertThat(created.occurredAt()).isEqualTo(CREATED);
        assertThat(events).filteredOn(ProgramBlockAdded.class::isInstance).map(ProgramBlockAdded.class::cast)
                          .extracting(ProgramBlockAdded::blockId, ProgramBlockAdded::startDate, ProgramBlockAdded::color)
                          .containsExactly(tuple(context.idOf("programBlocks", BASE_BLOCK), LocalDate.parse("2025-11-03"), "#FF006E"),
                                           tuple(context.idOf("programBlocks", "peak-uuid"), LocalDate.parse("2025-12-08"), "#3A86FF"));
        assertThat(events).filteredOn(BlockGoalAttached.class::isInstance).map(BlockGoalAttached.class::cast)
                          .extracting(BlockGoalAttached::goalId).containsExactly(shortTerm);
        assertThat(events).filteredOn(ProgramDayAdded.class::isInstance).map(ProgramDayAdded.class::cast)
                          .extracting(ProgramDayAdded::dayId, ProgramDayAdded::date, ProgramDayAdded::dayNumber,
                                      ProgramDayAdded::templateIds)
                          .containsExactly(
                                  tuple(context.idOf("programDays", "d-mon-1"), LocalDate.parse("2025-11-03"), 1, List.of(template)),
                                  tuple(context.idOf("programDays", "d-mon-2"), LocalDate.parse("2025-11-10"), 1, List.of(template)),
                                  tuple(context.idOf("programDays", "d-tech"), null, 6, List.of(template)),
                                  tuple(context.idOf("programDays", "d-tech-copy"), null, 6, List.of(template)),
                                  tuple(context.idOf("programDays", "d-dress"), LocalDate.parse("2025-12-20"), 9, List.of(template)));

        assertThat(context.refused).extracting(TestImportContext.Entry::entity, TestImportContext.Entry::sourceId)
                                   .containsExactlyInAnyOrder(tuple("programBlocks", BASE_BLOCK + "/gone-goal"),
                                                              tuple("programDays", "d-tech/gone-template"),
                                                              tuple("programDays", "d-empty/gone-template"),
                                                              tuple("programDays", "d-empty"));
        assertThat(context.refusedOf("programDays")).filteredOn(entry -> entry.sourceId().equals("d-empty"))
                .singleElement().satisfies(entry -> assertThat(entry.message()).contains("Pick at least one template"));
        // Attaching the goal to a block kept the deadline the goal came with.
        assertThat(events(fractal)).hasSameSizeAs(goalEventsBefore);
        assertThat(goalEventsBefore.getLast()).isInstanceOfSatisfying(GoalDeadlineChanged.class, changed ->
                assertThat(changed.deadline()).isEqualTo(LocalDate.parse("2025-12-20")));
    }

    @Test
    void a_session_of_an_imported_day_keeps_its_link_and_a_program_day_outside_an_import_is_refused() {
        V1Block base = new V1Block(BASE_BLOCK, "Base", LocalDate.parse("2025-11-03"), LocalDate.parse("2025-12-07"),
                                   "#FF006E", List.of(), List.of(new V1Day("d-mon", LocalDate.parse("2025-11-17"), 3,
                                                                          "Monday Drills", List.of("daily"))));
        V1Program program = new V1Program("p1", "root", "Winter Recital", "", LocalDate.parse("2025-11-03"),
                                          LocalDate.parse("2026-01-31"), true, List.of("short"), List.of(base), CREATED);
        V1Session session = new V1Session("s2", "root", "Monday Drills", "", Instant.parse("2025-11-17T18:00:00Z"), null,
                                          30, null, false, null, null, "d-mon", "daily", List.of(),
                                          List.of(new V1Session.V1SessionGoal("short", "short_term")),
                                          Instant.parse("2025-11-17T17:59:00Z"));
        V1Database source = database(List.of(program), List.of(session));

        programs.run(source, context);
        sessions.run(source, context);

        SessionCreated created = (SessionCreated) events(context.idOf("sessions", "s2")).getFirst();
        assertThat(created.programDayId()).isEqualTo(context.idOf("programDays", "d-mon"));
        assertThat(created.templateId()).isEqualTo(template);
        assertThat(context.refused).isEmpty();

        UUID programId = context.idOf("programs", "p1");
        Throwable refused = catchThrowable(() -> commands.sendAndWait(new ImportProgramDay(
                programId, fractal, context.idOf("programBlocks", BASE_BLOCK), UUID.randomUUID(), "Sneaked in", null, 2,
                List.of(template), alice, Instant.now()), MetaData.with(ActorMetaData.ACTOR, alice)));
        while (refused != null && !(refused instanceof RuleViolationException) && refused.getCause() != refused) {
            refused = refused.getCause();
        }
        assertThat(refused).isInstanceOf(RuleViolationException.class).hasMessageContaining("Only an import");
    }
}
