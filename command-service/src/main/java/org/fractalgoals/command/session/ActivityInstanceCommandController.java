package org.fractalgoals.command.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.goal.EvaluateTargets;
import org.fractalgoals.events.session.ActivitySet;
import org.fractalgoals.events.session.AddActivityInstance;
import org.fractalgoals.events.session.ChangeInstanceNote;
import org.fractalgoals.events.session.MoveActivityInstance;
import org.fractalgoals.events.session.RecordSets;
import org.fractalgoals.events.session.RecordValues;
import org.fractalgoals.events.session.RecordedValue;
import org.fractalgoals.events.session.RemoveActivityInstance;
import org.fractalgoals.events.session.ResetTimer;
import org.fractalgoals.events.session.SetInstanceTimes;
import org.fractalgoals.events.session.StartTimer;
import org.fractalgoals.events.session.StopTimer;
import org.fractalgoals.platform.ActorMetaData;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The activity instances of a session: adding, removing and moving them, their timers and times, what was
 * recorded for them and their notes. Every one honours If-Match with the session's ETag. Recording sets or
 * values also checks the evidence against the targets of the session's goals, in the same request.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/sessions/{sessionId}/activities")
class ActivityInstanceCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final Clock clock;
    private final SessionDirectory directory;

    ActivityInstanceCommandController(CommandRunner runner, CommandGateway commands, Clock clock,
                                      SessionDirectory directory) {
        this.runner = runner;
        this.commands = commands;
        this.clock = clock;
        this.directory = directory;
    }

    private static String path(UUID fractalId, UUID sessionId) {
        return SessionCommandController.path(fractalId, sessionId) + "/activities";
    }

    private static String path(UUID fractalId, UUID sessionId, UUID instanceId) {
        return path(fractalId, sessionId) + "/" + instanceId;
    }

    /** What one instance endpoint sends, given the caller, the time and the expected session version. */
    private interface InstanceCommand {
        Object command(String owner, Instant now, Long expectedVersion);
    }

    @PostMapping
    ResponseEntity<Object> add(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                               @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                               @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                               @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                       required = true,
                                       content = @Content(schema = @Schema(implementation = SessionApiDocs.Add.class)))
                               @RequestBody JsonNode json) {
        String owner = CurrentUser.id();
        requireSession(fractalId, sessionId);
        Long expected = IfMatch.version(ifMatch);
        InstanceBodies.Add body = InstanceBodies.Add.from(json);
        return runner.run(owner, key, "POST " + path(fractalId, sessionId), json, sessionId, () -> {
            UUID instanceId = UUID.randomUUID();
            commands.sendAndWait(new AddActivityInstance(sessionId, fractalId, instanceId, body.activityId(),
                                                         body.section(), body.position(), expected, owner,
                                                         clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId, sessionId, instanceId)), instanceId);
        });
    }

    @DeleteMapping("/{instanceId}")
    ResponseEntity<Object> remove(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                  @PathVariable UUID instanceId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        requireInstance(fractalId, sessionId, instanceId);
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId, sessionId, instanceId), Map.of(), sessionId, () -> {
            commands.sendAndWait(new RemoveActivityInstance(sessionId, fractalId, instanceId, expected, owner,
                                                            clock.instant()));
            return CommandResponse.noContent();
        });
    }

    @PostMapping("/{instanceId}/move")
    ResponseEntity<Object> move(@PathVariable UUID fractalId, @PathVariable UUID sessionId, @PathVariable UUID instanceId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        required = true,
                                        content = @Content(schema = @Schema(implementation = SessionApiDocs.Move.class)))
                                @RequestBody JsonNode json) {
        requireInstance(fractalId, sessionId, instanceId);
        InstanceBodies.Move body = InstanceBodies.Move.from(json);
        return send(fractalId, sessionId, instanceId, "POST", "/move", key, ifMatch, json,
                    (owner, now, expected) -> new MoveActivityInstance(sessionId, fractalId, instanceId, body.section(),
                                                                       body.position(), expected, owner, now));
    }

    @PostMapping("/{instanceId}/timer/start")
    ResponseEntity<Object> startTimer(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                      @PathVariable UUID instanceId,
                                      @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireInstance(fractalId, sessionId, instanceId);
        return send(fractalId, sessionId, instanceId, "POST", "/timer/start", key, ifMatch, Map.of(),
                    (owner, now, expected) -> new StartTimer(sessionId, fractalId, instanceId, expected, owner, now));
    }

    @PostMapping("/{instanceId}/timer/stop")
    ResponseEntity<Object> stopTimer(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                     @PathVariable UUID instanceId,
                                     @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireInstance(fractalId, sessionId, instanceId);
        return send(fractalId, sessionId, instanceId, "POST", "/timer/stop", key, ifMatch, Map.of(),
                    (owner, now, expected) -> new StopTimer(sessionId, fractalId, instanceId, expected, owner, now));
    }

    @PostMapping("/{instanceId}/timer/reset")
    ResponseEntity<Object> resetTimer(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                      @PathVariable UUID instanceId,
                                      @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireInstance(fractalId, sessionId, instanceId);
        return send(fractalId, sessionId, instanceId, "POST", "/timer/reset", key, ifMatch, Map.of(),
                    (owner, now, expected) -> new ResetTimer(sessionId, fractalId, instanceId, expected, owner, now));
    }

    @PutMapping("/{instanceId}/times")
    ResponseEntity<Object> setTimes(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                    @PathVariable UUID instanceId,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                            required = true,
                                            content = @Content(schema = @Schema(implementation = SessionApiDocs.Times.class)))
                                    @RequestBody JsonNode json) {
        requireInstance(fractalId, sessionId, instanceId);
        InstanceBodies.Times body = InstanceBodies.Times.from(json);
        return send(fractalId, sessionId, instanceId, "PUT", "/times", key, ifMatch, json,
                    (owner, now, expected) -> new SetInstanceTimes(sessionId, fractalId, instanceId, body.startedAt(),
                                                                   body.stoppedAt(), expected, owner, now));
    }

    @PatchMapping("/{instanceId}")
    ResponseEntity<Object> changeNotes(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                       @PathVariable UUID instanceId,
                                       @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                               required = true,
                                               content = @Content(schema = @Schema(implementation = SessionApiDocs.Notes.class)))
                                       @RequestBody JsonNode json) {
        requireInstance(fractalId, sessionId, instanceId);
        InstanceBodies.Notes body = InstanceBodies.Notes.from(json);
        return send(fractalId, sessionId, instanceId, "PATCH", "", key, ifMatch, json,
                    (owner, now, expected) -> new ChangeInstanceNote(sessionId, fractalId, instanceId, body.notes(),
                                                                     expected, owner, now));
    }

    @PutMapping("/{instanceId}/sets")
    ResponseEntity<Object> recordSets(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                      @PathVariable UUID instanceId,
                                      @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                              required = true,
                                              content = @Content(array = @ArraySchema(schema = @Schema(implementation = SessionApiDocs.SetOfValues.class)),
                                                       examples = @ExampleObject(value = SessionApiDocs.SETS_EXAMPLE)))
                                      @RequestBody JsonNode json) {
        requireInstance(fractalId, sessionId, instanceId);
        List<ActivitySet> sets = InstanceBodies.sets(json);
        return record(fractalId, sessionId, instanceId, "/sets", key, ifMatch, json,
                      (owner, now, expected) -> new RecordSets(sessionId, fractalId, instanceId, sets, expected, owner,
                                                               now));
    }

    @PutMapping("/{instanceId}/values")
    ResponseEntity<Object> recordValues(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                        @PathVariable UUID instanceId,
                                        @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                                required = true,
                                                content = @Content(array = @ArraySchema(schema = @Schema(implementation = SessionApiDocs.MetricValue.class)),
                                                         examples = @ExampleObject(value = SessionApiDocs.VALUES_EXAMPLE)))
                                        @RequestBody JsonNode json) {
        requireInstance(fractalId, sessionId, instanceId);
        List<RecordedValue> values = InstanceBodies.values(json);
        return record(fractalId, sessionId, instanceId, "/values", key, ifMatch, json,
                      (owner, now, expected) -> new RecordValues(sessionId, fractalId, instanceId, values, expected,
                                                                 owner, now));
    }

    private ResponseEntity<Object> send(UUID fractalId, UUID sessionId, UUID instanceId, String method, String suffix,
                                        String key, String ifMatch, Object body, InstanceCommand command) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, method + " " + path(fractalId, sessionId, instanceId) + suffix, body, sessionId,
                          () -> {
                              commands.sendAndWait(command.command(owner, clock.instant(), expected));
                              return CommandResponse.ok(Map.of("id", instanceId));
                          });
    }

    /**
     * Records the evidence, then lets the fractal check it against the targets of the session's goals, which may
     * achieve targets and complete goals. Both aggregates are locked and both commands share the transaction
     * and the consistency token. The check is the system's step, not the user's: its events name {@code system}
     * as their actor and the user as {@code onBehalfOf}.
     */
    private ResponseEntity<Object> record(UUID fractalId, UUID sessionId, UUID instanceId, String suffix, String key,
                                          String ifMatch, Object body, InstanceCommand command) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "PUT " + path(fractalId, sessionId, instanceId) + suffix, body,
                          List.of(sessionId, fractalId), () -> {
                              Instant now = clock.instant();
                              Evidence evidence = commands.sendAndWait(command.command(owner, now, expected));
                              if (!evidence.goalIds().isEmpty() && !evidence.sets().isEmpty()) {
                                  commands.sendAndWait(new EvaluateTargets(fractalId, evidence.goalIds(), sessionId,
                                                                           instanceId, evidence.activityId(),
                                                                           evidence.sets(), owner, now),
                                                       ActorMetaData.automaticStepFor(owner));
                              }
                              return CommandResponse.ok(Map.of("id", instanceId));
                          });
    }

    private void requireSession(UUID fractalId, UUID sessionId) {
        if (!directory.sessionExists(fractalId, sessionId)) {
            throw new NotFoundException("Session");
        }
    }

    private void requireInstance(UUID fractalId, UUID sessionId, UUID instanceId) {
        requireSession(fractalId, sessionId);
        if (!directory.sessionOfInstance(fractalId, instanceId).map(sessionId::equals).orElse(false)) {
            throw new NotFoundException("Activity instance");
        }
    }
}
