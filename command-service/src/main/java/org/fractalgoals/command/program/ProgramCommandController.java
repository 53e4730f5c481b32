package org.fractalgoals.command.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.goal.EditGoal;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.events.program.AddProgramBlock;
import org.fractalgoals.events.program.AttachBlockGoal;
import org.fractalgoals.events.program.CreateProgram;
import org.fractalgoals.events.program.DeleteProgram;
import org.fractalgoals.events.program.DeleteProgramBlock;
import org.fractalgoals.events.program.DetachBlockGoal;
import org.fractalgoals.events.program.EditProgram;
import org.fractalgoals.events.program.EditProgramBlock;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Programs and their blocks, and goals attached to blocks. A program, block or day in the path that does not
 * exist in the fractal answers 404 before the body is looked at, as a foreign fractal does.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/programs")
class ProgramCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final ProgramReader programs;
    private final ProgramDirectoryProjection directory;
    private final Clock clock;

    ProgramCommandController(CommandRunner runner, CommandGateway commands, ProgramReader programs,
                             ProgramDirectoryProjection directory, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.programs = programs;
        this.directory = directory;
        this.clock = clock;
    }

    static String path(UUID fractalId) {
        return "/api/v1/fractals/" + fractalId + "/programs";
    }

    static String path(UUID fractalId, UUID programId) {
        return path(fractalId) + "/" + programId;
    }

    static String path(UUID fractalId, UUID programId, UUID blockId) {
        return path(fractalId, programId) + "/blocks/" + blockId;
    }

    @PostMapping
    ResponseEntity<Object> create(@PathVariable UUID fractalId,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                          content = @Content(schema = @Schema(implementation = ProgramApiDocs.Program.class)))
                                  @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        ProgramBody body = new ProgramBody(json);
        String name = body.text("name");
        String description = body.text("description");
        LocalDate start = body.date("startDate");
        LocalDate end = body.date("endDate");
        Boolean active = body.bool("active");
        List<UUID> goalIds = body.ids("goalIds");
        body.refuseIfMalformed();
        UUID programId = UUID.randomUUID();
        return runner.run(owner, key, "POST " + path(fractalId), json, List.of(programId), () -> {
            commands.sendAndWait(new CreateProgram(programId, fractalId, name, description, start, end,
                                                   active == null || active, goalIds, owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId, programId)), programId);
        });
    }

    /** A field left out stays as it is; {@code description} sent as null is cleared. */
    @PatchMapping("/{programId}")
    ResponseEntity<Object> edit(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        content = @Content(schema = @Schema(implementation = ProgramApiDocs.Program.class)))
                                @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        ProgramReader.ProgramState current = programs.require(fractalId, programId);
        Long expected = IfMatch.version(ifMatch);
        ProgramBody body = new ProgramBody(json);
        String name = body.has("name") ? body.text("name") : current.name;
        String description = body.has("description") ? body.text("description") : current.description;
        LocalDate start = body.has("startDate") ? body.date("startDate") : current.startDate;
        LocalDate end = body.has("endDate") ? body.date("endDate") : current.endDate;
        Boolean active = body.has("active") ? body.bool("active") : Boolean.valueOf(current.active);
        List<UUID> goalIds = body.has("goalIds") ? body.ids("goalIds") : current.goalIds;
        body.refuseIfMalformed();
        return runner.run(owner, key, "PATCH " + path(fractalId, programId), json, List.of(programId), () -> {
            commands.sendAndWait(new EditProgram(programId, fractalId, name, description, start, end,
                                                 active == null || active, goalIds, owner, clock.instant(), expected));
            return CommandResponse.ok(Map.of("id", programId));
        });
    }

    /** Answers how many sessions (not deleted) were linked to the program's days: they stay, without the link. */
    @DeleteMapping("/{programId}")
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId);
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId, programId), Map.of(), List.of(programId), () -> {
            // Read under the program's lock: no day can be scheduled or deleted meanwhile.
            int affected = directory.linkedSessions(programs.require(fractalId, programId).dayIds());
            commands.sendAndWait(new DeleteProgram(programId, fractalId, owner, clock.instant(), expected));
            return CommandResponse.ok(Map.of("affectedSessions", affected));
        });
    }

    @PostMapping("/{programId}/blocks")
    ResponseEntity<Object> addBlock(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                            content = @Content(schema = @Schema(implementation = ProgramApiDocs.Block.class)))
                                    @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId);
        ProgramBody body = new ProgramBody(json);
        String name = body.text("name");
        LocalDate start = body.date("startDate");
        LocalDate end = body.date("endDate");
        String color = body.text("color");
        body.refuseIfMalformed();
        UUID blockId = UUID.randomUUID();
        return runner.run(owner, key, "POST " + path(fractalId, programId) + "/blocks", json, List.of(programId), () -> {
            commands.sendAndWait(new AddProgramBlock(programId, fractalId, blockId, name, start, end, color, owner,
                                                     clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId, programId, blockId)), blockId);
        });
    }

    @PatchMapping("/{programId}/blocks/{blockId}")
    ResponseEntity<Object> editBlock(@PathVariable UUID fractalId, @PathVariable UUID programId, @PathVariable UUID blockId,
                                     @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                     @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                             content = @Content(schema = @Schema(implementation = ProgramApiDocs.Block.class)))
                                     @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        ProgramReader.BlockState current = programs.require(fractalId, programId).block(blockId);
        ProgramBody body = new ProgramBody(json);
        String name = body.has("name") ? body.text("name") : current.name;
        LocalDate start = body.has("startDate") ? body.date("startDate") : current.startDate;
        LocalDate end = body.has("endDate") ? body.date("endDate") : current.endDate;
        String color = body.has("color") ? body.text("color") : current.color;
        body.refuseIfMalformed();
        return runner.run(owner, key, "PATCH " + path(fractalId, programId, blockId), json, List.of(programId), () -> {
            commands.sendAndWait(new EditProgramBlock(programId, fractalId, blockId, name, start, end, color, owner,
                                                      clock.instant()));
            return CommandResponse.ok(Map.of("id", blockId));
        });
    }

    @DeleteMapping("/{programId}/blocks/{blockId}")
    ResponseEntity<Object> deleteBlock(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                       @PathVariable UUID blockId) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId).block(blockId);
        return runner.run(owner, null, "DELETE " + path(fractalId, programId, blockId), Map.of(), List.of(programId), () -> {
            commands.sendAndWait(new DeleteProgramBlock(programId, fractalId, blockId, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }

    /**
     * Attaches the goal; a {@code deadline} (inside the block) is set on the goal by the fractal's own
     * {@link EditGoal}, whose deadline rules apply, in the same transaction: refused there, nothing is attached.
     */
    @PostMapping("/{programId}/blocks/{blockId}/goals/{goalId}")
    ResponseEntity<Object> attachGoal(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                      @PathVariable UUID blockId, @PathVariable UUID goalId,
                                      @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                      @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                              content = @Content(schema = @Schema(implementation = ProgramApiDocs.BlockGoal.class)))
                                      @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId).block(blockId);
        ProgramBody body = new ProgramBody(json);
        LocalDate deadline = body.date("deadline");
        body.refuseIfMalformed();
        String operation = "POST " + path(fractalId, programId, blockId) + "/goals/" + goalId;
        return runner.run(owner, key, operation, json == null ? Map.of() : json, List.of(programId, fractalId), () -> {
            Instant now = clock.instant();
            commands.sendAndWait(new AttachBlockGoal(programId, fractalId, blockId, goalId, deadline, owner, now));
            if (deadline != null) {
                commands.sendAndWait(new EditGoal(fractalId, goalId, null, null, FieldChange.to(deadline), null, null,
                                                  owner, now));
            }
            return CommandResponse.ok(Map.of("id", blockId, "goalId", goalId));
        });
    }

    @DeleteMapping("/{programId}/blocks/{blockId}/goals/{goalId}")
    ResponseEntity<Object> detachGoal(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                      @PathVariable UUID blockId, @PathVariable UUID goalId) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId).block(blockId);
        String operation = "DELETE " + path(fractalId, programId, blockId) + "/goals/" + goalId;
        return runner.run(owner, null, operation, Map.of(), List.of(programId), () -> {
            commands.sendAndWait(new DetachBlockGoal(programId, fractalId, blockId, goalId, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }
}
