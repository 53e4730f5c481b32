package org.fractalgoals.command.importing;

import java.util.UUID;

/**
 * What an import step may do while it replays a v1.2 file as commands of one user. Every command goes through
 * here, so that it carries the import's metadata, runs at most once per user and source row however often the
 * same file is imported, and a refusal is reported instead of stopping the import.
 *
 * <p>Entities are named as in the summary: {@code goals}, {@code targets}, {@code activityGroups},
 * {@code activities}, {@code templates}, {@code programs}, {@code programBlocks}, {@code programDays},
 * {@code sessions}, {@code activityInstances}, {@code sets}, {@code metricValues}, {@code notes},
 * {@code sessionGoalLinks}. {@code sourceId} is the row's v1.2 id (for a row without one of its own, a key made
 * of its parts, such as {@code sessionId/goalId}).
 */
public interface ImportContext {

    /** The user who owns everything the import creates (the Keycloak {@code sub}). */
    String ownerId();

    /**
     * The new id of a v1.2 row: the same for the same user, entity and source id on every import, different for
     * another user importing the same file.
     */
    UUID idOf(String entity, String sourceId);

    /**
     * Sends the command that brings a source row over, once: the row counts as imported (in the summary and for
     * {@link #imported}) when the command succeeds now or succeeded in an earlier import of this user. When the
     * command is refused, the row is listed as refused with the refusal's message and the import goes on.
     */
    Outcome create(String entity, String sourceId, Object command);

    /**
     * Sends a further command about a row already created (complete a goal, record sets, stop a timer…), once per
     * {@code step} name. A refusal is listed under the row's entity and id, with the step in the reason.
     */
    Outcome apply(String entity, String sourceId, String step, Object command);

    /** Whether the row's {@link #create} succeeded, in this import or an earlier one of this user. */
    boolean imported(String entity, String sourceId);

    /** Lists a row as refused without sending anything (for example a dangling reference). */
    void refuse(String entity, String sourceId, String reason);

    /** Lists something imported, but not as today's rules would have it (for example a deadline past its parent's). */
    void warn(String entity, String sourceId, String message);

    /** How a command of the import went. */
    enum Outcome {
        /** Sent and accepted now. */
        DONE,
        /** Accepted in an earlier import of the same user: not sent again. */
        ALREADY_DONE,
        /** Refused; listed in the summary. */
        REFUSED;

        public boolean succeeded() {
            return this != REFUSED;
        }
    }
}
