package org.fractalgoals.command.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One hostile variation of a command request: a raw body (null for none) with its content type, extra headers,
 * and optionally a raw path segment put in place of the operation's last path variable.
 *
 * @param kind what sort of hostility this is, for the figures and for failure messages
 */
record HostileRequest(String kind, String body, String contentType, Map<String, String> headers, String pathSegment) {

    /** Bodies above this are refused whole (413) by the body size limit, before anything reads them. */
    static final int BODY_LIMIT = 1024 * 1024;
    /** How much of a body or header a failure message shows; beyond it, the length is given instead. */
    private static final int SHOWN = 1_000;

    static HostileRequest body(String kind, String body) {
        return new HostileRequest(kind, body, "application/json", Map.of(), null);
    }

    boolean overTheBodyLimit() {
        return body != null && body.getBytes(StandardCharsets.UTF_8).length > BODY_LIMIT;
    }

    /**
     * The request as sent, for a failure message: method, path, headers and body, with every character outside
     * printable ASCII written as {@code <U+XXXX>} (so that a NUL or a lone surrogate can be seen, and told apart
     * from a JSON escape, which is sent as text) and anything huge cut short with its length.
     */
    String describe(String method, String path) {
        StringBuilder request = new StringBuilder().append(method).append(' ').append(visible(path)).append('\n');
        request.append("Authorization: Bearer <a fresh user's token>\n");
        if (body != null) {
            request.append("Content-Type: ").append(contentType).append('\n');
        }
        headers.forEach((name, value) -> request.append(name).append(": ").append(visible(value)).append('\n'));
        request.append('\n').append(body == null ? "<no body>" : visible(body) + (body.length() > SHOWN
                ? " (" + body.length() + " chars, " + body.getBytes(StandardCharsets.UTF_8).length + " bytes in UTF-8)"
                : ""));
        return request.toString();
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < Math.min(text.length(), SHOWN); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                shown.append(c);
            } else {
                shown.append(String.format("<U+%04X>", (int) c));
            }
        }
        return text.length() > SHOWN ? shown + "…" : shown.toString();
    }
}
