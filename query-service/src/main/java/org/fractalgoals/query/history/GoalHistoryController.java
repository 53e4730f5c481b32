package org.fractalgoals.query.history;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.goal.FindGoalHistory;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A goal's audit trail, oldest first. A deleted goal's history stays readable while its fractal exists. */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/goals/{goalId}/history")
@ReadModel(GoalHistoryProjection.GROUP)
class GoalHistoryController {

    private final QueryGateway queries;

    GoalHistoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    GoalHistoryPage history(@PathVariable UUID fractalId, @PathVariable UUID goalId,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                            @RequestParam(required = false) String cursor) {
        return queries.query(new FindGoalHistory(CurrentUser.id(), fractalId, goalId, limit, cursor),
                             ResponseTypes.optionalInstanceOf(GoalHistoryPage.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("Goal"));
    }
}
