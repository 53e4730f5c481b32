package org.fractalgoals.command.activity;

import org.axonframework.eventhandling.EventMessage;
import org.fractalgoals.platform.errors.FieldError;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.ArrayList;
import java.util.List;

/** Matchers for aggregate fixtures: refusals by field name, and events whose generated ids a test cannot know. */
final class Refusals {

    private Refusals() {
    }

    /** A {@link RuleViolationException} naming exactly these fields, in this order. */
    static Matcher<RuleViolationException> refusedAt(String... fields) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.errors().stream().map(FieldError::field).toList().equals(List.of(fields));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation at " + List.of(fields));
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException e, Description description) {
                description.appendText("was at " + e.errors());
            }
        };
    }

    /** A {@link RuleViolationException} whose error on {@code field} has this message. */
    static Matcher<RuleViolationException> refusedWith(String field, String message) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return e.errors().contains(new FieldError(field, message));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation " + new FieldError(field, message));
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException e, Description description) {
                description.appendText("was " + e.errors());
            }
        };
    }

    /** Accepts any events and keeps their payloads for plain assertions afterwards. */
    static final class Published extends BaseMatcher<List<EventMessage<?>>> {

        private final List<Object> payloads = new ArrayList<>();

        @Override
        public boolean matches(Object actual) {
            payloads.clear();
            ((List<?>) actual).forEach(message -> payloads.add(((EventMessage<?>) message).getPayload()));
            return true;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("any events");
        }

        List<Object> payloads() {
            return List.copyOf(payloads);
        }

        <T> T only(Class<T> type) {
            if (payloads.size() != 1 || !type.isInstance(payloads.getFirst())) {
                throw new AssertionError("Expected one " + type.getSimpleName() + " but got " + payloads);
            }
            return type.cast(payloads.getFirst());
        }
    }
}
