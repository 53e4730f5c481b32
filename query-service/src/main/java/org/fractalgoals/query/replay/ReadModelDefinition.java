package org.fractalgoals.query.replay;

import java.util.List;

/** A read model that can be rebuilt: its processing group, the projection beans of that group, and their tables. */
record ReadModelDefinition(String name, List<Object> projections, List<String> tables) {
}
