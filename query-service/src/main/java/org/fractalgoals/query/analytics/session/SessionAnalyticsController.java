package org.fractalgoals.query.analytics.session;

import org.fractalgoals.query.analytics.PeriodBucket;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The sessions tab of the analytics. The shared ownership check answers 404 for a fractal that is not the
 * caller's before any of these runs; a consistency token waits for this read model and for the goal tree, whose
 * fractals that check reads. Parameters are read as text so that a bad one is refused naming it.
 */
@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/analytics")
@ReadModel({SessionAnalyticsProjection.GROUP, "goal-tree"})
class SessionAnalyticsController {

    private final SessionAnalyticsRepository sessions;
    private final Clock clock;

    SessionAnalyticsController(SessionAnalyticsRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/sessions/summary")
    SessionTotals summary(@PathVariable UUID fractalId) {
        return sessions.totals(fractalId);
    }

    @GetMapping("/sessions/trends")
    SessionTrends trends(@PathVariable UUID fractalId,
                         @RequestParam(required = false) String bucket,
                         @RequestParam(required = false) String tz) {
        PeriodBucket period = AnalyticsParameters.bucket(bucket);
        ZoneId zone = AnalyticsParameters.zone(tz);
        return SessionTrends.of(sessions.sessions(fractalId), period, zone);
    }

    @GetMapping("/sessions/durations")
    DurationHistogram durations(@PathVariable UUID fractalId,
                                @RequestParam(required = false) String bucketMinutes) {
        int minutes = AnalyticsParameters.bucketMinutes(bucketMinutes);
        return DurationHistogram.of(sessions.durations(fractalId), minutes);
    }

    @GetMapping("/streaks")
    Streaks streaks(@PathVariable UUID fractalId, @RequestParam(required = false) String tz) {
        ZoneId zone = AnalyticsParameters.zone(tz);
        return Streaks.of(sessions.completedSessions(fractalId), zone, LocalDate.now(clock.withZone(zone)));
    }
}
