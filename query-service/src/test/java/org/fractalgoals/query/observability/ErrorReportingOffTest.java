package org.fractalgoals.query.observability;

import io.sentry.Sentry;
import org.fractalgoals.query.QueryServiceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without SENTRY_DSN the error tracker's SDK stays off: nothing leaves the machine. */
class ErrorReportingOffTest extends QueryServiceTest {

    @Test
    void no_dsn_no_reporting() {
        assertThat(Sentry.isEnabled()).isFalse();
    }
}
