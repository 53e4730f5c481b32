package org.fractalgoals.query.deadletter;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;


/**
 * Runs every {@code @EventHandler} invocation of a dead-lettering processor either bare or inside a savepoint of the
 * batch's transaction, as {@link SavepointScope} says.
 *
 * <p>Why savepoints at all: without one, a handler whose SQL fails leaves the PostgreSQL transaction aborted; Axon
 * would catch the exception and enqueue the dead letter, but that insert, every other event of the batch and the
 * token would be refused and rolled back, and the processor would retry the batch forever. With one, only the
 * failing handler's own writes are rolled back (to its savepoint) and the rest of the batch, the dead letter and the
 * token commit.
 *
 * <p>Why not always: they cost two round trips per handler call, and handlers rarely fail. So a bare handler that
 * fails marks the batch's transaction rollback-only (nothing of the batch commits, also not a half of the failing
 * handler's writes or a dead letter written after it) and makes its processor {@linkplain CarefulMode careful};
 * Axon then retries the batch after its back-off, with savepoints, and the failing event becomes a dead letter as
 * before.
 *
 * <p>It has to sit here, around the handler method: a processor's {@code MessageHandlerInterceptor} runs outside
 * Axon's dead-lettering invoker, so a savepoint there would also roll back the dead letter. Axon's Spring support
 * applies every {@link HandlerEnhancerDefinition} bean to every handler; this one only acts within a
 * {@link SavepointScope}, which only the live dead-lettering processors open (replays are measured for speed and
 * must fail on a poison event rather than skip it).
 */
@Component
class SavepointHandlerEnhancer implements HandlerEnhancerDefinition {

    private static final TransactionDefinition NESTED = named(TransactionDefinition.PROPAGATION_NESTED,
                                                              "event-handler-savepoint");
    private static final TransactionDefinition BATCH = named(TransactionDefinition.PROPAGATION_MANDATORY,
                                                             "event-handler-batch");

    /** Resolved on first use: enhancers are created while Axon's configuration is being built. */
    private final ObjectProvider<PlatformTransactionManager> transactions;

    SavepointHandlerEnhancer(ObjectProvider<PlatformTransactionManager> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class) || !original.hasAnnotation(EventHandler.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                SavepointScope.Scope scope = SavepointScope.current();
                if (scope == null) {
                    return super.handle(message, target);
                }
                PlatformTransactionManager manager = transactions.getObject();
                if (!scope.savepoints()) {
                    try {
                        return super.handle(message, target);
                    } catch (Exception | Error e) {
                        scope.mode().handlerFailed();
                        doomBatch(manager, e);
                        throw e;
                    }
                }
                TransactionStatus savepoint = manager.getTransaction(NESTED);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error e) {
                    rollBack(manager, savepoint, e);
                    throw e;
                }
                manager.commit(savepoint);
                return result;
            }
        };
    }

    /** Rolling back a participating transaction marks the whole (Axon's batch) transaction rollback-only. */
    private static void doomBatch(PlatformTransactionManager manager, Throwable cause) {
        try {
            manager.rollback(manager.getTransaction(BATCH));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static TransactionDefinition named(int propagation, String name) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(propagation);
        definition.setName(name);
        return definition;
    }

    private static void rollBack(PlatformTransactionManager manager, TransactionStatus savepoint, Throwable cause) {
        try {
            manager.rollback(savepoint);
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
