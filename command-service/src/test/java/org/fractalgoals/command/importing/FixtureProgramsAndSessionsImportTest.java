package org.fractalgoals.command.importing;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.command.importing.v1.V1Database;
import org.fractalgoals.command.importing.v1.V1DatabaseReader;
import org.fractalgoals.command.importing.v1.V1Program;
import org.fractalgoals.events.goal.GoalCompleted;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.TimerStarted;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Every import step, in its order, on the v1.2 fixture file read by the real reader, against the real aggregates
 * and lookups: what the programs and sessions steps made of it.
 */
class FixtureProgramsAndSessionsImportTest extends CommandServiceTest {

    private static final String S1 = "b5b59088-91c4-46ab-adf6-dccbe4b2c2fd";
    private static final String S2 = "543536b1-d4df-426b-89e5-eb54fd46eaf8";
    private static final String S4 = "443a5c06-f4b3-419d-a143-73f06a66fd35";
    private static final String S5 = "3bf87d92-c433-4b1a-a5fb-3246276d05ee";
    private static final String MONDAY_17 = "a5aae5e5-887a-4b43-aed1-750382bfbb96";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private List<ImportStep> steps;

    private V1Database file;
    private TestImportContext context;

    @BeforeEach
    void importTheFixture(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("small.sqlite");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("fixtures/original-v1.2/small.sqlite")) {
            assertThat(in).isNotNull();
            Files.copy(in, copy);
        }
        file = V1DatabaseReader.read(copy);
        context = new TestImportContext(commands, TestTokens.newUserId());
        steps.forEach(step -> step.run(file, context));
    }

    private List<Object> events(UUID aggregateId) {
        return eventStore.readEvents(aggregateId.toString(), 0).asStream().map(DomainEventMessage::getPayload)
                         .map(Object.class::cast).toList();
    }

    private long imported(String entity, List<String> ids) {
        return ids.stream().filter(id -> context.imported(entity, id)).count();
    }

    @Test
    void the_fixture_comes_over_without_refusals_and_only_the_soft_deleted_session_is_left_out() {
        assertThat(context.refused).isEmpty();
        assertThat(context.warnings).anyMatch(warning -> warning.sourceId().equals(S5));
        assertThat(imported("sessions", file.sessions().stream().map(s -> s.id()).toList())).isEqualTo(4);
        assertThat(imported("activityInstances", file.instances().stream().map(i -> i.id()).toList())).isEqualTo(12);
        List<V1Program.V1Block> blocks = file.programs().stream().flatMap(p -> p.blocks().stream()).toList();
        assertThat(imported("programBlocks", blocks.stream().map(b -> b.id()).toList())).isEqualTo(2);
        assertThat(imported("programDays", blocks.stream().flatMap(b -> b.days().stream()).map(d -> d.id()).toList()))
                .isEqualTo(8);
    }

    @Test
    void sessions_keep_their_v1_times_program_day_and_running_timer() {
        List<Object> s1 = events(context.idOf("sessions", S1));
        assertThat(((SessionCreated) s1.getFirst()).occurredAt()).isEqualTo(Instant.parse("2025-11-10T19:02:05.991512Z"));
        SessionCompleted completed = (SessionCompleted) s1.getLast();
        assertThat(completed.endedAt()).isEqualTo(Instant.parse("2025-11-10T19:46:18.127Z"));
        assertThat(completed.occurredAt()).isEqualTo(Instant.parse("2025-11-10T19:46:18.296931Z"));
        assertThat(completed.durationSeconds()).isEqualTo(2653);

        SessionCreated s2 = (SessionCreated) events(context.idOf("sessions", S2)).getFirst();
        assertThat(s2.programDayId()).isEqualTo(context.idOf("programDays", MONDAY_17));

        List<Object> s4 = events(context.idOf("sessions", S4));
        assertThat(s4).noneMatch(SessionCompleted.class::isInstance);
        assertThat(s4).filteredOn(TimerStarted.class::isInstance).map(TimerStarted.class::cast)
                      .extracting(TimerStarted::startedAt).containsExactly(Instant.parse("2026-01-05T19:10:23.956743Z"));

        UUID pianist = context.idOf("goals", file.sessions().getFirst().rootId());
        assertThat(events(pianist)).filteredOn(GoalCompleted.class::isInstance)
                                   .allMatch(event -> ((GoalCompleted) event).sessionId() == null);
    }

    @Test
    void program_days_keep_their_numbers_including_the_copied_one() {
        V1Program program = file.programs().getFirst();
        assertThat(events(context.idOf("programs", program.id())))
                .filteredOn(ProgramDayAdded.class::isInstance).map(ProgramDayAdded.class::cast)
                .filteredOn(day -> day.date() == null || day.date().toString().equals("2025-12-20"))
                .extracting(ProgramDayAdded::blockId, ProgramDayAdded::dayNumber, ProgramDayAdded::templateIds)
                .hasSize(3)
                .allSatisfy(day -> assertThat((List<?>) day.toList().get(2)).hasSize(1))
                .extracting(day -> day.toList().get(1))
                .containsExactlyInAnyOrder(6, 6, 2);
    }
}
