package org.fractalgoals.command.goal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.goal.CreateFractal;
import org.fractalgoals.events.goal.CreateGoal;
import org.fractalgoals.events.goal.DeleteFractal;
import org.fractalgoals.events.goal.EditGoal;
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

@RestController
@RequestMapping("/api/v1/fractals")
class FractalCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final Clock clock;

    FractalCommandController(CommandRunner runner, CommandGateway commands, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Object> createFractal(@RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                         @Valid @RequestBody FractalRequest body) {
        String owner = CurrentUser.id();
        return runner.run(owner, key, "POST /api/v1/fractals", body, () -> {
            UUID fractalId = UUID.randomUUID();
            commands.sendAndWait(new CreateFractal(fractalId, owner, body.name(), body.description(), body.level(),
                                                   body.deadline(), body.relevance(), clock.instant()));
            return CommandResponse.created(URI.create("/api/v1/fractals/" + fractalId), fractalId);
        });
    }

    @PatchMapping("/{fractalId}")
    ResponseEntity<Object> editFractal(@PathVariable UUID fractalId,
                                       @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                               required = true,
                                               content = @Content(schema = @Schema(implementation = GoalApiDocs.Patch.class)))
                                       @RequestBody JsonNode body) {
        // A fractal's name, description, deadline and relevance are those of its root goal.
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        GoalPatch patch = GoalPatch.from(body);
        return runner.run(owner, key, "PATCH /api/v1/fractals/" + fractalId, body, fractalId, () -> {
            commands.sendAndWait(new EditGoal(fractalId, fractalId, patch.name(), patch.description(), patch.deadline(),
                                              patch.relevance(),
                                              expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", fractalId));
        });
    }

    @DeleteMapping("/{fractalId}")
    ResponseEntity<Object> deleteFractal(@PathVariable UUID fractalId,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE /api/v1/fractals/" + fractalId, Map.of(), fractalId, () -> {
            commands.sendAndWait(new DeleteFractal(fractalId, expected, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }

    @PostMapping("/{fractalId}/goals")
    ResponseEntity<Object> createGoal(@PathVariable UUID fractalId,
                                      @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      @Valid @RequestBody GoalRequest body) {
        String owner = CurrentUser.id();
        Long expectedVersion = IfMatch.version(ifMatch);
        return runner.run(owner, key, "POST /api/v1/fractals/" + fractalId + "/goals", body, fractalId, () -> {
            UUID goalId = UUID.randomUUID();
            commands.sendAndWait(new CreateGoal(fractalId, goalId, body.parentId(), body.level(), body.name(),
                                                body.description(), body.deadline(), body.relevance(), owner,
                                                clock.instant(), expectedVersion));
            return CommandResponse.created(URI.create("/api/v1/fractals/" + fractalId + "/goals/" + goalId), goalId);
        });
    }
}
