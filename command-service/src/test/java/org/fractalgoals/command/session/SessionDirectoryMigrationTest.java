package org.fractalgoals.command.session;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V4 fills goal_ref from the goal events already in the event store, for goals created before the directory
 * existed. Here the rows of one fractal are dropped and the migration's block is run again.
 */
class SessionDirectoryMigrationTest extends SessionApiTest {

    private void runBackfill() throws IOException {
        String migration = new ClassPathResource("db/command/V3__sessions.sql").getContentAsString(StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?s)\\bdo\\s*\\$\\$(.*?)\\$\\$;").matcher(migration);
        assertThat(block.find()).isTrue();
        jdbc.execute("do $$" + block.group(1) + "$$");
    }

    private Map<String, Object> ref(UUID goalId) {
        return jdbc.queryForMap("select level, completed, deleted from goal_ref where id = ?", goalId);
    }

    @Test
    void goals_already_in_the_event_store_are_found_with_their_level_completion_and_deletion() throws IOException {
        aFractalWithAShortTermGoal();
        UUID done = created(send("POST", base() + "/goals", alice, Map.of("parentId", shortTerm, "name", "done")));
        UUID reopened = created(send("POST", base() + "/goals", alice, Map.of("parentId", shortTerm, "name", "again")));
        UUID gone = created(send("POST", base() + "/goals", alice, Map.of("parentId", shortTerm, "name", "gone")));
        send("POST", base() + "/goals/" + done + "/complete", alice, null);
        send("POST", base() + "/goals/" + reopened + "/complete", alice, null);
        send("POST", base() + "/goals/" + reopened + "/uncomplete", alice, null);
        send("DELETE", base() + "/goals/" + gone, alice, null);
        jdbc.update("delete from goal_ref where fractal_id = ?", fractal);

        runBackfill();

        assertThat(ref(fractal)).containsEntry("level", "ULTIMATE").containsEntry("deleted", false);
        assertThat(ref(shortTerm)).containsEntry("level", "SHORT_TERM").containsEntry("completed", false);
        assertThat(ref(done)).containsEntry("level", "IMMEDIATE").containsEntry("completed", true);
        assertThat(ref(reopened)).containsEntry("completed", false);
        assertThat(ref(gone)).containsEntry("deleted", true);
        assertThat(created(send("POST", base() + "/sessions", alice, Map.of("goalIds", java.util.List.of(done)))))
                .isNotNull();
    }
}
