package org.fractalgoals.query.note;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.note.FindNotes;
import org.fractalgoals.events.note.NoteContext;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.UUID;

/** Notes of a fractal: all, those about one kind of thing, or those about one session, instance or goal. */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/notes")
@ReadModel({NoteProjection.GROUP, "goal-tree"})
class NoteQueryController {

    private final QueryGateway queries;

    NoteQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    NotePage notes(@PathVariable UUID fractalId,
                   @RequestParam(required = false) String context,
                   @RequestParam(required = false) UUID contextId,
                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                   @RequestParam(required = false) String cursor) {
        return queries.query(new FindNotes(CurrentUser.id(), fractalId, context(context), contextId, limit, cursor),
                             NotePage.class).join();
    }

    private static NoteContext context(String context) {
        if (context == null) {
            return null;
        }
        try {
            return NoteContext.valueOf(context.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("context", "Must be session, instance or goal");
        }
    }
}
