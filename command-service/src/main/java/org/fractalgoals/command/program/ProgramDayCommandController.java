package org.fractalgoals.command.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.activity.ActivityLookup;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.session.SessionDirectory;
import org.fractalgoals.command.template.TemplateReader;
import org.fractalgoals.events.program.AddProgramDays;
import org.fractalgoals.events.program.CopyProgramDay;
import org.fractalgoals.events.program.DeleteProgramDay;
import org.fractalgoals.events.program.EditProgramDay;
import org.fractalgoals.events.session.CreateSession;
import org.fractalgoals.events.session.DeleteSession;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.platform.security.CurrentUser;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The days of a block: add, edit (with cascade), copy, delete, and scheduling a day as a session on a date. */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/programs/{programId}/blocks/{blockId}/days")
class ProgramDayCommandController {

    /** A scheduled session starts at noon of its date in the caller's time zone, safely inside that date. */
    static final LocalTime SCHEDULED_AT = LocalTime.NOON;

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final ProgramReader programs;
    private final ProgramDirectoryProjection directory;
    private final SessionDirectory sessions;
    private final TemplateReader templates;
    private final ActivityLookup activities;
    private final Clock clock;

    ProgramDayCommandController(CommandRunner runner, CommandGateway commands, ProgramReader programs,
                                ProgramDirectoryProjection directory, SessionDirectory sessions,
                                TemplateReader templates, ActivityLookup activities, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.programs = programs;
        this.directory = directory;
        this.sessions = sessions;
        this.templates = templates;
        this.activities = activities;
        this.clock = clock;
    }

    private static String path(UUID fractalId, UUID programId, UUID blockId) {
        return ProgramCommandController.path(fractalId, programId, blockId) + "/days";
    }

