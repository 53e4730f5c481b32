package org.fractalgoals.events.note;

/** What a note is about. */
public enum NoteContext {
    SESSION, INSTANCE, GOAL
}
