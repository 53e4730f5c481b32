package org.fractalgoals.query.program;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.goal.FractalCreated;
import org.fractalgoals.events.goal.GoalCreated;
import org.fractalgoals.events.goal.GoalDeadlineChanged;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.program.BlockGoalAttached;
import org.fractalgoals.events.program.ProgramBlockAdded;
import org.fractalgoals.events.program.ProgramBlockDeleted;
import org.fractalgoals.events.program.ProgramChanged;
import org.fractalgoals.events.program.ProgramCreated;
import org.fractalgoals.events.program.ProgramDayAdded;
import org.fractalgoals.events.program.ProgramDayChanged;
import org.fractalgoals.events.program.ProgramDeleted;
import org.fractalgoals.events.session.SessionCompleted;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionReopened;
import org.fractalgoals.platform.consistency.ConsistencyToken;
import org.fractalgoals.query.EventWriter;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The "programs" read model: its handlers called directly, and its endpoints over HTTP (today is 2026-01-11). */
class ProgramReadModelTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-02T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-01-11");

    @Autowired
    private ProgramProjection projection;
    @Autowired
    private ProgramRepository repository;
    @Autowired
    private EventWriter events;

    private final String alice = TestTokens.newUserId();
    private final String bob = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID program = UUID.randomUUID();
    private final UUID goal = UUID.randomUUID();
    private final UUID base = UUID.randomUUID();
    private final UUID peak = UUID.randomUUID();
    private final UUID day = UUID.randomUUID();
    private final UUID daily = UUID.randomUUID();
    private final UUID evening = UUID.randomUUID();

    private ProgramCreated created() {
        return new ProgramCreated(fractal, program, "Spring Recital", "Chopin", TODAY.minusDays(7), TODAY.plusDays(60),
                                  true, List.of(goal), alice, T0);
    }

    private SessionCreated session(UUID id, UUID templateId) {
        return new SessionCreated(fractal, id, "Plan", null, templateId, day, T0, null, List.of(), List.of(goal), alice, T0);
    }

    private void programWithTwoBlocksAndADay() {
        projection.on(created(), 0);
        projection.on(new ProgramBlockAdded(fractal, program, base, "Base", TODAY.minusDays(7), TODAY.plusDays(13),
                                            "#00AA00", alice, T0), 1);
        projection.on(new ProgramBlockAdded(fractal, program, peak, "Peak", TODAY.plusDays(14), TODAY.plusDays(60),
                                            "#3A86FF", alice, T0), 2);
        projection.on(new ProgramDayAdded(fractal, program, base, day, "Today Plan", null, 1, List.of(daily, evening),
                                          alice, T0), 3);
    }

    @Test
    void a_program_reads_with_blocks_active_today_and_days_in_order_and_redelivery_changes_nothing() {
        programWithTwoBlocksAndADay();
        projection.on(new ProgramChanged(fractal, program, "Recital", null, TODAY.minusDays(7), TODAY.plusDays(60), true,
                                         List.of(goal), alice, T0), 4);
        projection.on(new ProgramDayChanged(fractal, program, base, day, "Renamed", List.of(daily), alice, T0), 3);
        projection.on(created(), 0);

        ProgramView view = repository.find(fractal, program, TODAY).orElseThrow();
        assertThat(view.name()).isEqualTo("Recital");
        assertThat(view.version()).isEqualTo(4);
        assertThat(view.blocks()).extracting(ProgramView.Block::name).containsExactly("Base", "Peak");
        assertThat(view.blocks()).extracting(ProgramView.Block::active).containsExactly(true, false);
        ProgramView.Day only = view.blocks().getFirst().days().getFirst();
        assertThat(only.name()).isEqualTo("Today Plan");
        assertThat(only.templateIds()).containsExactly(daily, evening);
        assertThat(only.completed()).isFalse();
    }

    @Test
    void a_day_is_complete_once_every_template_has_a_completed_session_and_follows_reopening_and_deletion() {
        programWithTwoBlocksAndADay();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        projection.on(session(first, daily), 0);
        projection.on(new SessionCompleted(fractal, first, T0, 60, alice, T0), 1);
        assertThat(day().completed()).isFalse();
        projection.on(session(second, evening), 0);
        projection.on(new SessionCompleted(fractal, second, T0, 60, alice, T0), 1);
        assertThat(day().completed()).isTrue();
        assertThat(day().sessionIds()).containsExactlyInAnyOrder(first, second);

        projection.on(new SessionReopened(fractal, second, alice, T0), 2);
        assertThat(day().completed()).isFalse();
        projection.on(new SessionCompleted(fractal, second, T0, 60, alice, T0), 3);
        projection.on(new SessionReopened(fractal, second, alice, T0), 2);
        assertThat(day().completed()).isTrue();
        projection.on(new SessionDeleted(fractal, second, alice, T0), 4);
        assertThat(day().completed()).isFalse();
        assertThat(repository.find(fractal, program, TODAY).orElseThrow().sessionCount()).isEqualTo(1);
    }

    private ProgramView.Day day() {
        return repository.find(fractal, program, TODAY).orElseThrow().blocks().getFirst().days().getFirst();
    }

    @Test
    void goal_deadlines_of_the_programs_and_blocks_goals_are_listed_and_deleted_blocks_take_their_days() {
        UUID blockGoal = UUID.randomUUID();
        projection.on(new GoalCreated(fractal, goal, fractal, GoalLevel.MID_TERM, "MTG", null, TODAY.plusDays(30), null,
                                      alice, T0), 1);
        projection.on(new GoalCreated(fractal, blockGoal, goal, GoalLevel.SHORT_TERM, "STG", null, null, null, alice, T0), 2);
        projection.on(new GoalDeadlineChanged(fractal, blockGoal, TODAY.plusDays(3), alice, T0), 3);
        projection.on(new GoalDeadlineChanged(fractal, blockGoal, TODAY.plusDays(9), alice, T0), 2);
        programWithTwoBlocksAndADay();
        projection.on(new BlockGoalAttached(fractal, program, base, blockGoal, alice, T0), 4);

        ProgramView view = repository.find(fractal, program, TODAY).orElseThrow();
        assertThat(view.goalDeadlines()).containsExactly(new ProgramView.GoalDeadline(goal, TODAY.plusDays(30)),
                                                         new ProgramView.GoalDeadline(blockGoal, TODAY.plusDays(3)));
        assertThat(view.blocks().getFirst().goalIds()).containsExactly(blockGoal);

        projection.on(new ProgramBlockDeleted(fractal, program, base, List.of(day), alice, T0), 5);
        assertThat(repository.find(fractal, program, TODAY).orElseThrow().blocks()).extracting(ProgramView.Block::id)
                                                                               .containsExactly(peak);
    }

    @Test
    void active_days_are_the_abstract_and_same_date_days_of_active_programs_blocks_covering_the_date() {
        programWithTwoBlocksAndADay();
        projection.on(new ProgramDayAdded(fractal, program, base, UUID.randomUUID(), "Tomorrow", TODAY.plusDays(1), 2,
                                          List.of(daily), alice, T0), 4);
        UUID dated = UUID.randomUUID();
        projection.on(new ProgramDayAdded(fractal, program, base, dated, "Today", TODAY, 3, List.of(daily), alice, T0), 5);

        List<ActiveProgramDays.Item> items = repository.activeDays(fractal, TODAY, 50, null).items();
        assertThat(items).extracting(ActiveProgramDays.Item::dayId).containsExactly(day, dated);
        assertThat(items.getFirst().blockColor()).isEqualTo("#00AA00");
        assertThat(repository.activeDays(fractal, TODAY.plusDays(20), 50, null).items()).isEmpty();
    }

    @Test
    void active_days_page_in_program_block_and_day_order_and_a_day_added_before_the_cursor_skips_none_after_it() {
        programWithTwoBlocksAndADay();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        projection.on(new ProgramDayAdded(fractal, program, base, second, "Second", null, 2, List.of(daily), alice, T0), 4);
        projection.on(new ProgramDayAdded(fractal, program, base, third, "Third", TODAY, 3, List.of(daily), alice, T0), 5);
        UUID later = UUID.randomUUID();
        UUID laterBlock = UUID.randomUUID();
        UUID laterDay = UUID.randomUUID();
        projection.on(new ProgramCreated(fractal, later, "Later", null, TODAY.minusDays(7), TODAY.plusDays(60), true,
                                         List.of(), alice, T0.plusSeconds(60)), 0);
        projection.on(new ProgramBlockAdded(fractal, later, laterBlock, "Only", TODAY.minusDays(1), TODAY.plusDays(1),
                                            "#FF0000", alice, T0), 1);
        projection.on(new ProgramDayAdded(fractal, later, laterBlock, laterDay, "Later day", null, 1, List.of(daily),
                                          alice, T0), 2);

        ActiveProgramDays first = repository.activeDays(fractal, TODAY, 2, null);
        assertThat(first.items()).extracting(ActiveProgramDays.Item::dayId).containsExactly(day, second);
        assertThat(first.nextCursor()).isNotNull();
        // A day that sorts before the cursor arrives between two pages: the next page still starts right after "second".
        projection.on(new ProgramDayAdded(fractal, program, base, UUID.randomUUID(), "Zero", null, 0, List.of(daily),
                                          alice, T0), 6);
        ActiveProgramDays rest = repository.activeDays(fractal, TODAY, 2, first.nextCursor());
        assertThat(rest.items()).extracting(ActiveProgramDays.Item::dayId).containsExactly(third, laterDay);
        assertThat(rest.nextCursor()).isNull();
        assertThat(repository.activeDays(fractal, TODAY, 4, null).nextCursor()).isNotNull();
        assertThat(repository.activeDays(fractal, TODAY, 5, null).nextCursor()).isNull();
    }

    @Test
    void over_http_programs_list_and_read_for_their_owner_only_and_a_deleted_program_is_gone() {
        ConsistencyToken fractalToken = events.append(fractal, 0, new FractalCreated(fractal, alice, T0),
                new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Pianist", null, null, null, alice, T0),
                new GoalCreated(fractal, goal, fractal, GoalLevel.MID_TERM, "MTG", null, TODAY.plusDays(30), null, alice, T0));
        ConsistencyToken token = events.append(program, 0, created(),
                new ProgramBlockAdded(fractal, program, base, "Base", TODAY.minusDays(7), TODAY.plusDays(13), "#00AA00",
                                      alice, T0),
                new ProgramDayAdded(fractal, program, base, day, "Today Plan", null, 1, List.of(daily), alice, T0));
        String path = "/api/v1/fractals/" + fractal + "/programs";

        Response list = api.get(path).token(TestTokens.forUser(alice)).header(ConsistencyToken.HEADER, token.encode()).send();
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode item = list.body().get("items").get(0);
        assertThat(item.get("id").asText()).isEqualTo(program.toString());
        assertThat(item.get("sessionCount").asInt()).isZero();
        assertThat(item.get("active").asBoolean()).isTrue();
        assertThat(list.body().get("nextCursor").isNull()).isTrue();

        Response detail = api.get(path + "/" + program).token(TestTokens.forUser(alice)).send();
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.header("ETag")).contains("\"2\"");
        JsonNode block = detail.body().get("blocks").get(0);
        assertThat(block.get("active").asBoolean()).isTrue();
        assertThat(block.get("color").asText()).isEqualTo("#00AA00");
        assertThat(block.get("days").get(0).get("name").asText()).isEqualTo("Today Plan");
        assertThat(detail.body().get("goalDeadlines").get(0).get("deadline").asText()).isEqualTo(TODAY.plusDays(30).toString());

        Response activeDays = api.get(path + "/active-days?date=" + TODAY).token(TestTokens.forUser(alice)).send();
        assertThat(activeDays.body().get("items").get(0).get("dayId").asText()).isEqualTo(day.toString());
        assertThat(api.get(path + "/active-days?date=someday").token(TestTokens.forUser(alice)).send().status())
                .isEqualTo(400);
        for (String bad : List.of("limit=0", "limit=201", "limit=many", "cursor=bm90LWEtY3Vyc29y", "cursor=%25%25")) {
            Response problem = api.get(path + "/active-days?" + bad).token(TestTokens.forUser(alice)).send();
            assertThat(problem.status()).as(bad).isEqualTo(400);
            assertThat(problem.header("Content-Type")).as(bad).hasValue("application/problem+json");
        }

        for (String foreign : List.of(path, path + "/" + program, path + "/active-days")) {
            assertThat(api.get(foreign).token(TestTokens.forUser(bob)).send().status()).as(foreign).isEqualTo(404);
        }
        assertThat(api.get(path + "/" + UUID.randomUUID()).token(TestTokens.forUser(alice)).send().status()).isEqualTo(404);

        ConsistencyToken deleted = events.append(program, 3, new ProgramDeleted(fractal, program, List.of(day), alice, T0));
        assertThat(api.get(path + "/" + program).token(TestTokens.forUser(alice))
                      .header(ConsistencyToken.HEADER, deleted.encode()).send().status()).isEqualTo(404);
        assertThat(fractalToken).isNotNull();
    }

    @Test
    void over_http_active_days_page_with_a_cursor_until_none_is_left() {
        events.append(fractal, 0, new FractalCreated(fractal, alice, T0),
                      new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Pianist", null, null, null, alice, T0));
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        ConsistencyToken token = events.append(program, 0, created(),
                new ProgramBlockAdded(fractal, program, base, "Base", TODAY.minusDays(7), TODAY.plusDays(13), "#00AA00",
                                      alice, T0),
                new ProgramDayAdded(fractal, program, base, day, "One", null, 1, List.of(daily), alice, T0),
                new ProgramDayAdded(fractal, program, base, second, "Two", null, 2, List.of(daily), alice, T0),
                new ProgramDayAdded(fractal, program, base, third, "Three", TODAY, 3, List.of(evening), alice, T0));
        String path = "/api/v1/fractals/" + fractal + "/programs/active-days?date=" + TODAY + "&limit=2";

        Response first = api.get(path).token(TestTokens.forUser(alice)).header(ConsistencyToken.HEADER, token.encode()).send();
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().get("items")).extracting(item -> item.get("dayId").asText())
                                             .containsExactly(day.toString(), second.toString());
        String cursor = first.body().get("nextCursor").asText();
        Response last = api.get(path + "&cursor=" + cursor).token(TestTokens.forUser(alice)).send();
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(last.body().get("items")).extracting(item -> item.get("dayId").asText())
                                            .containsExactly(third.toString());
        assertThat(last.body().get("nextCursor").isNull()).isTrue();
        assertThat(api.get(path + "&cursor=" + cursor).token(TestTokens.forUser(bob)).send().status()).isEqualTo(404);
    }

    @Test
    void over_http_sessions_of_a_deleted_program_stay_without_their_link() {
        UUID session = UUID.randomUUID();
        events.append(fractal, 0, new FractalCreated(fractal, alice, T0),
                      new GoalCreated(fractal, fractal, null, GoalLevel.ULTIMATE, "Pianist", null, null, null, alice, T0),
                      new GoalCreated(fractal, goal, fractal, GoalLevel.MID_TERM, "MTG", null, null, null, alice, T0));
        events.append(program, 0, created(),
                      new ProgramBlockAdded(fractal, program, base, "Base", TODAY.minusDays(7), TODAY.plusDays(13),
                                            "#00AA00", alice, T0),
                      new ProgramDayAdded(fractal, program, base, day, "Today Plan", null, 1, List.of(daily), alice, T0));
        events.append(session, 0, session(session, daily));
        ConsistencyToken token = events.append(program, 3, new ProgramDeleted(fractal, program, List.of(day), alice, T0));

        Response read = api.get("/api/v1/fractals/" + fractal + "/sessions/" + session).token(TestTokens.forUser(alice))
                           .header(ConsistencyToken.HEADER, token.encode()).send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body().get("programDayId").isNull()).isTrue();
    }
}
