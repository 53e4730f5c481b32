package org.fractalgoals.command.program;

import org.fractalgoals.events.goal.GoalLevel;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The shape of programs, blocks and days: names, dates in order, colours, goal and template lists. */
final class ProgramRules {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int GOALS_MAX = 100;
    static final int TEMPLATES_MAX = 20;
    static final String DEFAULT_COLOR = "#3A86FF";
    static final Set<GoalLevel> TARGET_LEVELS = EnumSet.of(GoalLevel.LONG_TERM, GoalLevel.MID_TERM, GoalLevel.SHORT_TERM);
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private ProgramRules() {
    }

    static void name(String name, String missing, List<FieldError> errors) {
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("name", missing));
        } else if (name.length() > NAME_MAX) {
            errors.add(new FieldError("name", "At most " + NAME_MAX + " characters"));
        }
    }

    static void description(String description, List<FieldError> errors) {
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(new FieldError("description", "At most " + DESCRIPTION_MAX + " characters"));
        }
    }

    /** Both dates present; {@code strictly}: the end after the start (programs), else not before it (blocks). */
    static boolean dates(LocalDate start, LocalDate end, boolean strictly, List<FieldError> errors) {
        if (start == null) {
            errors.add(new FieldError("startDate", "Start date is required"));
        }
        if (end == null) {
            errors.add(new FieldError("endDate", "End date is required"));
        }
        if (start == null || end == null) {
            return false;
        }
        if (strictly && !end.isAfter(start)) {
            errors.add(new FieldError("endDate", "End date must be after start date"));
            return false;
        }
        if (!strictly && end.isBefore(start)) {
            errors.add(new FieldError("endDate", "End date cannot be before start date"));
            return false;
        }
        return true;
    }

    static void color(String color, List<FieldError> errors) {
        if (color != null && !COLOR.matcher(color).matches()) {
            errors.add(new FieldError("color", "Colour must be #RRGGBB"));
        }
    }

    /** The goal ids once each, in order; every one a long-, mid- or short-term goal of the fractal, at least one. */
    static List<UUID> targetGoals(UUID fractalId, List<UUID> goalIds, ProgramReferences references,
                                  List<FieldError> errors) {
        if (goalIds.isEmpty()) {
            errors.add(new FieldError("goalIds", "At least one goal must be selected"));
            return List.of();
        }
        if (goalIds.size() > GOALS_MAX) {
            errors.add(new FieldError("goalIds", "At most " + GOALS_MAX + " goals"));
            return List.of();
        }
        for (int i = 0; i < goalIds.size(); i++) {
            boolean target = references.goalLevel(fractalId, goalIds.get(i)).filter(TARGET_LEVELS::contains).isPresent();
            if (!target) {
                errors.add(new FieldError("goalIds[" + i + "]",
                                          "Pick a long-, mid- or short-term goal of this fractal"));
            }
        }
        return List.copyOf(new LinkedHashSet<>(goalIds));
    }

    static List<UUID> templates(UUID fractalId, List<UUID> templateIds, ProgramReferences references,
                                List<FieldError> errors) {
        if (templateIds.isEmpty()) {
            errors.add(new FieldError("templateIds", "Pick at least one template"));
            return List.of();
        }
        if (templateIds.size() > TEMPLATES_MAX) {
            errors.add(new FieldError("templateIds", "At most " + TEMPLATES_MAX + " templates"));
            return List.of();
        }
        for (int i = 0; i < templateIds.size(); i++) {
            if (!references.templateExists(fractalId, templateIds.get(i))) {
                errors.add(new FieldError("templateIds[" + i + "]", "There is no such template in this fractal"));
            }
        }
        return List.copyOf(new LinkedHashSet<>(templateIds));
    }

    static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new RuleViolationException(new ArrayList<>(errors));
        }
    }
}
