package org.fractalgoals.platform.crypto;

import org.fractalgoals.events.personaldata.PersonalData;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where a record type keeps personal data: its marked text components, and components holding records
 * (alone or in a collection) that contain marked text in turn. Computed once per type.
 */
record PersonalDataFields(List<Field> fields) {

    sealed interface Field permits Text, Nested, NestedList {
        String name();
    }

    record Text(String name) implements Field {
    }

    record Nested(String name, PersonalDataFields inner) implements Field {
    }

    record NestedList(String name, PersonalDataFields inner) implements Field {
    }

    private static final ClassValue<PersonalDataFields> CACHE = new ClassValue<>() {
        @Override
        protected PersonalDataFields computeValue(Class<?> type) {
            return inspect(type);
        }
    };

    static PersonalDataFields of(Class<?> type) {
        return CACHE.get(type);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    private static PersonalDataFields inspect(Class<?> type) {
        if (!type.isRecord()) {
            return new PersonalDataFields(List.of());
        }
        List<Field> found = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            if (component.isAnnotationPresent(PersonalData.class)) {
                if (componentType == String.class) {
                    found.add(new Text(component.getName()));
                    continue;
                }
                if (!componentType.isRecord() && !Collection.class.isAssignableFrom(componentType)) {
                    throw new IllegalStateException("@PersonalData on " + type.getName() + "." + component.getName()
                            + " must mark a String, a record or a collection of records");
                }
            }
            if (componentType.isRecord()) {
                PersonalDataFields inner = of(componentType);
                if (!inner.isEmpty()) {
                    found.add(new Nested(component.getName(), inner));
                }
            } else if (Collection.class.isAssignableFrom(componentType)) {
                Class<?> element = elementType(component.getGenericType());
                if (element != null && element.isRecord()) {
                    PersonalDataFields inner = of(element);
                    if (!inner.isEmpty()) {
                        found.add(new NestedList(component.getName(), inner));
                    }
                }
            }
        }
        return new PersonalDataFields(List.copyOf(found));
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
