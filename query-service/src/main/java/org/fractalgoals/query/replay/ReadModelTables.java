package org.fractalgoals.query.replay;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables (in schema {@code query}) that a projection writes. A replay rebuilds exactly these tables of its
 * processing group in a schema of its own and swaps them in when it has caught up, so every table of a read
 * model must be named here by one of the group's projections, and by no projection of another group.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelTables {

    String[] value();
}
