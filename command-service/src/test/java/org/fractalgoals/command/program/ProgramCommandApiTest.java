package org.fractalgoals.command.program;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fractalgoals.command.CommandServiceTest;
import org.fractalgoals.command.session.SessionDirectory;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Program, block and day endpoints over HTTP, with real goals and templates of the fractal. */
class ProgramCommandApiTest extends CommandServiceTest {

    private static final LocalDate START = LocalDate.parse("2026-03-01");
    private static final LocalDate END = LocalDate.parse("2026-04-30");

    @Autowired
    private ProgramReader programs;
    @Autowired
    private SessionDirectory sessions;
    @Autowired
    private EventStore events;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();

    private Response send(String user, String method, String path, Object body) {
        return api.method(method, path, body).token(TestTokens.forUser(user)).send();
    }

    private JsonNode ok(String method, String path, Object body) {
        Response response = send(alice, method, path, body);
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response.body();
    }

    private String create(String path, Object body) {
        return ok("POST", path, body).get("id").asText();
    }

    private String goal(String fractal, String parent, String name, String deadline) {
        Map<String, Object> body = new HashMap<>(Map.of("parentId", parent, "name", name));
        if (deadline != null) {
            body.put("deadline", deadline);
        }
        return create("/api/v1/fractals/" + fractal + "/goals", body);
    }

    private record Setup(String fractal, String midTerm, String immediate, String template, String programs) {
        String program(String id) {
            return programs + "/" + id;
        }
    }

    private Setup setup() {
        String fractal = create("/api/v1/fractals", Map.of("name", "Piano"));
        String longTerm = goal(fractal, fractal, "Master nocturnes", null);
        String midTerm = goal(fractal, longTerm, "Op. 9 No. 2", null);
        String shortTerm = goal(fractal, midTerm, "Hands together", null);
        String immediate = goal(fractal, shortTerm, "Bars 1-8", null);
        String activity = create("/api/v1/fractals/" + fractal + "/activities",
                                 Map.of("name", "Scale", "hasSets", false, "hasMetrics", false));
        String template = create("/api/v1/fractals/" + fractal + "/templates",
                                 Map.of("name", "Daily Practice", "sections",
                                        List.of(Map.of("name", "Warm-up", "plannedMinutes", 10, "activityIds", List.of(activity)))));
        return new Setup(fractal, midTerm, immediate, template, "/api/v1/fractals/" + fractal + "/programs");
    }

    private Map<String, Object> recital(String goalId) {
        return Map.of("name", "Spring Recital", "startDate", START.toString(), "endDate", END.toString(),
                      "goalIds", List.of(goalId));
    }

    private static String firstMessage(Response response) {
        return response.body().get("errors").get(0).get("message").asText();
    }

    @Test
    void s19_programs_and_blocks_are_made_and_refused_with_the_messages_of_v1_2() {
        Setup s = setup();
        Response noGoal = send(alice, "POST", s.programs(), Map.of("name", "X", "startDate", "2026-03-01",
                                                                   "endDate", "2026-04-30", "goalIds", List.of()));
        assertThat(noGoal.status()).isEqualTo(400);
        assertThat(firstMessage(noGoal)).isEqualTo("At least one goal must be selected");
        Response backwards = send(alice, "POST", s.programs(), Map.of("name", "X", "startDate", "2026-03-01",
                                                                      "endDate", "2026-03-01", "goalIds", List.of(s.midTerm())));
        assertThat(firstMessage(backwards)).isEqualTo("End date must be after start date");
        Response badDate = send(alice, "POST", s.programs(), Map.of("name", "X", "startDate", "March",
                                                                    "endDate", "2026-03-01", "goalIds", List.of(s.midTerm())));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(firstMessage(badDate)).isEqualTo("Invalid date format");
        Response immediateGoal = send(alice, "POST", s.programs(), recital(s.immediate()));
        assertThat(immediateGoal.body().get("errors").get(0).get("field").asText()).isEqualTo("goalIds[0]");

        String program = create(s.programs(), recital(s.midTerm()));
        String blocks = s.program(program) + "/blocks";
        Response reversed = send(alice, "POST", blocks, Map.of("name", "Base", "startDate", "2026-03-10",
                                                               "endDate", "2026-03-09", "color", "#00AA00"));
        assertThat(firstMessage(reversed)).isEqualTo("End date cannot be before start date");
        String base = create(blocks, Map.of("name", "Base", "startDate", "2026-03-01", "endDate", "2026-03-20",
                                            "color", "#00aa00"));
        ReaderCheck.block(programs, s, program, base, "Base", "#00AA00");

        assertThat(ok("PATCH", s.program(program), Map.of("name", "Autumn Recital")).get("id").asText()).isEqualTo(program);
        ProgramReader.ProgramState state = programs.require(UUID.fromString(s.fractal()), UUID.fromString(program));
        assertThat(state.name).isEqualTo("Autumn Recital");
        assertThat(state.goalIds).containsExactly(UUID.fromString(s.midTerm()));
        ok("PATCH", blocks + "/" + base, Map.of("name", "Base camp"));
        assertThat(programs.require(UUID.fromString(s.fractal()), UUID.fromString(program))
                           .block(UUID.fromString(base)).name).isEqualTo("Base camp");
    }

