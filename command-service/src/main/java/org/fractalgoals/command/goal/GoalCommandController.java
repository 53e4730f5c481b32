package org.fractalgoals.command.goal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.goal.AddTarget;
import org.fractalgoals.events.goal.ChangeTarget;
import org.fractalgoals.events.goal.CompleteGoal;
import org.fractalgoals.events.goal.DeleteGoal;
import org.fractalgoals.events.goal.EditGoal;
import org.fractalgoals.events.goal.MoveGoal;
import org.fractalgoals.events.goal.RemoveTarget;
import org.fractalgoals.events.goal.UncompleteGoal;
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
import java.util.Map;
import java.util.UUID;

/** Everything done to one goal of a fractal, and to its targets. Each honours If-Match with the goal's ETag. */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/goals/{goalId}")
class GoalCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final Clock clock;

    GoalCommandController(CommandRunner runner, CommandGateway commands, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.clock = clock;
    }

    private static String path(UUID fractalId, UUID goalId) {
        return "/api/v1/fractals/" + fractalId + "/goals/" + goalId;
    }

    @PatchMapping
    ResponseEntity<Object> edit(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        required = true,
                                        content = @Content(schema = @Schema(implementation = GoalApiDocs.Patch.class)))
                                @RequestBody JsonNode body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        GoalPatch patch = GoalPatch.from(body);
        return runner.run(owner, key, "PATCH " + path(fractalId, goalId), body, fractalId, () -> {
            commands.sendAndWait(new EditGoal(fractalId, goalId, patch.name(), patch.description(), patch.deadline(),
                                              patch.relevance(),
                                              expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", goalId));
        });
    }

    @DeleteMapping
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId, goalId), Map.of(), fractalId, () -> {
            commands.sendAndWait(new DeleteGoal(fractalId, goalId, expected, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }

    @PostMapping("/move")
    ResponseEntity<Object> move(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @Valid @RequestBody MoveRequest body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "POST " + path(fractalId, goalId) + "/move", body, fractalId, () -> {
            commands.sendAndWait(new MoveGoal(fractalId, goalId, body.parentId(), expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", goalId, "parentId", body.parentId()));
        });
    }

    @PostMapping("/complete")
    ResponseEntity<Object> complete(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "POST " + path(fractalId, goalId) + "/complete", Map.of(), fractalId, () -> {
            commands.sendAndWait(new CompleteGoal(fractalId, goalId, expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", goalId, "completed", true));
        });
    }

    @PostMapping("/uncomplete")
    ResponseEntity<Object> uncomplete(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                      @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "POST " + path(fractalId, goalId) + "/uncomplete", Map.of(), fractalId, () -> {
            commands.sendAndWait(new UncompleteGoal(fractalId, goalId, expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", goalId, "completed", false));
        });
    }

    @PostMapping("/targets")
    ResponseEntity<Object> addTarget(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                     @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                     @Valid @RequestBody TargetRequest body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "POST " + path(fractalId, goalId) + "/targets", body, fractalId, () -> {
            UUID targetId = UUID.randomUUID();
            commands.sendAndWait(new AddTarget(fractalId, goalId, targetId, body.name(), body.activityId(),
                                               body.toThresholds(), expected, owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId, goalId) + "/targets/" + targetId), targetId);
        });
    }

    @PatchMapping("/targets/{targetId}")
    ResponseEntity<Object> changeTarget(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                        @PathVariable UUID targetId,
                                        @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody TargetRequest body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "PATCH " + path(fractalId, goalId) + "/targets/" + targetId, body, fractalId,
                          () -> {
                              commands.sendAndWait(new ChangeTarget(fractalId, goalId, targetId, body.name(),
                                                                    body.activityId(), body.toThresholds(), expected,
                                                                    owner, clock.instant()));
                              return CommandResponse.ok(Map.of("id", targetId));
                          });
    }

    @DeleteMapping("/targets/{targetId}")
    ResponseEntity<Object> removeTarget(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                                        @PathVariable UUID targetId,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId, goalId) + "/targets/" + targetId, Map.of(),
                          fractalId, () -> {
                              commands.sendAndWait(new RemoveTarget(fractalId, goalId, targetId, expected, owner,
                                                                    clock.instant()));
                              return CommandResponse.noContent();
                          });
    }
}
