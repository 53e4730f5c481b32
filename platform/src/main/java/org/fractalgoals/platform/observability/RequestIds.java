package org.fractalgoals.platform.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of one HTTP request, carried in {@code X-Request-Id}, in the log context (MDC key {@code requestId}) and in
 * the metadata of the commands and events the request causes, so that one id finds every log line of a change in
 * both services. A caller may bring its own id; one that could smuggle text into logs is replaced.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id when it is safe to log, otherwise a new one. */
    public static String acceptOrCreate(String offered) {
        return offered != null && SAFE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }
}