    /** Small checks on the reader, kept apart so that the scenario reads top to bottom. */
    private static final class ReaderCheck {
        static void block(ProgramReader programs, Setup s, String program, String block, String name, String color) {
            ProgramReader.BlockState state = programs.require(UUID.fromString(s.fractal()), UUID.fromString(program))
                                                     .block(UUID.fromString(block));
            assertThat(state.name).isEqualTo(name);
            assertThat(state.color).isEqualTo(color);
        }
    }

    @Test
    void s20_days_by_weekday_abstract_days_copies_and_deletion() {
        Setup s = setup();
        String program = create(s.programs(), recital(s.midTerm()));
        String base = create(s.program(program) + "/blocks", Map.of("name", "Base", "startDate", "2026-03-01",
                                                                    "endDate", "2026-03-20", "color", "#00AA00"));
        String peak = create(s.program(program) + "/blocks", Map.of("name", "Peak", "startDate", "2026-03-21",
                                                                    "endDate", "2026-04-30", "color", "#FF0000"));
        String baseDays = s.program(program) + "/blocks/" + base + "/days";
        JsonNode mondays = ok("POST", baseDays, Map.of("name", "Monday Drills", "templateIds", List.of(s.template()),
                                                      "dayOfWeek", "MONDAY"));
        assertThat(mondays.get("dayIds")).hasSize(3);
        Response unknownTemplate = send(alice, "POST", baseDays, Map.of("name", "X", "templateIds",
                                                                       List.of(UUID.randomUUID().toString())));
        assertThat(firstMessage(unknownTemplate)).isEqualTo("There is no such template in this fractal");
        Response badWeekday = send(alice, "POST", baseDays, Map.of("name", "X", "templateIds", List.of(s.template()),
                                                                  "dayOfWeek", "Someday"));
        assertThat(badWeekday.status()).isEqualTo(400);

        String technique = create(baseDays, Map.of("name", "Technique Day", "templateIds", List.of(s.template())));
        JsonNode copied = ok("POST", baseDays + "/" + technique + "/copy", Map.of());
        assertThat(copied.get("dayIds")).hasSize(1);
        UUID copy = UUID.fromString(copied.get("dayIds").get(0).asText());
        ProgramReader.ProgramState state = programs.require(UUID.fromString(s.fractal()), UUID.fromString(program));
        assertThat(state.days.get(copy).name).isEqualTo("Technique Day");
        assertThat(state.days.get(copy).blockId).isEqualTo(UUID.fromString(peak));
        assertThat(state.days.get(copy).date).isNull();

        ok("PATCH", baseDays + "/" + technique, Map.of("name", "Scales Day", "cascade", true));
        assertThat(programs.require(UUID.fromString(s.fractal()), UUID.fromString(program)).days.get(copy).name)
                .isEqualTo("Scales Day");

        assertThat(send(alice, "DELETE", baseDays + "/" + technique, null).status()).isEqualTo(204);
        state = programs.require(UUID.fromString(s.fractal()), UUID.fromString(program));
        assertThat(state.days).doesNotContainKey(UUID.fromString(technique)).containsKey(copy);
        assertThat(send(alice, "DELETE", baseDays + "/" + technique, null).status()).isEqualTo(404);
    }

