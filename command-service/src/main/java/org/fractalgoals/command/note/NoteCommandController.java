package org.fractalgoals.command.note;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.note.CreateNote;
import org.fractalgoals.events.note.DeleteNote;
import org.fractalgoals.events.note.EditNote;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.platform.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Writing, editing and deleting notes about sessions, activity instances and goals. */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/notes")
class NoteCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final Clock clock;
    private final NoteDirectoryProjection notes;

    NoteCommandController(CommandRunner runner, CommandGateway commands, Clock clock, NoteDirectoryProjection notes) {
        this.runner = runner;
        this.commands = commands;
        this.clock = clock;
        this.notes = notes;
    }

    private static String path(UUID fractalId) {
        return "/api/v1/fractals/" + fractalId + "/notes";
    }

    /** Body {@code {context: session|instance|goal, contextId, text}}. */
    @PostMapping
    ResponseEntity<Object> create(@PathVariable UUID fractalId,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                          required = true,
                                          content = @Content(schema = @Schema(implementation = NoteApiDocs.NewNote.class)))
                                  @RequestBody JsonNode body) {
        String owner = CurrentUser.id();
        List<FieldError> errors = new ArrayList<>();
        onlyFields(body, Set.of("context", "contextId", "text"), errors);
        NoteContext context = context(body, errors);
        UUID contextId = uuid(body, "contextId", errors);
        String text = text(body, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return runner.run(owner, key, "POST " + path(fractalId), body, () -> {
            UUID noteId = UUID.randomUUID();
            commands.sendAndWait(new CreateNote(noteId, fractalId, context, contextId, text, owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId) + "/" + noteId), noteId);
        });
    }

    /** Body {@code {text}}. */
    @PatchMapping("/{noteId}")
    ResponseEntity<Object> edit(@PathVariable UUID fractalId, @PathVariable UUID noteId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        required = true,
                                        content = @Content(schema = @Schema(implementation = NoteApiDocs.Patch.class)))
                                @RequestBody JsonNode body) {
        String owner = CurrentUser.id();
        requireNote(fractalId, noteId);
        Long expected = IfMatch.version(ifMatch);
        List<FieldError> errors = new ArrayList<>();
        onlyFields(body, Set.of("text"), errors);
        String text = text(body, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return runner.run(owner, key, "PATCH " + path(fractalId) + "/" + noteId, body, noteId, () -> {
            commands.sendAndWait(new EditNote(noteId, fractalId, text, expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", noteId));
        });
    }

    @DeleteMapping("/{noteId}")
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID noteId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        requireNote(fractalId, noteId);
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId) + "/" + noteId, Map.of(), noteId, () -> {
            commands.sendAndWait(new DeleteNote(noteId, fractalId, expected, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }

    private void requireNote(UUID fractalId, UUID noteId) {
        if (!notes.exists(fractalId, noteId)) {
            throw new NotFoundException("Note");
        }
    }

    private static void onlyFields(JsonNode body, Set<String> fields, List<FieldError> errors) {
        if (body == null || !body.isObject()) {
            throw new RuleViolationException("body", "Must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                errors.add(new FieldError(name, "Is not a field of this request"));
            }
        }
    }

    private static NoteContext context(JsonNode body, List<FieldError> errors) {
        JsonNode value = body.get("context");
        try {
            if (value != null && value.isTextual()) {
                return NoteContext.valueOf(value.asText().toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError("context", "Must be session, instance or goal"));
        return null;
    }

    private static UUID uuid(JsonNode body, String field, List<FieldError> errors) {
        JsonNode value = body.get(field);
        try {
            if (value != null && value.isTextual()) {
                return UUID.fromString(value.asText());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError(field, "Must be an id (a UUID)"));
        return null;
    }

    private static String text(JsonNode body, List<FieldError> errors) {
        JsonNode value = body.get("text");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            errors.add(new FieldError("text", "Must not be blank"));
            return null;
        }
        if (value.asText().length() > Note.TEXT_MAX) {
            errors.add(new FieldError("text", "At most " + Note.TEXT_MAX + " characters"));
        }
        return value.asText();
    }
}
