package org.fractalgoals.query.deadletter;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.DeadLetterQueueOverflowException;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.NoSuchDeadLetterException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Axon's JDBC dead-letter queue of one read model, with one WARN line and one count for every event it takes in
 * (after the batch that dead-lettered it committed), and an overflow error that names no event content: Axon's
 * own would quote the whole event, decrypted personal text included.
 */
final class ObservedDeadLetterQueue implements SequencedDeadLetterQueue<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ObservedDeadLetterQueue.class);

    private final String readModel;
    private final SequencedDeadLetterQueue<EventMessage<?>> delegate;
    private final DeadLetterMetrics metrics;

    ObservedDeadLetterQueue(String readModel, SequencedDeadLetterQueue<EventMessage<?>> delegate, DeadLetterMetrics metrics) {
        this.readModel = readModel;
        this.delegate = delegate;
        this.metrics = metrics;
    }

    @Override
    public void enqueue(Object sequenceIdentifier, DeadLetter<? extends EventMessage<?>> letter)
            throws DeadLetterQueueOverflowException {
        try {
            delegate.enqueue(sequenceIdentifier, letter);
        } catch (DeadLetterQueueOverflowException e) {
            throw new DeadLetterQueueOverflowException(
                    "The dead-letter queue of read model " + readModel + " is full (sequence " + sequenceIdentifier
                    + ", event " + letter.message().getIdentifier() + "); raise fractal.dead-letters.max-sequences "
                    + "or max-sequence-size, or retry or evict dead letters");
        }
        String line = describe(letter);
        String eventType = letter.message().getPayloadType().getSimpleName();
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> record(line, eventType));
        } else {
            record(line, eventType);
        }
    }

    private void record(String line, String eventType) {
        log.warn(line);
        metrics.deadLettered(readModel, eventType);
    }

    /** Ids, positions and exception classes only: never the payload or an exception's message. */
    private String describe(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        StringBuilder line = new StringBuilder("Dead letter: read model ").append(readModel)
                .append(", event ").append(event.getPayloadType().getSimpleName())
                .append(" id ").append(event.getIdentifier());
        if (event instanceof DomainEventMessage<?> domain) {
            line.append(", aggregate ").append(domain.getAggregateIdentifier())
                .append(" sequence ").append(domain.getSequenceNumber());
        }
        if (event instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = WrappedToken.unwrapLowerBound(tracked.trackingToken());
            if (token != null && token.position().isPresent()) {
                line.append(", global position ").append(token.position().getAsLong());
            }
        }
        line.append(", cause ").append(letter.cause().map(ObservedDeadLetterQueue::describe)
                                             .orElse("waiting behind an earlier dead letter of the same sequence"));
        return line.toString();
    }

    private static String describe(Cause cause) {
        return cause.type() + " (" + cause.message() + ")";
    }

    @Override
    public void evict(DeadLetter<? extends EventMessage<?>> letter) {
        delegate.evict(letter);
    }

    @Override
    public void requeue(DeadLetter<? extends EventMessage<?>> letter,
                        UnaryOperator<DeadLetter<? extends EventMessage<?>>> letterUpdater) throws NoSuchDeadLetterException {
        delegate.requeue(letter, letterUpdater);
    }

    @Override
    public boolean contains(Object sequenceIdentifier) {
        return delegate.contains(sequenceIdentifier);
    }

    @Override
    public Iterable<DeadLetter<? extends EventMessage<?>>> deadLetterSequence(Object sequenceIdentifier) {
        return delegate.deadLetterSequence(sequenceIdentifier);
    }

    @Override
    public Iterable<Iterable<DeadLetter<? extends EventMessage<?>>>> deadLetters() {
        return delegate.deadLetters();
    }

    @Override
    public boolean isFull(Object sequenceIdentifier) {
        return delegate.isFull(sequenceIdentifier);
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public long sequenceSize(Object sequenceIdentifier) {
        return delegate.sequenceSize(sequenceIdentifier);
    }

    @Override
    public long amountOfSequences() {
        return delegate.amountOfSequences();
    }

    @Override
    public boolean process(Predicate<DeadLetter<? extends EventMessage<?>>> sequenceFilter,
                           Function<DeadLetter<? extends EventMessage<?>>, EnqueueDecision<EventMessage<?>>> processingTask) {
        return delegate.process(sequenceFilter, processingTask);
    }

    @Override
    public void clear() {
        delegate.clear();
    }
}