    @Test
    void s22_a_goal_attached_with_a_deadline_gets_it_through_the_fractals_own_rules() {
        Setup s = setup();
        String program = create(s.programs(), recital(s.midTerm()));
        String base = create(s.program(program) + "/blocks", Map.of("name", "Base", "startDate", "2026-03-01",
                                                                    "endDate", "2026-03-20", "color", "#00AA00"));
        String goals = s.program(program) + "/blocks/" + base + "/goals/";
        Response outside = send(alice, "POST", goals + s.midTerm(), Map.of("deadline", "2026-03-25"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body().get("errors").get(0).get("field").asText()).isEqualTo("deadline");

        ok("POST", goals + s.midTerm(), Map.of("deadline", "2026-03-15"));
        assertThat(deadlines(s.fractal(), s.midTerm())).containsExactly(LocalDate.parse("2026-03-15"));
        assertThat(programs.require(UUID.fromString(s.fractal()), UUID.fromString(program))
                           .block(UUID.fromString(base)).goalIds).containsExactly(UUID.fromString(s.midTerm()));

        // The fractal refuses a deadline before a child's: nothing is attached either.
        String parentWithChild = goal(s.fractal(), s.fractal(), "Recital", null);
        goal(s.fractal(), parentWithChild, "Program notes", "2026-03-18");
        Response refused = send(alice, "POST", goals + parentWithChild, Map.of("deadline", "2026-03-10"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(programs.require(UUID.fromString(s.fractal()), UUID.fromString(program))
                           .block(UUID.fromString(base)).goalIds).doesNotContain(UUID.fromString(parentWithChild));

        assertThat(send(alice, "POST", goals + UUID.randomUUID(), null).status()).isEqualTo(404);
        assertThat(send(alice, "DELETE", goals + s.midTerm(), null).status()).isEqualTo(204);
        assertThat(send(alice, "DELETE", goals + s.midTerm(), null).status()).isEqualTo(404);
    }

    private List<LocalDate> deadlines(String fractal, String goal) {
        List<LocalDate> deadlines = new ArrayList<>();
        events.readEvents(fractal).asStream().forEach(message -> {
            if (message.getPayload() instanceof GoalDeadlineChanged changed && changed.goalId().toString().equals(goal)) {
                deadlines.add(changed.deadline());
            }
        });
        return deadlines;
    }

    @Test
    void s23_scheduled_sessions_start_at_noon_of_their_date_and_a_deleted_program_counts_them() {
        Setup s = setup();
        String program = create(s.programs(), recital(s.midTerm()));
        String base = create(s.program(program) + "/blocks", Map.of("name", "Base", "startDate", "2026-03-01",
                                                                    "endDate", "2026-03-20", "color", "#00AA00"));
        String days = s.program(program) + "/blocks/" + base + "/days";
        String day = create(days, Map.of("name", "Today Plan", "templateIds", List.of(s.template())));

        Response outside = send(alice, "POST", days + "/" + day + "/schedule", Map.of("date", "2026-04-01"));
        assertThat(firstMessage(outside)).startsWith("The date must lie inside the block");
        Response noDate = send(alice, "POST", days + "/" + day + "/schedule", Map.of());
        assertThat(firstMessage(noDate)).isEqualTo("Date is required");

        String first = create(days + "/" + day + "/schedule", Map.of("date", "2026-03-05", "tz", "Europe/Berlin"));
        String second = create(days + "/" + day + "/schedule", Map.of("date", "2026-03-06"));
        SessionCreated created = sessionCreated(first);
        assertThat(created.startedAt()).isEqualTo(Instant.parse("2026-03-05T11:00:00Z"));
        assertThat(created.programDayId()).isEqualTo(UUID.fromString(day));
        assertThat(created.templateId()).isEqualTo(UUID.fromString(s.template()));
        assertThat(created.name()).isEqualTo("Today Plan");
        assertThat(created.goalIds()).containsExactly(UUID.fromString(s.midTerm()));
        assertThat(created.sections()).hasSize(1);
        assertThat(sessionCreated(second).startedAt()).isEqualTo(Instant.parse("2026-03-06T12:00:00Z"));

        String third = create(days + "/" + day + "/schedule", Map.of("date", "2026-03-07"));
        assertThat(send(alice, "DELETE", days + "/" + day + "/schedule/" + UUID.randomUUID(), null).status()).isEqualTo(404);
        assertThat(send(alice, "DELETE", days + "/" + day + "/schedule/" + third, null).status()).isEqualTo(204);
        assertThat(sessions.sessionExists(UUID.fromString(s.fractal()), UUID.fromString(third))).isFalse();

        JsonNode deleted = ok("DELETE", s.program(program), null);
        assertThat(deleted.get("affectedSessions").asInt()).isEqualTo(2);
        assertThat(sessions.sessionExists(UUID.fromString(s.fractal()), UUID.fromString(first))).isTrue();
        assertThat(send(alice, "GET", s.program(program), null).status()).isNotEqualTo(200);
        assertThat(send(alice, "PATCH", s.program(program), Map.of("name", "Again")).status()).isEqualTo(404);
    }

    private SessionCreated sessionCreated(String sessionId) {
        return (SessionCreated) events.readEvents(sessionId).asStream().findFirst().orElseThrow().getPayload();
    }

    @Test
    void every_program_endpoint_answers_404_to_another_user_and_for_a_program_of_another_fractal() {
        Setup s = setup();
        String program = create(s.programs(), recital(s.midTerm()));
        String block = create(s.program(program) + "/blocks", Map.of("name", "Base", "startDate", "2026-03-01",
                                                                     "endDate", "2026-03-20", "color", "#00AA00"));
        String days = s.program(program) + "/blocks/" + block + "/days";
        String day = create(days, Map.of("name", "Plan", "templateIds", List.of(s.template())));
        String session = create(days + "/" + day + "/schedule", Map.of("date", "2026-03-05"));
        Map<String, Object> dayBody = Map.of("name", "Plan", "templateIds", List.of(s.template()));
        Map<String, Object> blockBody = Map.of("name", "B", "startDate", "2026-03-01", "endDate", "2026-03-02");
        List<Object[]> calls = List.of(
                new Object[]{"POST", s.programs(), recital(s.midTerm())},
                new Object[]{"PATCH", s.program(program), Map.of("name", "X")},
                new Object[]{"DELETE", s.program(program), null},
                new Object[]{"POST", s.program(program) + "/blocks", blockBody},
                new Object[]{"PATCH", s.program(program) + "/blocks/" + block, blockBody},
                new Object[]{"DELETE", s.program(program) + "/blocks/" + block, null},
                new Object[]{"POST", s.program(program) + "/blocks/" + block + "/goals/" + s.midTerm(), Map.of()},
                new Object[]{"DELETE", s.program(program) + "/blocks/" + block + "/goals/" + s.midTerm(), null},
                new Object[]{"POST", days, dayBody},
                new Object[]{"PATCH", days + "/" + day, dayBody},
                new Object[]{"DELETE", days + "/" + day, null},
                new Object[]{"POST", days + "/" + day + "/copy", Map.of()},
                new Object[]{"POST", days + "/" + day + "/schedule", Map.of("date", "2026-03-05")},
                new Object[]{"DELETE", days + "/" + day + "/schedule/" + session, null});
        for (Object[] call : calls) {
            Response foreign = send(bob, (String) call[0], (String) call[1], call[2]);
            assertThat(foreign.status()).as(call[0] + " " + call[1]).isEqualTo(404);
        }
        // Alice's own other fractal does not reach this program either.
        String other = create("/api/v1/fractals", Map.of("name", "Guitar"));
        String elsewhere = "/api/v1/fractals/" + other + "/programs/" + program;
        for (Object[] call : calls.subList(1, calls.size())) {
            String path = ((String) call[1]).replace(s.program(program), elsewhere);
            Response response = send(alice, (String) call[0], path, call[2]);
            assertThat(response.status()).as(call[0] + " " + path).isEqualTo(404);
        }
        assertThat(programs.find(UUID.fromString(s.fractal()), UUID.fromString(program))).isPresent();
        assertThat(sessions.sessionExists(UUID.fromString(s.fractal()), UUID.fromString(session))).isTrue();
    }
}
