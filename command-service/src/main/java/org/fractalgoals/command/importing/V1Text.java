package org.fractalgoals.command.importing;

/** v1.2 stores a missing description as {@code ''}; today it is absent. */
final class V1Text {

    private V1Text() {
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
