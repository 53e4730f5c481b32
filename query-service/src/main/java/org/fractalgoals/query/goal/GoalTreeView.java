package org.fractalgoals.query.goal;

/** A fractal's tree with the version of the fractal it reflects (the ETag of the answer). */
public record GoalTreeView(GoalNode root, long version) {
}
