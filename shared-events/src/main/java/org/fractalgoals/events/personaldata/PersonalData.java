package org.fractalgoals.events.personaldata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks text a person typed (names, descriptions, notes). Such a component is stored encrypted with the
 * owner's data key, so destroying that key makes the text unreadable everywhere the event was copied to.
 * Allowed on {@code String} components and on components that hold records (or lists of records) that
 * carry marked components themselves.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
