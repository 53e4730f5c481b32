package org.fractalgoals.command.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.DeleteActivity;
import org.fractalgoals.events.activity.DuplicateActivity;
import org.fractalgoals.platform.errors.NotFoundException;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Activity definitions: create, edit (PATCH with the fields to change), duplicate, delete. Edits and deletes
 * honour If-Match with the activity's ETag. Commands that may put an activity in a group also lock the
 * fractal's groups, so a group deleted at the same moment is seen either before or after.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/activities")
class ActivityCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final ActivityLookup activities;
    private final Clock clock;

    ActivityCommandController(CommandRunner runner, CommandGateway commands, ActivityLookup activities, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * Checked before Axon loads the aggregate: the event store keys streams by id alone, so an id that is no
     * activity of this fractal (a fractal's id, say) must not be loaded or read as one.
     */
    private void requireActivity(UUID fractalId, UUID activityId) {
        activities.find(fractalId, activityId).orElseThrow(() -> new NotFoundException("Activity"));
    }

    private static String path(UUID fractalId) {
        return "/api/v1/fractals/" + fractalId + "/activities";
    }

    @PostMapping
    ResponseEntity<Object> create(@PathVariable UUID fractalId,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                          required = true,
                                          content = @Content(schema = @Schema(implementation = ActivityApiDocs.Activity.class)))
                                  @RequestBody JsonNode body) {
        String owner = CurrentUser.id();
        ActivityPatch activity = ActivityPatch.from(body);
        return runner.run(owner, key, "POST " + path(fractalId), body, ActivityGroupsId.of(fractalId), () -> {
            UUID activityId = UUID.randomUUID();
            commands.sendAndWait(activity.toCreate(activityId, fractalId, owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId) + "/" + activityId), activityId);
        });
    }

    @PatchMapping("/{activityId}")
    ResponseEntity<Object> edit(@PathVariable UUID fractalId, @PathVariable UUID activityId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        required = true,
                                        content = @Content(schema = @Schema(implementation = ActivityApiDocs.Activity.class)))
                                @RequestBody JsonNode body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        ActivityPatch patch = ActivityPatch.from(body);
        return runner.run(owner, key, "PATCH " + path(fractalId) + "/" + activityId, body,
                          List.of(activityId, ActivityGroupsId.of(fractalId)), () -> {
                              requireActivity(fractalId, activityId);
                              ActivityCommands.send(commands, patch.toChange(activityId, fractalId, owner,
                                                                             clock.instant(), expected), "Activity");
                              return CommandResponse.ok(Map.of("id", activityId));
                          });
    }

    @PostMapping("/{activityId}/duplicate")
    ResponseEntity<Object> duplicate(@PathVariable UUID fractalId, @PathVariable UUID activityId,
                                     @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key) {
        String owner = CurrentUser.id();
        return runner.run(owner, key, "POST " + path(fractalId) + "/" + activityId + "/duplicate", Map.of(), () -> {
            requireActivity(fractalId, activityId);
            UUID copyId = UUID.randomUUID();
            commands.sendAndWait(new DuplicateActivity(copyId, activityId, fractalId, owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId) + "/" + copyId), copyId);
        });
    }

    @DeleteMapping("/{activityId}")
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID activityId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId) + "/" + activityId, Map.of(), activityId, () -> {
            requireActivity(fractalId, activityId);
            ActivityCommands.send(commands, new DeleteActivity(activityId, fractalId, owner, clock.instant(), expected),
                                  "Activity");
            return CommandResponse.noContent();
        });
    }
}
