package org.fractalgoals.platform.errors;

import java.util.Map;

/** Any refusal that is fully described by a problem type, a detail and optional response headers. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, Map.of());
    }

    public ProblemException(ProblemType type, String detail, Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.headers = Map.copyOf(headers);
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
