package org.fractalgoals.query.activity;

import org.fractalgoals.events.activity.ActivityCreated;
import org.fractalgoals.events.activity.MetricDefinition;
import org.fractalgoals.events.goal.FractalDeleted;
import org.fractalgoals.events.session.ActivityInstanceAdded;
import org.fractalgoals.events.session.ActivityInstanceRemoved;
import org.fractalgoals.events.session.SessionCreated;
import org.fractalgoals.events.session.SessionDeleted;
import org.fractalgoals.events.session.SessionInstance;
import org.fractalgoals.events.session.SessionSection;
import org.fractalgoals.events.session.SessionStartChanged;
import org.fractalgoals.query.QueryServiceTest;
import org.fractalgoals.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How often and how recently an activity was practised, from the session events. */
class ActivityUsageTest extends QueryServiceTest {

    private static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");

    @Autowired
    private ActivityProjection activities;
    @Autowired
    private ActivityUsageProjection usage;
    @Autowired
    private JdbcTemplate jdbc;

    private final String owner = TestTokens.newUserId();
    private final UUID fractal = UUID.randomUUID();
    private final UUID scale = UUID.randomUUID();

    private SessionCreated session(UUID sessionId, Instant startedAt, UUID... instances) {
        return new SessionCreated(fractal, sessionId, "s", null, null, null, startedAt, 30,
                                  List.of(new SessionSection("Warm-up", 10, java.util.Arrays.stream(instances)
                                          .map(id -> new SessionInstance(id, scale)).toList())),
                                  List.of(UUID.randomUUID()), owner, T0);
    }

    private Object[] usageOf(UUID activityId) {
        return jdbc.queryForObject("select count(*), max(used_at) from activity_usage where activity_id = ?",
                                   (rs, n) -> new Object[]{rs.getInt(1), rs.getTimestamp(2) == null ? null
                                           : rs.getTimestamp(2).toInstant()}, activityId);
    }

    @Test
    void instances_in_live_sessions_count_and_the_latest_session_start_is_the_last_use() {
        activities.on(new ActivityCreated(fractal, scale, "C major scale", null, null, true, false, true, false,
                                          List.of(new MetricDefinition(UUID.randomUUID(), "Tempo", "bpm", true, false)),
                                          List.of(), owner, T0), 0);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        SessionCreated firstCreated = session(first, T0, UUID.randomUUID(), removed);
        usage.on(firstCreated);
        usage.on(firstCreated);
        usage.on(session(second, T0.plusSeconds(3600), UUID.randomUUID()));
        usage.on(new ActivityInstanceAdded(fractal, second, UUID.randomUUID(), scale, 0, 1, owner, T0));
        usage.on(new ActivityInstanceRemoved(fractal, first, removed, owner, T0));

        assertThat(usageOf(scale)).containsExactly(3, T0.plusSeconds(3600));

        usage.on(new SessionStartChanged(fractal, first, T0.plusSeconds(7200), null, owner, T0));
        assertThat(usageOf(scale)).containsExactly(3, T0.plusSeconds(7200));

        usage.on(new SessionDeleted(fractal, second, owner, T0));
        usage.on(new ActivityInstanceAdded(fractal, second, UUID.randomUUID(), scale, 0, 0, owner, T0));
        assertThat(usageOf(scale)).containsExactly(1, T0.plusSeconds(7200));

        usage.on(new FractalDeleted(fractal, owner, T0));
        assertThat(usageOf(scale)).containsExactly(0, null);
    }
}
