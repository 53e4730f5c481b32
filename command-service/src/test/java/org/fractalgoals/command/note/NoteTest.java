package org.fractalgoals.command.note;

import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fractalgoals.events.note.CreateNote;
import org.fractalgoals.events.note.DeleteNote;
import org.fractalgoals.events.note.EditNote;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.fractalgoals.events.note.NoteEdited;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.ProblemException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Notes: where they may be written, editing and deleting them, and every refusal. */
class NoteTest {

    private static final String OWNER = "owner-1";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final UUID fractal = UUID.randomUUID();
    private final UUID note = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();
    private final UUID instance = UUID.randomUUID();
    private final UUID goal = UUID.randomUUID();

    /** The contexts that exist: the session, its instance and the goal. */
    private final Map<UUID, NoteContexts.Place> places = new HashMap<>(Map.of(
            session, new NoteContexts.Place(session), instance, new NoteContexts.Place(session),
            goal, new NoteContexts.Place(null)));

    private final NoteContexts contexts = (fractalId, context, contextId) ->
            fractalId.equals(fractal) ? Optional.ofNullable(places.get(contextId)) : Optional.empty();

    private AggregateTestFixture<Note> fixture() {
        AggregateTestFixture<Note> fixture = new AggregateTestFixture<>(Note.class);
        fixture.registerInjectableResource(contexts);
        return fixture;
    }

    private NoteCreated created(NoteContext context, UUID contextId, UUID sessionId) {
        return new NoteCreated(fractal, note, context, contextId, sessionId, "Felt rushed", OWNER, NOW);
    }

    private static Matcher<Throwable> violationOf(String... fields) {
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

    @Test
    void a_note_about_an_instance_goes_with_the_instances_session() {
        fixture().givenNoPriorActivity()
                 .when(new CreateNote(note, fractal, NoteContext.INSTANCE, instance, "Felt rushed", OWNER, NOW))
                 .expectEvents(created(NoteContext.INSTANCE, instance, session));
    }

    @Test
    void a_note_about_a_goal_has_no_session() {
        fixture().givenNoPriorActivity()
                 .when(new CreateNote(note, fractal, NoteContext.GOAL, goal, "Felt rushed", OWNER, NOW))
                 .expectEvents(created(NoteContext.GOAL, goal, null));
    }

    @Test
    void a_note_needs_an_existing_context_and_text() {
        fixture().givenNoPriorActivity()
                 .when(new CreateNote(note, fractal, NoteContext.SESSION, UUID.randomUUID(), " ", OWNER, NOW))
                 .expectNoEvents()
                 .expectException(violationOf("text", "contextId"));
        fixture().givenNoPriorActivity()
                 .when(new CreateNote(note, fractal, null, null, "x".repeat(10_001), OWNER, NOW))
                 .expectNoEvents()
                 .expectException(violationOf("text", "context", "contextId"));
    }

    @Test
    void a_note_is_edited_and_deleted() {
        fixture().given(created(NoteContext.SESSION, session, session))
                 .when(new EditNote(note, fractal, "Felt calm", null, OWNER, NOW))
                 .expectEvents(new NoteEdited(fractal, note, "Felt calm", OWNER, NOW));
        fixture().given(created(NoteContext.SESSION, session, session))
                 .when(new DeleteNote(note, fractal, 0L, OWNER, NOW))
                 .expectEvents(new NoteDeleted(fractal, note, OWNER, NOW));
    }

    @Test
    void an_edit_keeps_the_text_rules_and_the_version() {
        fixture().given(created(NoteContext.SESSION, session, session))
                 .when(new EditNote(note, fractal, "", null, OWNER, NOW))
                 .expectNoEvents()
                 .expectException(violationOf("text"));
        fixture().given(created(NoteContext.SESSION, session, session),
                        new NoteEdited(fractal, note, "again", OWNER, NOW))
                 .when(new EditNote(note, fractal, "Felt calm", 0L, OWNER, NOW))
                 .expectNoEvents()
                 .expectException(ProblemException.class);
    }

    @Test
    void someone_elses_note_one_of_another_fractal_or_one_whose_context_is_gone_is_not_found() {
        fixture().given(created(NoteContext.SESSION, session, session))
                 .when(new EditNote(note, fractal, "mine now", null, "intruder", NOW))
                 .expectException(NotFoundException.class);
        fixture().given(created(NoteContext.SESSION, session, session))
                 .when(new DeleteNote(note, UUID.randomUUID(), null, OWNER, NOW))
                 .expectException(NotFoundException.class);
        places.remove(goal);
        fixture().given(created(NoteContext.GOAL, goal, null))
                 .when(new EditNote(note, fractal, "still here?", null, OWNER, NOW))
                 .expectException(NotFoundException.class);
    }

    @Test
    void a_deleted_note_cannot_be_changed() {
        fixture().given(created(NoteContext.SESSION, session, session), new NoteDeleted(fractal, note, OWNER, NOW))
                 .when(new EditNote(note, fractal, "back?", null, OWNER, NOW))
                 .expectException(AggregateDeletedException.class);
    }
}
