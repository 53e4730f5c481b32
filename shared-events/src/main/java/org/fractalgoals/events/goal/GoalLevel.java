package org.fractalgoals.events.goal;

import java.util.Optional;

/** The seven levels of the fractal, from the life goal down to the smallest step. */
public enum GoalLevel {
    ULTIMATE, LONG_TERM, MID_TERM, SHORT_TERM, IMMEDIATE, MICRO, NANO;

    public boolean canBeRoot() {
        return ordinal() <= SHORT_TERM.ordinal();
    }

    public boolean isDeeperThan(GoalLevel other) {
        return ordinal() > other.ordinal();
    }

    public Optional<GoalLevel> next() {
        return this == NANO ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
