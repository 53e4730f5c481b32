package org.fractalgoals.command.importing.v1;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.command.importing.v1.V1Session.V1SessionSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The session_data document ({@code sessions.attributes}) in its shapes: auto-saved (sections list the display
 * order of instance ids in {@code activity_ids}), created but never opened (sections plan activities, with the
 * template's id), scheduled from the calendar (no sections), and older documents whose sections only have
 * {@code exercises}. Its {@code program_context} and times duplicate the columns, which are the truth.
 */
final class V1SessionDataParser {

    private V1SessionDataParser() {
    }

    record SessionData(String templateId, List<V1SessionSection> sections) {
    }

    /**
     * {@code instanceIds} are the session's activity_instances rows: {@code exercises[].instance_id} counts only
     * when it names one of them, since a never-opened session names instances that were never created.
     */
    static SessionData parse(JsonNode document, Set<String> instanceIds) {
        if (document == null) {
            return new SessionData(null, List.of());
        }
        if (!document.isObject()) {
            throw new V1Json.NotJsonException("session_data is not an object");
        }
        List<V1SessionSection> sections = new ArrayList<>();
        for (JsonNode section : V1Json.elements(document.get("sections"), "sections")) {
            if (!section.isObject()) {
                throw new V1Json.NotJsonException("a section is not an object");
            }
            sections.add(section(section, instanceIds));
        }
        return new SessionData(V1Json.text(document, "template_id"), sections);
    }

    private static V1SessionSection section(JsonNode section, Set<String> instanceIds) {
        String name = V1Json.text(section, "name");
        Integer minutes = V1Json.integer(section, "duration_minutes");
        if (section.has("activity_ids")) {
            return new V1SessionSection(name, minutes, strings(section.get("activity_ids")), List.of());
        }
        List<String> listed = new ArrayList<>();
        for (JsonNode exercise : V1Json.elements(section.get("exercises"), "a section's exercises")) {
            String instanceId = V1Json.text(exercise, "instance_id");
            if (instanceId != null && instanceIds.contains(instanceId)) {
                listed.add(instanceId);
            }
        }
        return new V1SessionSection(name, minutes, listed, V1CatalogueReader.plannedActivityIds(section));
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : V1Json.elements(array, "activity_ids")) {
            if (!element.isNull()) {
                strings.add(element.asText());
            }
        }
        return strings;
    }
}
