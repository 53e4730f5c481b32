package org.fractalgoals.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance scenarios S19–S23 (programs with blocks, days by weekday and abstract days, copies, sessions from
 * today's program day, goals attached to blocks with deadlines, deleting a program) through the web entry with
 * tokens from Keycloak; every read sends the consistency token of the command before it.
 */
class ProgramScenariosIT extends ScenarioTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** A fractal with a mid-term and a short-term goal, and the template "Daily Practice". */
    private record Pianist(String fractal, String midTerm, String shortTerm, String template) {

        String base() {
            return "/api/v1/fractals/" + fractal;
        }

        String programs() {
            return base() + "/programs";
        }
    }

    /** "Spring Recital" (today−7 → today+60) with "Base" (today−7 → today+13) and "Peak" (today+14 → today+60). */
    private record Recital(String program, String base, String peak, String path) {

        String days(String block) {
            return path + "/blocks/" + block + "/days";
        }
    }

    private String createGoal(String fractal, String parent, String name) {
        return command(WEB.post("/api/v1/fractals/" + fractal + "/goals", Map.of("parentId", parent, "name", name)))
                .body().get("id").asText();
    }

    private Pianist pianist() {
        String fractal = command(WEB.post("/api/v1/fractals", Map.of("name", "Become a pianist"))).body().get("id").asText();
        String longTerm = createGoal(fractal, fractal, "Master nocturnes");
        String midTerm = createGoal(fractal, longTerm, "Op. 9 No. 2");
        String shortTerm = createGoal(fractal, midTerm, "Hands together at 60 bpm");
        String base = "/api/v1/fractals/" + fractal;
        String scale = command(WEB.post(base + "/activities", Map.of("name", "C major scale", "hasMetrics", false)))
                .body().get("id").asText();
        String template = command(WEB.post(base + "/templates", Map.of("name", "Daily Practice", "sections", List.of(
                Map.of("name", "Warm-up", "plannedMinutes", 10, "activityIds", List.of(scale))))))
                .body().get("id").asText();
        return new Pianist(fractal, midTerm, shortTerm, template);
    }

    private Recital recital(Pianist p) {
        String program = command(WEB.post(p.programs(), Map.of(
                "name", "Spring Recital", "startDate", TODAY.minusDays(7).toString(),
                "endDate", TODAY.plusDays(60).toString(), "goalIds", List.of(p.midTerm())))).body().get("id").asText();
        String path = p.programs() + "/" + program;
        String base = command(WEB.post(path + "/blocks", Map.of(
                "name", "Base", "startDate", TODAY.minusDays(7).toString(), "endDate", TODAY.plusDays(13).toString(),
                "color", "#2A9D8F"))).body().get("id").asText();
        String peak = command(WEB.post(path + "/blocks", Map.of(
                "name", "Peak", "startDate", TODAY.plusDays(14).toString(), "endDate", TODAY.plusDays(60).toString(),
                "color", "#E76F51"))).body().get("id").asText();
        return new Recital(program, base, peak, path);
    }

    private static JsonNode block(JsonNode program, String id) {
        for (JsonNode block : program.get("blocks")) {
            if (block.get("id").asText().equals(id)) {
                return block;
            }
        }
        return null;
    }

    private static String message(Response refused) {
        return refused.body().get("errors").get(0).get("message").asText();
    }

    @Test
    void s19_a_program_with_blocks_and_the_active_badge() {
        Pianist p = pianist();
        assertThat(message(refused(WEB.post(p.programs(), Map.of(
                "name", "Spring Recital", "startDate", TODAY.minusDays(7).toString(),
                "endDate", TODAY.plusDays(60).toString(), "goalIds", List.of())))))
                .isEqualTo("At least one goal must be selected");
        assertThat(message(refused(WEB.post(p.programs(), Map.of(
                "name", "Spring Recital", "startDate", TODAY.toString(), "endDate", TODAY.toString(),
                "goalIds", List.of(p.midTerm()))))))
                .isEqualTo("End date must be after start date");

        Recital r = recital(p);
        JsonNode program = read(r.path());
        assertThat(program.get("name").asText()).isEqualTo("Spring Recital");
        assertThat(block(program, r.base()).get("active").asBoolean()).isTrue();
        assertThat(block(program, r.peak()).get("active").asBoolean()).isFalse();
        assertThat(block(program, r.base()).get("color").asText()).isEqualTo("#2A9D8F");
        JsonNode listed = read(p.programs()).get("items").get(0);
        assertThat(listed.get("id").asText()).isEqualTo(r.program());
        assertThat(block(listed, r.base()).get("active").asBoolean()).isTrue();

        assertThat(message(refused(WEB.post(r.path() + "/blocks", Map.of(
                "name", "Backwards", "startDate", TODAY.plusDays(5).toString(), "endDate", TODAY.plusDays(4).toString(),
                "color", "#000000")))))
                .isEqualTo("End date cannot be before start date");

        assertThat(WEB.get(r.path()).token(bob).send().status()).isEqualTo(404);
    }

    @Test
    void s20_weekday_pattern_abstract_days_and_copy() {
        Pianist p = pianist();
        Recital r = recital(p);
        command(WEB.post(r.days(r.base()), Map.of("name", "Monday Drills", "templateIds", List.of(p.template()),
                                                  "dayOfWeek", "MONDAY")));
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate d = TODAY.minusDays(7); !d.isAfter(TODAY.plusDays(13)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                mondays.add(d);
            }
        }
        JsonNode days = block(read(r.path()), r.base()).get("days");
        List<LocalDate> dated = new ArrayList<>();
        days.forEach(day -> {
            assertThat(day.get("name").asText()).isEqualTo("Monday Drills");
            assertThat(day.get("templateIds").get(0).asText()).isEqualTo(p.template());
            dated.add(LocalDate.parse(day.get("date").asText()));
        });
        assertThat(dated).containsExactlyElementsOf(mondays);

        String technique = command(WEB.post(r.days(r.base()), Map.of("name", "Technique Day",
                                                                      "templateIds", List.of(p.template()))))
                .body().get("id").asText();
        JsonNode abstractDay = null;
        for (JsonNode day : block(read(r.path()), r.base()).get("days")) {
            if (day.get("id").asText().equals(technique)) {
                abstractDay = day;
            }
        }
        assertThat(abstractDay).isNotNull();
        assertThat(abstractDay.get("date").isNull()).isTrue();

        command(WEB.post(r.days(r.base()) + "/" + technique + "/copy", Map.of()));
        JsonNode peakDays = block(read(r.path()), r.peak()).get("days");
        assertThat(peakDays).hasSize(1);
        assertThat(peakDays.get(0).get("name").asText()).isEqualTo("Technique Day");
        assertThat(peakDays.get(0).get("date").isNull()).isTrue();
        assertThat(peakDays.get(0).get("dayNumber").asInt()).isEqualTo(abstractDay.get("dayNumber").asInt());

        command(WEB.delete(r.days(r.base()) + "/" + technique));
        JsonNode after = read(r.path());
        block(after, r.base()).get("days").forEach(day -> assertThat(day.get("id").asText()).isNotEqualTo(technique));
        assertThat(block(after, r.peak()).get("days")).hasSize(1);
    }

    @Test
    void s21_a_session_from_todays_program_day() {
        Pianist p = pianist();
        Recital r = recital(p);
        String day = command(WEB.post(r.days(r.base()), Map.of("name", "Today Plan", "templateIds", List.of(p.template()),
                                                               "date", TODAY.toString())))
                .body().get("id").asText();
        JsonNode active = read(p.programs() + "/active-days");
        assertThat(active.get("items")).hasSize(1);
        JsonNode item = active.get("items").get(0);
        assertThat(item.get("dayId").asText()).isEqualTo(day);
        assertThat(item.get("programName").asText()).isEqualTo("Spring Recital");
        assertThat(item.get("blockName").asText()).isEqualTo("Base");
        assertThat(item.get("templateIds").get(0).asText()).isEqualTo(p.template());
        assertThat(item.get("completed").asBoolean()).isFalse();

        String session = command(WEB.post(p.base() + "/sessions", Map.of(
                "templateId", p.template(), "programDayId", day, "goalIds", List.of(p.shortTerm()))))
                .body().get("id").asText();
        assertThat(read(p.base() + "/sessions/" + session).get("programDayId").asText()).isEqualTo(day);
        JsonNode scheduledDay = block(read(r.path()), r.base()).get("days").get(0);
        assertThat(scheduledDay.get("sessionIds").get(0).asText()).isEqualTo(session);
        assertThat(scheduledDay.get("completed").asBoolean()).isFalse();

        command(WEB.post(p.base() + "/sessions/" + session + "/complete", Map.of()));
        assertThat(read(p.programs() + "/active-days").get("items").get(0).get("completed").asBoolean()).isTrue();
        command(WEB.post(p.base() + "/sessions/" + session + "/reopen", Map.of()));
        assertThat(read(p.programs() + "/active-days").get("items").get(0).get("completed").asBoolean()).isFalse();
    }

    @Test
    void s22_a_goal_attached_to_a_block_with_a_deadline_shows_on_the_calendar() {
        Pianist p = pianist();
        Recital r = recital(p);
        String deadline = TODAY.plusDays(10).toString();
        command(WEB.post(r.path() + "/blocks/" + r.base() + "/goals/" + p.midTerm(), Map.of("deadline", deadline)));
        JsonNode program = read(r.path());
        assertThat(block(program, r.base()).get("goalIds").get(0).asText()).isEqualTo(p.midTerm());
        assertThat(read(p.base() + "/goals/" + p.midTerm()).get("deadline").asText()).isEqualTo(deadline);
        assertThat(program.get("goalDeadlines").get(0).get("goalId").asText()).isEqualTo(p.midTerm());
        assertThat(program.get("goalDeadlines").get(0).get("deadline").asText()).isEqualTo(deadline);

        // "Set Goal Deadline for This Date" is the goal's own edit; the calendar follows it.
        String moved = TODAY.plusDays(12).toString();
        command(WEB.patch(p.base() + "/goals/" + p.midTerm(), Map.of("deadline", moved)));
        assertThat(read(r.path()).get("goalDeadlines").get(0).get("deadline").asText()).isEqualTo(moved);

        refused(WEB.post(r.path() + "/blocks/" + r.base() + "/goals/" + p.midTerm(),
                         Map.of("deadline", TODAY.plusDays(30).toString())));
    }

    @Test
    void s23_deleting_a_program_keeps_its_sessions_without_their_link() {
        Pianist p = pianist();
        Recital r = recital(p);
        String day = command(WEB.post(r.days(r.base()), Map.of("name", "Plan", "templateIds", List.of(p.template()))))
                .body().get("id").asText();
        String schedule = r.days(r.base()) + "/" + day + "/schedule";
        String first = command(WEB.post(schedule, Map.of("date", TODAY.toString(), "tz", "Europe/Berlin")))
                .body().get("id").asText();
        String second = command(WEB.post(schedule, Map.of("date", TODAY.plusDays(1).toString()))).body().get("id").asText();
        JsonNode scheduled = read(p.base() + "/sessions/" + first);
        assertThat(scheduled.get("programDayId").asText()).isEqualTo(day);
        assertThat(scheduled.get("startedAt").asText()).startsWith(TODAY.toString());
        assertThat(read(r.path()).get("sessionCount").asInt()).isEqualTo(2);

        Response deleted = command(WEB.delete(r.path()));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("affectedSessions").asInt()).isEqualTo(2);
        assertThat(get(r.path()).status()).isEqualTo(404);
        for (String session : List.of(first, second)) {
            JsonNode kept = read(p.base() + "/sessions/" + session);
            assertThat(kept.get("programDayId").isNull()).isTrue();
        }
        List<String> listed = new ArrayList<>();
        read(p.base() + "/sessions").get("items").forEach(item -> listed.add(item.get("id").asText()));
        assertThat(listed).contains(first, second);
    }
}
