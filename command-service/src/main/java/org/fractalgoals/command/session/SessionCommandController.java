package org.fractalgoals.command.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.command.program.ProgramDayLookup;
import org.fractalgoals.command.template.TemplateReader;
import org.fractalgoals.events.goal.CreateGoal;
import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.events.session.CompleteSession;
import org.fractalgoals.events.session.CreateSession;
import org.fractalgoals.events.session.DeleteSession;
import org.fractalgoals.events.session.EditSession;
import org.fractalgoals.events.session.ReopenSession;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.template.TemplateSection;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creating, editing, completing and deleting sessions. A session in the path that does not exist in the
 * fractal answers 404 before the body is read, as a foreign fractal does.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/sessions")
class SessionCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final Clock clock;
    private final SessionDirectory directory;
    private final SessionReferences references;
    private final TemplateReader templates;
    private final ProgramDayLookup programDays;

    SessionCommandController(CommandRunner runner, CommandGateway commands, Clock clock, SessionDirectory directory,
                             SessionReferences references, TemplateReader templates, ProgramDayLookup programDays) {
        this.programDays = programDays;
        this.runner = runner;
        this.commands = commands;
        this.clock = clock;
        this.directory = directory;
        this.references = references;
        this.templates = templates;
    }

    static String path(UUID fractalId) {
        return "/api/v1/fractals/" + fractalId + "/sessions";
    }

    static String path(UUID fractalId, UUID sessionId) {
        return path(fractalId) + "/" + sessionId;
    }

    /**
     * Creates the requested new immediate goals (commands to the fractal) and then the session linked to them and
     * to {@code goalIds}, in one transaction: if the session is refused, the goals are not created either.
     */
    @PostMapping
    ResponseEntity<Object> create(@PathVariable UUID fractalId,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                  @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                          required = true,
                                          content = @Content(schema = @Schema(implementation = SessionApiDocs.NewSession.class)))
                                  @RequestBody JsonNode json) {
        String owner = CurrentUser.id();
        NewSessionRequest body = NewSessionRequest.from(json);
        if (body.programDayId() != null && !programDays.dayExists(fractalId, body.programDayId())) {
            throw new RuleViolationException("programDayId", "There is no such program day in this fractal");
        }
        UUID sessionId = UUID.randomUUID();
        return runner.run(owner, key, "POST " + path(fractalId), json, List.of(sessionId, fractalId), () -> {
            Instant now = clock.instant();
            List<UUID> newGoalIds = createImmediateGoals(fractalId, body.newImmediateGoals(), owner, now);
            List<UUID> goalIds = new ArrayList<>(body.goalIds());
            goalIds.addAll(newGoalIds);
            Instant startedAt = body.startedAt() == null ? now : body.startedAt().value();
            String name = body.name();
            String description = body.description();
            Integer plannedMinutes = null;
            List<SessionSection> sections = List.of();
            if (body.templateId() != null) {
                TemplateReader.Template template = template(fractalId, body.templateId());
                name = name != null ? name : template.name();
                description = description != null ? description : template.description();
                plannedMinutes = template.totalMinutes();
                sections = template.sections().stream().map(section -> copy(fractalId, section)).toList();
            }
            commands.sendAndWait(new CreateSession(sessionId, fractalId, name, description, body.templateId(),
                                                   body.programDayId(), startedAt, plannedMinutes, sections, goalIds,
                                                   owner, now));
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("id", sessionId);
            created.put("newImmediateGoalIds", newGoalIds);
            return new CommandResponse(201, URI.create(path(fractalId, sessionId)), created);
        });
    }

    private List<UUID> createImmediateGoals(UUID fractalId, List<NewSessionRequest.NewImmediateGoal> goals, String owner,
                                            Instant now) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            NewSessionRequest.NewImmediateGoal goal = goals.get(i);
            UUID goalId = UUID.randomUUID();
            try {
                commands.sendAndWait(new CreateGoal(fractalId, goalId, goal.parentId(), GoalLevel.IMMEDIATE, goal.name(),
                                                    null, null, null, owner, now, null));
            } catch (RuntimeException e) {
                throw placed(e, "newImmediateGoals[" + i + "].");
            }
            ids.add(goalId);
        }
        return ids;
    }

    /** A refusal of a new goal, with its fields named where they are in this request's body. */
    private static RuntimeException placed(RuntimeException e, String prefix) {
        Throwable cause = e instanceof CommandExecutionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RuleViolationException violation) {
            return new RuleViolationException(violation.errors().stream().map(error -> new FieldError(
                    prefix + (error.field().equals("level") ? "parentId" : error.field()), error.message())).toList());
        }
        return e;
    }

    private TemplateReader.Template template(UUID fractalId, UUID templateId) {
        return templates.find(fractalId, templateId)
                     .orElseThrow(() -> new RuleViolationException("templateId", "There is no such template in this fractal"));
    }

    /** A template section with a fresh instance per activity; activities deleted since the template was made are left out. */
    private SessionSection copy(UUID fractalId, TemplateSection section) {
        List<SessionInstance> instances = section.activityIds().stream()
                .filter(activityId -> references.activity(fractalId, activityId).isPresent())
                .map(activityId -> new SessionInstance(UUID.randomUUID(), activityId))
                .toList();
        return new SessionSection(section.name(), section.plannedMinutes(), instances);
    }

    @PatchMapping("/{sessionId}")
    ResponseEntity<Object> edit(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                        required = true,
                                        content = @Content(schema = @Schema(implementation = SessionApiDocs.Patch.class)))
                                @RequestBody JsonNode json) {
        String owner = CurrentUser.id();
        requireSession(fractalId, sessionId);
        Long expected = IfMatch.version(ifMatch);
        SessionPatch patch = SessionPatch.from(json);
        return runner.run(owner, key, "PATCH " + path(fractalId, sessionId), json, sessionId, () -> {
            commands.sendAndWait(new EditSession(sessionId, fractalId, patch.name(), patch.description(),
                                                 patch.startedAt(), patch.goalIds(), expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", sessionId));
        });
    }

    @DeleteMapping("/{sessionId}")
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        requireSession(fractalId, sessionId);
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, null, "DELETE " + path(fractalId, sessionId), Map.of(), sessionId, () -> {
            commands.sendAndWait(new DeleteSession(sessionId, fractalId, expected, owner, clock.instant()));
            return CommandResponse.noContent();
        });
    }

    @PostMapping("/{sessionId}/complete")
    ResponseEntity<Object> complete(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                    @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        requireSession(fractalId, sessionId);
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "POST " + path(fractalId, sessionId) + "/complete", Map.of(), sessionId, () -> {
            commands.sendAndWait(new CompleteSession(sessionId, fractalId, expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", sessionId, "completed", true));
        });
    }

    @PostMapping("/{sessionId}/reopen")
    ResponseEntity<Object> reopen(@PathVariable UUID fractalId, @PathVariable UUID sessionId,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        requireSession(fractalId, sessionId);
        Long expected = IfMatch.version(ifMatch);
        return runner.run(owner, key, "POST " + path(fractalId, sessionId) + "/reopen", Map.of(), sessionId, () -> {
            commands.sendAndWait(new ReopenSession(sessionId, fractalId, expected, owner, clock.instant()));
            return CommandResponse.ok(Map.of("id", sessionId, "completed", false));
        });
    }

    private void requireSession(UUID fractalId, UUID sessionId) {
        if (!directory.sessionExists(fractalId, sessionId)) {
            throw new NotFoundException("Session");
        }
    }
}
