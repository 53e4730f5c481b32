package org.fractalgoals.platform.web;

import org.fractalgoals.platform.errors.RuleViolationException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * The text form that every list cursor of the API shares: opaque and URL-safe for clients, and one answer (400 on
 * {@code cursor}) to any text that is not a cursor of that list. Public for the cursors of a feature's own sort key.
 */
public final class CursorText {

    private CursorText() {
    }

    public static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static <T> T decode(String cursor, Function<String, T> parse) {
        try {
            return parse.apply(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new RuleViolationException("cursor", "Is not a cursor this API returned");
        }
    }
}
