package org.fractalgoals.query.analytics.session;

import org.fractalgoals.query.analytics.PeriodBucket;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalyticsParametersTest {

    @Test
    void missing_parameters_take_their_defaults() {
        assertThat(AnalyticsParameters.zone(null)).isEqualTo(ZoneId.of("UTC"));
        assertThat(AnalyticsParameters.bucket(null)).isEqualTo(PeriodBucket.WEEK);
        assertThat(AnalyticsParameters.bucketMinutes(null)).isEqualTo(15);
    }

    @Test
    void good_values_are_read() {
        assertThat(AnalyticsParameters.zone("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(AnalyticsParameters.bucket("month")).isEqualTo(PeriodBucket.MONTH);
        assertThat(AnalyticsParameters.bucketMinutes("1")).isEqualTo(1);
        assertThat(AnalyticsParameters.bucketMinutes("1440")).isEqualTo(1440);
    }

    @Test
    void bad_values_are_refused_naming_the_parameter() {
        assertField(() -> AnalyticsParameters.zone("Mars/Olympus_Mons"), "tz");
        assertField(() -> AnalyticsParameters.bucket("year"), "bucket");
        assertField(() -> AnalyticsParameters.bucketMinutes("0"), "bucketMinutes");
        assertField(() -> AnalyticsParameters.bucketMinutes("1441"), "bucketMinutes");
        assertField(() -> AnalyticsParameters.bucketMinutes("ten"), "bucketMinutes");
    }

    private static void assertField(Runnable read, String field) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(RuleViolationException.class, e ->
                assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo(field)));
    }
}
