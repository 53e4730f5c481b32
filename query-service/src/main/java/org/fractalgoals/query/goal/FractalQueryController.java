package org.fractalgoals.query.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.goal.FindFractals;
import org.fractalgoals.events.goal.FindGoal;
import org.fractalgoals.events.goal.FindGoalSelection;
import org.fractalgoals.events.goal.FindGoalTree;
import org.fractalgoals.events.goal.FindGoalTreeAsOf;
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

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/fractals")
@ReadModel(GoalTreeProjection.GROUP)
class FractalQueryController {

    private final QueryGateway queries;

    FractalQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    FractalPage fractals(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                         @RequestParam(required = false) String cursor) {
        return queries.query(new FindFractals(CurrentUser.id(), limit, cursor), FractalPage.class).join();
    }

    /** The live tree, or with {@code asOf} the tree as it was then (its ETag the fractal's version then). */
    @GetMapping("/{fractalId}/tree")
    ResponseEntity<GoalNode> tree(@PathVariable UUID fractalId, @RequestParam(required = false) String asOf) {
        GoalTreeView view = asOf == null
                ? queries.query(new FindGoalTree(CurrentUser.id(), fractalId),
                                ResponseTypes.optionalInstanceOf(GoalTreeView.class))
                         .join()
                         .orElseThrow(() -> new NotFoundException("Fractal"))
                : queries.query(new FindGoalTreeAsOf(CurrentUser.id(), fractalId, instant("asOf", asOf)),
                                GoalTreeView.class)
                         .join();
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view.root());
    }

    private static Instant instant(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(parameter, "Must be an ISO-8601 instant such as 2026-01-05T10:00:00Z");
        }
    }

    /** A literal path: Spring prefers it to {@code /goals/{goalId}}, so "selection" is never read as a goal id. */
    @GetMapping("/{fractalId}/goals/selection")
    GoalSelection selection(@PathVariable UUID fractalId,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                            @RequestParam(required = false) String cursor) {
        return queries.query(new FindGoalSelection(CurrentUser.id(), fractalId, limit, cursor),
                             ResponseTypes.optionalInstanceOf(GoalSelection.class))
                      .join()
                      .orElseThrow(() -> new NotFoundException("Fractal"));
    }

    @GetMapping("/{fractalId}/goals/{goalId}")
    ResponseEntity<GoalDetail> goal(@PathVariable UUID fractalId, @PathVariable UUID goalId) {
        GoalDetail goal = queries.query(new FindGoal(CurrentUser.id(), fractalId, goalId),
                                        ResponseTypes.optionalInstanceOf(GoalDetail.class))
                                 .join()
                                 .orElseThrow(() -> new NotFoundException("Goal"));
        return ResponseEntity.ok().eTag("\"" + goal.version() + "\"").body(goal);
    }
}
