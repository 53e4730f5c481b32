package org.fractalgoals.command.template;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fractalgoals.command.activity.ActivityLookup;
import org.fractalgoals.command.dispatch.CommandResponse;
import org.fractalgoals.command.dispatch.CommandRunner;
import org.fractalgoals.command.dispatch.IfMatch;
import org.fractalgoals.events.template.ChangeTemplate;
import org.fractalgoals.events.template.CreateTemplate;
import org.fractalgoals.events.template.DeleteTemplate;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Session templates: create, replace (PATCH with the whole template), duplicate, delete. */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/templates")
class TemplateCommandController {

    private final CommandRunner runner;
    private final CommandGateway commands;
    private final ActivityLookup activities;
    private final TemplateReader templates;
    private final Clock clock;

    TemplateCommandController(CommandRunner runner, CommandGateway commands, ActivityLookup activities,
                              TemplateReader templates, Clock clock) {
        this.runner = runner;
        this.commands = commands;
        this.activities = activities;
        this.templates = templates;
        this.clock = clock;
    }

    private static String path(UUID fractalId) {
        return "/api/v1/fractals/" + fractalId + "/templates";
    }

    @PostMapping
    ResponseEntity<Object> create(@PathVariable UUID fractalId,
                                  @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                  @RequestBody TemplateRequest body) {
        String owner = CurrentUser.id();
        List<TemplateSection> sections = checkedSections(fractalId, body);
        return runner.run(owner, key, "POST " + path(fractalId), body, () -> {
            UUID templateId = UUID.randomUUID();
            commands.sendAndWait(new CreateTemplate(templateId, fractalId, body.name(), body.description(), sections,
                                                    owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId) + "/" + templateId), templateId);
        });
    }

    @PatchMapping("/{templateId}")
    ResponseEntity<Object> replace(@PathVariable UUID fractalId, @PathVariable UUID templateId,
                                   @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @RequestBody TemplateRequest body) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        List<TemplateSection> sections = checkedSections(fractalId, body);
        return runner.run(owner, key, "PATCH " + path(fractalId) + "/" + templateId, body, templateId, () -> {
            commands.sendAndWait(new ChangeTemplate(templateId, fractalId, body.name(), body.description(), sections,
                                                    owner, clock.instant(), expected));
            return CommandResponse.ok(Map.of("id", templateId));
        });
    }

    @PostMapping("/{templateId}/duplicate")
    ResponseEntity<Object> duplicate(@PathVariable UUID fractalId, @PathVariable UUID templateId,
                                     @RequestHeader(name = CommandRunner.IDEMPOTENCY_KEY, required = false) String key) {
        String owner = CurrentUser.id();
        TemplateReader.Template original = templates.find(fractalId, templateId)
                                                    .orElseThrow(() -> new NotFoundException("Template"));
        String name = copyName(original.name());
        return runner.run(owner, key, "POST " + path(fractalId) + "/" + templateId + "/duplicate", Map.of(), () -> {
            UUID copyId = UUID.randomUUID();
            commands.sendAndWait(new CreateTemplate(copyId, fractalId, name, original.description(), original.sections(),
                                                    owner, clock.instant()));
            return CommandResponse.created(URI.create(path(fractalId) + "/" + copyId), copyId);
        });
    }

    @DeleteMapping("/{templateId}")
    ResponseEntity<Object> delete(@PathVariable UUID fractalId, @PathVariable UUID templateId,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        String owner = CurrentUser.id();
        Long expected = IfMatch.version(ifMatch);
        templates.find(fractalId, templateId).orElseThrow(() -> new NotFoundException("Template"));
        return runner.run(owner, null, "DELETE " + path(fractalId) + "/" + templateId, Map.of(), templateId, () -> {
            commands.sendAndWait(new DeleteTemplate(templateId, owner, clock.instant(), expected));
            return CommandResponse.noContent();
        });
    }

    static String copyName(String name) {
        String copy = name + " (Copy)";
        return copy.length() <= TemplateRules.NAME_MAX ? copy : name.substring(0, TemplateRules.NAME_MAX - 7) + " (Copy)";
    }

    /** The sections of the body, after checking that every activity named is one of this fractal's. */
    private List<TemplateSection> checkedSections(UUID fractalId, TemplateRequest body) {
        List<TemplateSection> sections = body.toSections();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            List<UUID> ids = sections.get(i).activityIds();
            for (int j = 0; j < ids.size(); j++) {
                if (ids.get(j) == null || activities.find(fractalId, ids.get(j)).isEmpty()) {
                    errors.add(new FieldError("sections[" + i + "].activityIds[" + j + "]",
                                              "There is no such activity in this fractal"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return sections;
    }
}