    /** 201 with the ids of the days added (or reused: a day already on one of the dates gets the new name and templates). */
    @PostMapping
    ResponseEntity<Object> add(@PathVariable UUID fractalId, @PathVariable UUID programId, @PathVariable UUID blockId,
                               @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                               @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                       content = @Content(schema = @Schema(implementation = ProgramApiDocs.Day.class)))
                               @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId).block(blockId);
        ProgramBody body = new ProgramBody(json);
        String name = body.text("name");
        List<UUID> templateIds = body.ids("templateIds");
        LocalDate date = body.date("date");
        DayOfWeek dayOfWeek = body.dayOfWeek("dayOfWeek");
        body.refuseIfMalformed();
        String path = path(fractalId, programId, blockId);
        return runner.run(owner, key, "POST " + path, json, List.of(programId), () -> {
            List<UUID> dayIds = commands.sendAndWait(new AddProgramDays(programId, fractalId, blockId, UUID.randomUUID(),
                                                                        name, templateIds, date, dayOfWeek, owner,
                                                                        clock.instant()));
            return new CommandResponse(201, URI.create(path + "/" + dayIds.getFirst()),
                                       Map.of("id", dayIds.getFirst(), "dayIds", dayIds));
        });
    }

    /** A field left out stays; {@code cascade: true} applies the change to the same day number in later blocks. */
    @PatchMapping("/{dayId}")
    ResponseEntity<Object> edit(@PathVariable UUID fractalId, @PathVariable UUID programId, @PathVariable UUID blockId,
                                @PathVariable UUID dayId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        content = @Content(schema = @Schema(implementation = ProgramApiDocs.Day.class)))
                                @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        ProgramReader.DayState current = programs.require(fractalId, programId).day(blockId, dayId);
        ProgramBody body = new ProgramBody(json);
        String name = body.has("name") ? body.text("name") : current.name;
        List<UUID> templateIds = body.has("templateIds") ? body.ids("templateIds") : current.templateIds;
        Boolean cascade = body.bool("cascade");
        body.refuseIfMalformed();
        String path = path(fractalId, programId, blockId) + "/" + dayId;
        return runner.run(owner, key, "PATCH " + path, json, List.of(programId), () -> {
            commands.sendAndWait(new EditProgramDay(programId, fractalId, blockId, dayId, name, templateIds,
                                                    Boolean.TRUE.equals(cascade), owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", dayId));
        });
    }

    @PostMapping("/{dayId}/copy")
    ResponseEntity<Object> copy(@PathVariable UUID fractalId, @PathVariable UUID programId, @PathVariable UUID blockId,
                                @PathVariable UUID dayId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId).day(blockId, dayId);
        String path = path(fractalId, programId, blockId) + "/" + dayId + "/copy";
        return runner.run(owner, key, "POST " + path, Map.of(), List.of(programId), () -> {
            String name = programs.require(fractalId, programId).day(blockId, dayId).name;
            List<UUID> dayIds = commands.sendAndWait(new CopyProgramDay(programId, fractalId, blockId, dayId,
                                                                        UUID.randomUUID(), name, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", dayId, "dayIds", dayIds));
        });
    }

    @DeleteMapping("/{dayId}")
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID programId, @PathVariable UUID blockId,
                                  @PathVariable UUID dayId) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId).day(blockId, dayId);
        String path = path(fractalId, programId, blockId) + "/" + dayId;
        return runner.run(owner, null, "DELETE " + path, Map.of(), List.of(programId), () -> {
            commands.sendAndWait(new DeleteProgramDay(programId, fractalId, blockId, dayId, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }

    /**
     * Creates a session for the day on {@code date} (inside the block) through the session feature's own
     * {@link CreateSession}: named after the day, from the day's first template that still exists, starting at noon
     * of that date in {@code tz} (default UTC), linked to {@code goalIds} and the block's and the program's goals that
     * still exist.
     */
    @PostMapping("/{dayId}/schedule")
    ResponseEntity<Object> schedule(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                    @PathVariable UUID blockId, @PathVariable UUID dayId,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                            content = @Content(schema = @Schema(implementation = ProgramApiDocs.Schedule.class)))
                                    @RequestBody(required = false) JsonNode json) {
        String owner = CurrentUser.id();
        ProgramReader.ProgramState program = programs.require(fractalId, programId);
        ProgramReader.BlockState block = program.block(blockId);
        program.day(blockId, dayId);
        ProgramBody body = new ProgramBody(json);
        LocalDate date = body.date("date");
        List<UUID> goalIds = body.ids("goalIds");
        ZoneId zone = body.has("tz") ? body.zone("tz") : ZoneOffset.UTC;
        if (date == null && body.errors.stream().noneMatch(error -> error.field().equals("date"))) {
            body.errors.add(new FieldError("date", "Date is required"));
        }
        body.refuseIfMalformed();
        if (date.isBefore(block.startDate) || date.isAfter(block.endDate)) {
            throw new RuleViolationException("date", "The date must lie inside the block (" + block.startDate + " – "
                    + block.endDate + ")");
        }
        for (int i = 0; i < goalIds.size(); i++) {
            if (!sessions.goalExists(fractalId, goalIds.get(i))) {
                throw new RuleViolationException("goalIds[" + i + "]", "There is no such goal in this fractal");
            }
        }
        UUID sessionId = UUID.randomUUID();
        String path = path(fractalId, programId, blockId) + "/" + dayId + "/schedule";
        return runner.run(owner, key, "POST " + path, json, List.of(programId, sessionId), () -> {
            ProgramReader.ProgramState current = programs.require(fractalId, programId);
            ProgramReader.DayState day = current.day(blockId, dayId);
            Set<UUID> goals = new LinkedHashSet<>(goalIds);
            current.block(blockId).goalIds.stream().filter(id -> sessions.goalExists(fractalId, id)).forEach(goals::add);
            current.goalIds.stream().filter(id -> sessions.goalExists(fractalId, id)).forEach(goals::add);
            Optional<TemplateReader.Template> template = day.templateIds.stream()
                    .map(id -> templates.find(fractalId, id)).flatMap(Optional::stream).findFirst();
            Instant startedAt = date.atTime(SCHEDULED_AT).atZone(zone == null ? ZoneOffset.UTC : zone).toInstant();
            commands.sendAndWait(new CreateSession(
                    sessionId, fractalId, day.name, template.map(TemplateReader.Template::description).orElse(null),
                    template.map(TemplateReader.Template::templateId).orElse(null), dayId, startedAt,
                    template.map(TemplateReader.Template::totalMinutes).orElse(null),
                    template.map(t -> sections(fractalId, t)).orElse(List.of()), List.copyOf(goals), owner,
                    clock.instant()));
            return CommandResponse.created(URI.create("/api/v1/fractals/" + fractalId + "/sessions/" + sessionId),
                                           sessionId);
        });
    }

    /** The template's sections with a fresh instance per activity that still exists (as a session from a template gets). */
    private List<SessionSection> sections(UUID fractalId, TemplateReader.Template template) {
        return template.sections().stream().map(section -> new SessionSection(
                section.name(), section.plannedMinutes(),
                section.activityIds().stream()
                       .filter(activityId -> activities.find(fractalId, activityId).isPresent())
                       .map(activityId -> new SessionInstance(UUID.randomUUID(), activityId))
                       .toList())).toList();
    }

    /** Deletes a session scheduled for this day (a soft delete, as {@code DELETE /sessions/{s}} does). */
    @DeleteMapping("/{dayId}/schedule/{sessionId}")
    ResponseEntity<Object> unschedule(@PathVariable UUID fractalId, @PathVariable UUID programId,
                                      @PathVariable UUID blockId, @PathVariable UUID dayId, @PathVariable UUID sessionId) {
        String owner = CurrentUser.id();
        programs.require(fractalId, programId).day(blockId, dayId);
        if (!directory.isLinked(sessionId, dayId) || !sessions.sessionExists(fractalId, sessionId)) {
            throw new NotFoundException("Session");
        }
        String path = path(fractalId, programId, blockId) + "/" + dayId + "/schedule/" + sessionId;
        return runner.run(owner, null, "DELETE " + path, Map.of(), List.of(programId, sessionId), () -> {
            commands.sendAndWait(new DeleteSession(sessionId, fractalId, null, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }
}
