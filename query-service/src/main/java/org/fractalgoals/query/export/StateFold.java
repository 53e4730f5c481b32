package org.fractalgoals.query.export;

import org.fractalgoals.events.personaldata.OwnedEvent;

/**
 * Folds one aggregate's own events, in sequence order, into the state the export shows for it. Each kind of
 * aggregate has its fold, which switches over its sealed event interface: an event added to that interface does not
 * compile until its fold says what it changes.
 */
interface StateFold {

    /** Applies the aggregate's next event; an event of another kind of aggregate is not this fold's and changes nothing. */
    void apply(OwnedEvent event);

    /** Whether the aggregate's own deletion event was applied. */
    boolean deleted();

    /** The state after the events applied so far (as it was when a deleted aggregate was deleted); null before its creation. */
    Object state();
}
