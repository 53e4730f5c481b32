package org.fractalgoals.query.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure is dead-lettered, with a cause that names exception classes only (see {@link CauseDescription}).
 * A failed retry keeps the letter where it is and counts the attempt in its diagnostics ({@value #RETRIES}).
 * The WARN line and the count of a new dead letter come from {@link ObservedDeadLetterQueue} once it is stored.
 */
final class DeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPolicy.class);

    private final String readModel;

    DeadLetterPolicy(String readModel) {
        this.readModel = readModel;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        CauseDescription description = CauseDescription.of(cause);
        if (!(letter instanceof JdbcDeadLetter<?> stored)) {
            return Decisions.enqueue(description.asCause());
        }
        long retries = retries(letter.diagnostics()) + 1;
        log.warn("Dead letter retry failed: read model {}, sequence {}, event {} id {}, attempt {}, cause {}", readModel,
                 stored.getSequenceIdentifier(), letter.message().getPayloadType().getSimpleName(),
                 letter.message().getIdentifier(), retries, description);
        return Decisions.requeue(description.asCause(), failed -> failed.diagnostics().and(RETRIES, retries));
    }

    static long retries(MetaData diagnostics) {
        Object value = diagnostics == null ? null : diagnostics.get(RETRIES);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value != null) {
            try {
                return Long.parseLong(value.toString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
