package org.fractalgoals.events.goal;

/** Why a goal completed: a person said so, or all of its targets were achieved. */
public enum CompletionSource {
    MANUAL, TARGETS
}
