package org.fractalgoals.command.activity;

import com.fasterxml.jackson.databind.JsonNode;
import org.fractalgoals.events.activity.ChangeActivity;
import org.fractalgoals.events.activity.CreateActivity;
import org.fractalgoals.events.activity.MetricSpec;
import org.fractalgoals.events.activity.SplitSpec;
import org.fractalgoals.events.goal.FieldChange;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An activity body, read from the JSON tree because Jackson's binding cannot tell a missing field from a null
 * one. On a create, missing fields take their defaults; on a PATCH, a missing field stays as it is, a null
 * {@code description} is cleared and a null {@code groupId} ungroups (the name and the flags cannot be null).
 * Only the shape is checked here; the rules are the aggregate's.
 */
record ActivityPatch(String name, FieldChange<String> description, FieldChange<UUID> groupId, Boolean hasSets,
                     Boolean hasSplits, Boolean hasMetrics, Boolean multiplicative, List<MetricSpec> metrics,
                     List<SplitSpec> splits) {

    private static final Set<String> FIELDS = Set.of("name", "description", "groupId", "hasSets", "hasSplits",
                                                     "hasMetrics", "multiplicative", "metrics", "splits");
    private static final Set<String> METRIC_FIELDS = Set.of("id", "name", "unit", "topSet", "multiplicative");
    private static final Set<String> SPLIT_FIELDS = Set.of("id", "name");

    static ActivityPatch from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new RuleViolationException("body", "Must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        unknownFields(body, "", FIELDS, errors);
        String name = null;
        if (body.has("name")) {
            name = text(body, "name", "name", errors);
            if (name == null) {
                name = "";
            }
        }
        FieldChange<String> description = body.has("description")
                ? FieldChange.to(text(body, "description", "description", errors)) : null;
        FieldChange<UUID> groupId = body.has("groupId") ? FieldChange.to(id(body, "groupId", "groupId", errors)) : null;
        ActivityPatch patch = new ActivityPatch(name, description, groupId,
                                                flag(body, "hasSets", errors), flag(body, "hasSplits", errors),
                                                flag(body, "hasMetrics", errors), flag(body, "multiplicative", errors),
                                                body.has("metrics") ? metrics(body.get("metrics"), errors) : null,
                                                body.has("splits") ? splits(body.get("splits"), errors) : null);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return patch;
    }

    /** The activity a create asks for; ids proposed for metrics and splits are not used on a create. */
    CreateActivity toCreate(UUID activityId, UUID fractalId, String ownerId, Instant at) {
        return new CreateActivity(activityId, fractalId, name, description == null ? null : description.value(),
                                  groupId == null ? null : groupId.value(), Boolean.TRUE.equals(hasSets),
                                  Boolean.TRUE.equals(hasSplits), !Boolean.FALSE.equals(hasMetrics),
                                  Boolean.TRUE.equals(multiplicative), metrics, splits, ownerId, at);
    }

    ChangeActivity toChange(UUID activityId, UUID fractalId, String ownerId, Instant at, Long expectedVersion) {
        return new ChangeActivity(activityId, fractalId, name, description, groupId, hasSets, hasSplits, hasMetrics,
                                  multiplicative, metrics, splits, ownerId, at, expectedVersion);
    }

    private static List<MetricSpec> metrics(JsonNode list, List<FieldError> errors) {
        if (!list.isArray()) {
            errors.add(new FieldError("metrics", "Must be a list"));
            return null;
        }
        List<MetricSpec> metrics = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "metrics[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                errors.add(new FieldError(field, "Must be an object with name and unit"));
                continue;
            }
            unknownFields(item, field + ".", METRIC_FIELDS, errors);
            metrics.add(new MetricSpec(id(item, "id", field + ".id", errors), text(item, "name", field + ".name", errors),
                                       text(item, "unit", field + ".unit", errors),
                                       flagOr(item, "topSet", field + ".topSet", false, errors),
                                       flagOr(item, "multiplicative", field + ".multiplicative", true, errors)));
        }
        return metrics;
    }

    private static List<SplitSpec> splits(JsonNode list, List<FieldError> errors) {
        if (!list.isArray()) {
            errors.add(new FieldError("splits", "Must be a list"));
            return null;
        }
        List<SplitSpec> splits = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "splits[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                errors.add(new FieldError(field, "Must be an object with a name"));
                continue;
            }
            unknownFields(item, field + ".", SPLIT_FIELDS, errors);
            splits.add(new SplitSpec(id(item, "id", field + ".id", errors), text(item, "name", field + ".name", errors)));
        }
        return splits;
    }

    private static void unknownFields(JsonNode node, String prefix, Set<String> known, List<FieldError> errors) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                errors.add(new FieldError(prefix + field, "Is not a field of an activity"));
            }
        });
    }

    private static String text(JsonNode node, String key, String field, List<FieldError> errors) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "Must be a string or null"));
            return null;
        }
        return value.asText();
    }

    private static UUID id(JsonNode node, String key, String field, List<FieldError> errors) {
        String text = text(node, key, field, errors);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Must be a UUID or null"));
            return null;
        }
    }

    private static Boolean flag(JsonNode node, String key, List<FieldError> errors) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(key, "Must be true or false"));
            return null;
        }
        return value.booleanValue();
    }

    private static boolean flagOr(JsonNode node, String key, String field, boolean absent, List<FieldError> errors) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, "Must be true or false"));
            return absent;
        }
        return value.booleanValue();
    }
}
