package org.fractalgoals.query.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The kinds of object a fractal holds besides its goal tree: the aggregate type the event store names them by, the
 * field of the exported fractal that lists them, and the fold that gives their current state. In this order the
 * export lists them.
 */
enum ObjectKind {

    ACTIVITY_GROUPS("ActivityGroups", "activityGroups", ActivityGroupsFold::new),
    ACTIVITY("Activity", "activities", ActivityFold::new),
    TEMPLATE("Template", "templates", TemplateFold::new),
    SESSION("Session", "sessions", SessionFold::new),
    PROGRAM("Program", "programs", ProgramFold::new),
    NOTE("Note", "notes", NoteFold::new);

    /** The field that lists a fractal's aggregates of a type not named here, with their lifecycle but no state. */
    static final String OTHERS = "otherObjects";

    private final String aggregateType;
    private final String field;
    private final Supplier<StateFold> fold;

    ObjectKind(String aggregateType, String field, Supplier<StateFold> fold) {
        this.aggregateType = aggregateType;
        this.field = field;
        this.fold = fold;
    }

    static Optional<ObjectKind> of(String aggregateType) {
        return Arrays.stream(values()).filter(kind -> kind.aggregateType.equals(aggregateType)).findFirst();
    }

    String aggregateType() {
        return aggregateType;
    }

    String field() {
        return field;
    }

    StateFold newFold() {
        return fold.get();
    }
}
