package org.fractalgoals.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a call came from. Behind the web entry that is the last hop of {@code X-Forwarded-For}: the entry
 * appends the address it saw, so a value a client wrote into the header itself stays in front and cannot pick
 * someone else's bucket.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return request.getRemoteAddr();
    }
}
