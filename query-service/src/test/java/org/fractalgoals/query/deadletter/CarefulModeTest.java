package org.fractalgoals.query.deadletter;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CarefulModeTest {

    private final AtomicLong now = new AtomicLong(-5_000_000_000L);
    private final CarefulMode mode = new CarefulMode(Duration.ofMinutes(5), now::get);

    @Test
    void a_processor_starts_without_savepoints() {
        assertThat(mode.careful()).isFalse();
    }

    @Test
    void a_failure_makes_it_careful_for_the_window_and_then_bare_again() {
        mode.handlerFailed();
        assertThat(mode.careful()).isTrue();

        now.addAndGet(Duration.ofMinutes(5).minusNanos(1).toNanos());
        assertThat(mode.careful()).isTrue();

        now.addAndGet(1);
        assertThat(mode.careful()).isFalse();
    }

    @Test
    void another_failure_extends_the_window() {
        mode.handlerFailed();
        now.addAndGet(Duration.ofMinutes(4).toNanos());
        mode.handlerFailed();
        now.addAndGet(Duration.ofMinutes(4).toNanos());

        assertThat(mode.careful()).isTrue();
    }

    @Test
    void a_dead_letter_retry_always_gets_savepoints() throws Exception {
        boolean[] seen = new boolean[2];
        SavepointScope.within(mode, true, () -> seen[0] = SavepointScope.current().savepoints());
        SavepointScope.within(mode, false, () -> seen[1] = SavepointScope.current().savepoints());

        assertThat(seen).containsExactly(true, false);
        assertThat(SavepointScope.current()).isNull();
    }
}
