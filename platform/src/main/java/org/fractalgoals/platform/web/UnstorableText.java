package org.fractalgoals.platform.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Text that JSON can carry but PostgreSQL and UTF-8 cannot: the NUL character (refused by PostgreSQL's text
 * types) and surrogates without their pair (not encodable as UTF-8). Let into an event, such text would break
 * every read model the event is projected into, for good; so requests carrying it are refused at the door.
 */
public final class UnstorableText {

    public static final String MESSAGE = "Must not contain NUL characters or unpaired surrogates";

    private UnstorableText() {
    }

    /** The path of the first field whose name or text is unstorable ({@code sections[0].name}), if any. */
    public static Optional<String> firstIn(JsonNode node) {
        return firstIn(node, "");
    }

    public static boolean isUnstorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> firstIn(JsonNode node, String path) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return isUnstorable(node.textValue()) ? Optional.of(path.isEmpty() ? "body" : path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = firstIn(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                // A field name is echoed in error answers and may be stored as a key: it must be storable too.
                String fieldPath = path.isEmpty() ? printable(field.getKey()) : path + "." + printable(field.getKey());
                if (isUnstorable(field.getKey())) {
                    return Optional.of(fieldPath);
                }
                Optional<String> found = firstIn(field.getValue(), fieldPath);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The name as it can be put in an answer: unstorable characters replaced. */
    private static String printable(String name) {
        StringBuilder printable = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                printable.append(c).append(name.charAt(++i));
            } else {
                printable.append(c == '\u0000' || Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return printable.toString();
    }
}
