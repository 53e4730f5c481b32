package org.fractalgoals.query.analytics.session;

import org.fractalgoals.query.analytics.PeriodBucket;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Reads the query parameters of the session analytics, refusing bad ones with the parameter's name. */
final class AnalyticsParameters {

    static final int MAX_BUCKET_MINUTES = 1440;

    private AnalyticsParameters() {
    }

    static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new RuleViolationException("tz", "Must be a time zone id such as Europe/Berlin");
        }
    }

    static PeriodBucket bucket(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            return PeriodBucket.WEEK;
        }
        return PeriodBucket.named(bucket).orElseThrow(() -> new RuleViolationException("bucket", "Must be week or month"));
    }

    static int bucketMinutes(String minutes) {
        if (minutes == null || minutes.isBlank()) {
            return 15;
        }
        try {
            int value = Integer.parseInt(minutes.strip());
            if (value >= 1 && value <= MAX_BUCKET_MINUTES) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw new RuleViolationException("bucketMinutes", "Must be a whole number from 1 to " + MAX_BUCKET_MINUTES);
    }
}
