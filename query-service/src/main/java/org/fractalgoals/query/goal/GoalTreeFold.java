package org.fractalgoals.query.goal;

import org.fractalgoals.events.goal.GoalEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A fractal's goal tree folded from the events a caller reads itself, for callers outside this package (the export):
 * the very fold and answer of the past tree ({@link TreeAtInstant}, {@link GoalTreeAssembler}), so both show a tree
 * alike. The caller holds one fractal's tree at a time, never its events.
 */
public final class GoalTreeFold {

    private final TreeAtInstant tree;

    /** Events count when they happened at or before {@code asOf}; ages are counted at {@code asOf} too. */
    public GoalTreeFold(UUID fractalId, Instant asOf) {
        this.tree = new TreeAtInstant(fractalId, asOf);
    }

    /** Events go in sequence order. */
    public void apply(GoalEvent event, long sequence) {
        tree.apply(event, sequence);
    }

    /** The nested tree from the root; empty when the fractal or its root did not exist at the instant, or was deleted. */
    public Optional<GoalNode> tree() {
        return tree.view().map(GoalTreeView::root);
    }
}
