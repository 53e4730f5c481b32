package org.fractalgoals.query.scaling;

import java.util.List;

/**
 * The tables of the {@code query} schema that belong to no read model: the token store, Flyway's history and the
 * live instances. A replay never swaps them, and they are the only ones a read model does not claim.
 */
public final class OperationalTables {

    public static final List<String> ALL = List.of("tokenentry", "flyway_schema_history", "service_instance");

    private OperationalTables() {
    }
}
