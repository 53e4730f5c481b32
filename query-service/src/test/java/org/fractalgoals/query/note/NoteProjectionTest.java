package org.fractalgoals.query.note;

import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.goal.GoalDeleted;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.fractalgoals.events.note.NoteEdited;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The notes projection's handlers called directly, against the real read-model tables. */
class NoteProjectionTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    @Autowired
    private NoteProjection projection;
    @Autowired
    private NoteRepository repository;

    private final String owner = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();
    private final UUID instance = UUID.randomUUID();
    private final UUID goal = UUID.randomUUID();

    private UUID write(NoteContext context, UUID contextId, UUID sessionId, String text, Instant at) {
        UUID id = UUID.randomUUID();
        projection.on(new NoteCreated(fractal, id, context, contextId, sessionId, text, owner, at), 0);
        return id;
    }

    private List<NoteView> notes(NoteContext context, UUID contextId) {
        return repository.notes(owner, fractal, context, contextId, 50, null).items();
    }

    @Test
    void notes_are_listed_newest_first_by_context_and_by_what_they_are_about() {
        UUID onSession = write(NoteContext.SESSION, session, session, "Felt rushed", T0);
        UUID onInstance = write(NoteContext.INSTANCE, instance, session, "Thumb under", T0.plusSeconds(1));
        UUID onGoal = write(NoteContext.GOAL, goal, null, "Getting there", T0.plusSeconds(2));

        assertThat(notes(null, null)).extracting(NoteView::id).containsExactly(onGoal, onInstance, onSession);
        assertThat(notes(NoteContext.INSTANCE, null)).extracting(NoteView::id).containsExactly(onInstance);
        assertThat(notes(null, session)).extracting(NoteView::id).containsExactly(onSession);
        NoteView view = notes(NoteContext.INSTANCE, instance).getFirst();
        assertThat(view.context()).isEqualTo("instance");
        assertThat(view.sessionId()).isEqualTo(session);
        assertThat(view.text()).isEqualTo("Thumb under");
        assertThat(view.createdAt()).isEqualTo(T0.plusSeconds(1));

        NotePage first = repository.notes(owner, fractal, null, null, 2, null);
        assertThat(first.items()).extracting(NoteView::id).containsExactly(onGoal, onInstance);
        assertThat(repository.notes(owner, fractal, null, null, 2, first.nextCursor()).items())
                .extracting(NoteView::id).containsExactly(onSession);
        assertThat(repository.notes("someone else", fractal, null, null, 50, null).items()).isEmpty();
    }

    @Test
    void an_edit_replaces_the_text_once_and_a_deleted_note_does_not_come_back() {
        UUID note = write(NoteContext.SESSION, session, session, "Felt rushed", T0);
        projection.on(new NoteEdited(fractal, note, "Felt calm", owner, T0.plusSeconds(5)), 1);
        projection.on(new NoteEdited(fractal, note, "Felt rushed", owner, T0), 0);
        assertThat(notes(null, session)).singleElement().satisfies(view -> {
            assertThat(view.text()).isEqualTo("Felt calm");
            assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(5));
        });

        projection.on(new NoteDeleted(fractal, note, owner, T0));
        projection.on(new NoteCreated(fractal, note, NoteContext.SESSION, session, session, "again", owner, T0), 0);
        assertThat(notes(null, session)).isEmpty();
    }

    @Test
    void notes_go_with_a_deleted_session_a_removed_instance_a_deleted_goal_or_fractal() {
        write(NoteContext.SESSION, session, session, "s", T0);
        write(NoteContext.INSTANCE, instance, session, "i", T0);
        UUID otherInstance = UUID.randomUUID();
        UUID otherSession = UUID.randomUUID();
        write(NoteContext.INSTANCE, otherInstance, otherSession, "other", T0);
        write(NoteContext.GOAL, goal, null, "g", T0);

        projection.on(new SessionDeleted(fractal, session, owner, T0));
        projection.on(new ActivityInstanceRemoved(fractal, otherSession, otherInstance, owner, T0));
        projection.on(new GoalDeleted(fractal, goal, List.of(goal), owner, T0));
        assertThat(notes(null, null)).isEmpty();

        // A note event applied after the deletion of what it is about does not show it again.
        write(NoteContext.INSTANCE, instance, session, "late", T0);
        write(NoteContext.GOAL, goal, null, "late", T0);
        assertThat(notes(null, null)).isEmpty();

        UUID survivor = write(NoteContext.SESSION, otherSession, otherSession, "kept", T0);
        assertThat(notes(null, null)).extracting(NoteView::id).containsExactly(survivor);
        projection.on(new FractalDeleted(fractal, owner, T0));
        assertThat(notes(null, null)).isEmpty();
    }
}
