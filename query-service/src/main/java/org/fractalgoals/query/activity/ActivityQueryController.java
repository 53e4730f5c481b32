package org.fractalgoals.query.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.activity.FindActivities;
import org.fractalgoals.events.activity.FindActivity;
import org.fractalgoals.events.activity.FindActivityGroups;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * A fractal's activity groups and activities, from the "activities" read model. A consistency token also waits
 * for "goal-tree", which the ownership check reads: a fractal made just before its first activity must not
 * answer 404 because that read model is a moment behind.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}")
@ReadModel({ActivityProjection.GROUP, "goal-tree"})
class ActivityQueryController {

    private final QueryGateway queries;

    ActivityQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * A page of the groups in their order; the ETag is the version of the fractal's groups (for If-Match on them).
     */
    @GetMapping("/activity-groups")
    ResponseEntity<ActivityGroupPage> groups(@PathVariable UUID fractalId,
                                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                             @RequestParam(required = false) String cursor) {
        ActivityGroupList groups = queries.query(new FindActivityGroups(CurrentUser.id(), fractalId, limit, cursor),
                                                 ActivityGroupList.class).join();
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (groups.version() != null) {
            answer.eTag("\"" + groups.version() + "\"");
        }
        return answer.body(groups.body());
    }

    @GetMapping("/activities")
    ActivityList activities(@PathVariable UUID fractalId, @RequestParam(required = false) UUID groupId,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                            @RequestParam(required = false) String cursor) {
        return queries.query(new FindActivities(CurrentUser.id(), fractalId, groupId, limit, cursor),
                             ActivityList.class).join();
    }

    @GetMapping("/activities/{activityId}")
    ResponseEntity<ActivityDetail> activity(@PathVariable UUID fractalId, @PathVariable UUID activityId) {
        ActivityDetail activity = queries.query(new FindActivity(CurrentUser.id(), fractalId, activityId),
                                                ResponseTypes.optionalInstanceOf(ActivityDetail.class))
                                         .join()
                                         .orElseThrow(() -> new NotFoundException("Activity"));
        return ResponseEntity.ok().eTag("\"" + activity.version() + "\"").body(activity);
    }
}
