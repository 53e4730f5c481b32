package org.fractalgoals.command.dispatch;

import org.fractalgoals.platform.errors.RuleViolationException;
import org.springframework.http.HttpHeaders;

/** Reads the aggregate version a client expects from {@code If-Match: "<version>"}; "*" or none means any. */
public final class IfMatch {

    private IfMatch() {
    }

    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new RuleViolationException(HttpHeaders.IF_MATCH, "Must be an ETag this API returned, such as \"3\"");
        }
    }
}
