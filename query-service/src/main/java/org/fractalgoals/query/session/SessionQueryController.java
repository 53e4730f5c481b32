package org.fractalgoals.query.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.session.FindSession;
import org.fractalgoals.events.session.FindSessions;
import org.fractalgoals.events.session.SessionStatus;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;
import java.util.UUID;

/**
 * Sessions of a fractal. A consistency token waits for the sessions read model and for the goal tree, whose
 * fractals the ownership check reads.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/sessions")
@ReadModel({SessionProjection.GROUP, "goal-tree"})
class SessionQueryController {

    private final QueryGateway queries;

    SessionQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    SessionPage sessions(@PathVariable UUID fractalId,
                         @RequestParam(required = false) String status,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                         @RequestParam(required = false) String cursor) {
        return queries.query(new FindSessions(CurrentUser.id(), fractalId, status(status), limit, cursor),
                             SessionPage.class).join();
    }

    @GetMapping("/{sessionId}")
    ResponseEntity<SessionDetail> session(@PathVariable UUID fractalId, @PathVariable UUID sessionId) {
        SessionDetail session = queries.query(new FindSession(CurrentUser.id(), fractalId, sessionId),
                                              ResponseTypes.optionalInstanceOf(SessionDetail.class))
                                       .join()
                                       .orElseThrow(() -> new NotFoundException("Session"));
        return ResponseEntity.ok().eTag("\"" + session.version() + "\"").body(session);
    }

    private static SessionStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return SessionStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("status", "Must be open or completed");
        }
    }
}
