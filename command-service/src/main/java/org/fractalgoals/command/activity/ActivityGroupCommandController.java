package org.fractalgoals.command.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.activity.ActivityGroupsId;
import org.fractalgoals.events.activity.CreateActivityGroup;
import org.fractalgoals.events.activity.DeleteActivityGroup;
import org.fractalgoals.events.activity.EditActivityGroup;
import org.fractalgoals.events.activity.ReorderActivityGroups;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A fractal's activity groups: create, rename or describe, reorder, delete. If-Match, where sent, is compared
 * with the version of the fractal's groups as a whole (the ETag of the group list).
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/activity-groups")
class ActivityGroupCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final Clock clock;

    ActivityGroupCommandController(CommandRunner runner, CommandGateway commands, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.clock = clock;
    }

    private static String path(UUID fractalId) {
        return "/api/v1/fractals/" + fractalId + "/activity-groups";
    }

    @Schema(example = """
            {"groupIds": ["0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a"]}""")
    record OrderRequest(List<UUID> groupIds) {
    }

    @PostMapping
    ResponseEntity<Object> create(@PathVariable UUID fractalId,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                          required = true,
                                          content = @Content(schema = @Schema(implementation = ActivityApiDocs.Group.class)))
                                  @RequestBody JsonNode body) {
        String owner = CurrentUser.id();
        ActivityGroupPatch group = ActivityGroupPatch.from(body);
        return runner.run(owner, key, "POST " + path(fractalId), body, ActivityGroupsId.of(fractalId), () -> {
            UUID groupId = UUID.randomUUID();
            commands.sendAndWait(new CreateActivityGroup(fractalId, groupId, group.name(), group.descriptionOrNull(),
                                                         owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId) + "/" + groupId), groupId);
        });
    }

    @PatchMapping("/{groupId}")
    ResponseEntity<Object> edit(@PathVariable UUID fractalId, @PathVariable UUID groupId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        required = true,
                                        content = @Content(schema = @Schema(implementation = ActivityApiDocs.Group.class)))
                                @RequestBody JsonNode body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        ActivityGroupPatch patch = ActivityGroupPatch.from(body);
        return runner.run(owner, key, "PATCH " + path(fractalId) + "/" + groupId, body, ActivityGroupsId.of(fractalId),
                          () -> {
                              ActivityCommands.send(commands, new EditActivityGroup(fractalId, groupId, patch.name(),
                                                                                    patch.description(), owner,
                                                                                    clock.instant(), expected), "Group");
                              return CommandResponse.ok(Map.of("id", groupId));
                          });
    }

    @PutMapping("/order")
    ResponseEntity<Object> reorder(@PathVariable UUID fractalId,
                                   @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @RequestBody OrderRequest body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        ReorderActivityGroups command = new ReorderActivityGroups(fractalId, body.groupIds(), owner, clock.instant(),
                                                                  expected);
        return runner.run(owner, key, "PUT " + path(fractalId) + "/order", body, ActivityGroupsId.of(fractalId), () -> {
            try {
                commands.sendAndWait(command);
            } catch (AggregateNotFoundException e) {
                // No group was ever created here, so every order is refused: checked against none.
                ActivityGroupRules.checkOrder(command.groupIds(), List.of());
            }
            return CommandResponse.ok(Map.of("groupIds", command.groupIds()));
        });
    }

    @DeleteMapping("/{groupId}")
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID groupId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId) + "/" + groupId, Map.of(),
                          ActivityGroupsId.of(fractalId), () -> {
                              ActivityCommands.send(commands, new DeleteActivityGroup(fractalId, groupId, owner,
                                                                                      clock.instant(), expected), "Group");
                              return CommandResponse.noContent();
                          });
    }
}
