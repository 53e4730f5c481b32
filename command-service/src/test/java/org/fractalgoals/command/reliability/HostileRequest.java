package org.fractalgoals.command.reliability;

import java.util.Map;

/**
 * One hostile variation of a command request: a raw body (null for none) with its content type, extra headers,
 * and optionally a raw path segment put in place of the operation's last path variable.
 *
 * @param kind what sort of hostility this is, for the statistics and for failure messages
 */
record HostileRequest(String kind, String body, String contentType, Map<String, String> headers, String pathSegment) {

    /** Bodies above this are refused whole (413) by the body size limit, before anything reads them. */
    static final int BODY_LIMIT = 1024 * 1024;

    static HostileRequest body(String kind, String body) {
        return new HostileRequest(kind, body, "application/json", Map.of(), null);
    }

    boolean overTheBodyLimit() {
        return body != null && body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > BODY_LIMIT;
    }

    @Override
    public String toString() {
        String shown = body == null ? "<none>" : body.length() > 300 ? body.substring(0, 300) + "… (" + body.length()
                + " chars)" : body;
        return kind + " body=" + shown + " type=" + contentType + " headers=" + headers
                + (pathSegment == null ? "" : " path=" + abbreviated(pathSegment));
    }

    private static String abbreviated(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "… (" + text.length() + " chars)" : text;
    }
}
