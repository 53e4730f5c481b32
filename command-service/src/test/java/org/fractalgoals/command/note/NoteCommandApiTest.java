package org.fractalgoals.command.note;

import org.fractalgoals.command.session.SessionApiTest;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.events.note.NoteCreated;
import org.fractalgoals.events.note.NoteDeleted;
import org.fractalgoals.events.note.NoteEdited;
import org.fractalgoals.testsupport.ApiClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The note endpoints over HTTP. */
class NoteCommandApiTest extends SessionApiTest {

    private UUID sessionId;
    private UUID instanceId;

    @BeforeEach
    void aSessionWithAnInstance() {
        aFractalWithAShortTermGoal();
        sessionId = anEmptySession();
        instanceId = addInstance(sessionId, catalogue.activity(fractal, false, Set.of(), Set.of()));
    }

    private Response write(String context, UUID contextId, String text) {
        return send("POST", base() + "/notes", alice, Map.of("context", context, "contextId", contextId, "text", text));
    }

    @Test
    void notes_are_written_about_sessions_instances_and_goals() {
        UUID onSession = created(write("session", sessionId, "Felt rushed"));
        UUID onInstance = created(write("instance", instanceId, "Thumb under"));
        UUID onGoal = created(write("GOAL", shortTerm, "Getting there"));

        assertThat((NoteCreated) events(onSession).getFirst())
                .extracting(NoteCreated::context, NoteCreated::contextId, NoteCreated::sessionId, NoteCreated::text)
                .containsExactly(NoteContext.SESSION, sessionId, sessionId, "Felt rushed");
        assertThat(((NoteCreated) events(onInstance).getFirst()).sessionId()).isEqualTo(sessionId);
        assertThat(((NoteCreated) events(onGoal).getFirst()).sessionId()).isNull();
    }

    @Test
    void a_note_needs_a_context_that_exists_in_the_fractal() {
        Response unknown = write("session", UUID.randomUUID(), "x");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asText()).isEqualTo("contextId");
        Response kind = write("program", sessionId, "x");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.body().get("errors").get(0).get("field").asText()).isEqualTo("context");
        Response blank = write("session", sessionId, " ");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").asText()).isEqualTo("text");
    }

    @Test
    void a_note_is_edited_and_deleted_and_then_gone() {
        UUID note = created(write("session", sessionId, "Felt rushed"));
        String path = base() + "/notes/" + note;
        assertThat(send("PATCH", path, alice, Map.of("text", "Felt calm")).status()).isEqualTo(200);
        assertThat(((NoteEdited) events(note).getLast()).text()).isEqualTo("Felt calm");
        assertThat(send("PATCH", path, alice, Map.of("text", "x"), Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
        assertThat(send("DELETE", path, alice, null).status()).isEqualTo(204);
        assertThat(events(note).getLast()).isInstanceOf(NoteDeleted.class);
        assertThat(send("PATCH", path, alice, Map.of("text", "again")).status()).isEqualTo(404);
        assertThat(send("DELETE", path, alice, null).status()).isEqualTo(404);
    }

    @Test
    void a_note_about_a_deleted_session_cannot_be_edited() {
        UUID note = created(write("instance", instanceId, "Thumb under"));
        assertThat(send("DELETE", session(sessionId), alice, null).status()).isEqualTo(204);
        assertThat(send("PATCH", base() + "/notes/" + note, alice, Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(write("session", sessionId, "late").status()).isEqualTo(400);
    }

    @Test
    void a_missing_note_is_404_whatever_the_body() {
        Response response = send("PATCH", base() + "/notes/" + UUID.randomUUID(), alice, "{\"bad\": 1}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("detail").asText()).isEqualTo("Note not found");
    }
}
