package org.fractalgoals.query.consistency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the processing groups (read models) an endpoint answers from, so that a request carrying a
 * consistency token waits for exactly those. An endpoint without it waits for every read model.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadModel {

    String[] value();
}
